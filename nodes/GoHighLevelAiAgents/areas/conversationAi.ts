import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/conversation-ai.json';
import type { AreaFacts } from '../../shared/spec/types';
import { lastRecordCursor } from '../../shared/transport/paging';
import { conversationAgentId } from '../pickers';

/**
 * The Conversation AI area (conversation-ai.json): the bots that answer SMS, chat and social messages,
 * their actions and the generations they produced, 12 operations.
 */

const area = facts as unknown as AreaFacts;

const agentInputs: Record<string, InputChoice> = {
	agentId: conversationAgentId,
	name: { placeholder: 'e.g. Booking Assistant', description: 'Name of the agent' },
	personality: {
		placeholder: 'e.g. Friendly and concise',
		description: 'How the agent speaks',
	},
	goal: {
		placeholder: 'e.g. Book a consultation',
		description: 'What the agent works towards in each conversation',
	},
	instructions: {
		placeholder: 'e.g. Ask for the preferred date, then offer free slots',
		description: 'Step-by-step instructions the agent follows',
	},
	mode: {
		description: 'Off, Suggestive (drafts replies for a person) or Auto-Pilot (replies itself)',
	},
	channels: { description: 'Channels the agent answers on' },
	knowledgeBaseIds: {
		displayName: 'Knowledge Base IDs',
		description: 'Comma-separated knowledge base IDs the agent answers from',
	},
	autoPilotMaxMessages: {
		description: 'Most messages the agent sends on its own in one conversation',
	},
};

const actionInputs: Record<string, InputChoice> = {
	agentId: conversationAgentId,
	actionId: { displayName: 'Action ID' },
	name: { placeholder: 'e.g. Book appointment', description: 'Name of the action' },
	type: { description: 'What the action does when the agent decides to use it' },
	details: {
		displayName: 'Details (JSON)',
		description: 'Settings of the action type, e.g. {"workflowIds": ["…"]} for Trigger Workflow',
	},
	actionIds: {
		displayName: 'Action IDs',
		description: 'Comma-separated IDs of the follow-up actions',
	},
	followupSettings: { displayName: 'Follow-Up Settings (JSON)' },
};

export const conversationAgent: ResourceDefinition = {
	value: 'conversationAgent',
	name: 'Conversation AI Agent',
	noun: { one: 'conversation AI agent', many: 'conversation AI agents' },
	description: 'Bots that answer SMS, chat and social messages',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /conversation-ai/agents',
			description:
				'Create a Conversation AI agent that answers messages. Needs a name, personality, goal and instructions; mode, channels and knowledge bases are optional.',
			inputs: agentInputs,
		},
		{
			value: 'get',
			endpoint: 'GET /conversation-ai/agents/{agentId}',
			description: "Get one Conversation AI agent's settings. Needs the agent's ID.",
			inputs: agentInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /conversation-ai/agents/search',
			description:
				'List the Conversation AI agents of the location. A search text (lowercase) narrows them by name.',
			inputs: {
				query: { displayName: 'Search', description: 'Part of the agent name, in lowercase' },
			},
			list: {
				records: 'agents',
				paging: lastRecordCursor({
					cursorField: 'startAfter',
					limitField: 'limit',
					maxPageSize: 50,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /conversation-ai/agents/{agentId}',
			description:
				"Change a Conversation AI agent's settings. Needs the agent's ID and the auto-pilot message cap; other settings are optional.",
			inputs: agentInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /conversation-ai/agents/{agentId}',
			description: "Delete a Conversation AI agent. Needs the agent's ID.",
			inputs: agentInputs,
		},
		{
			value: 'updateFollowupSettings',
			endpoint: 'PATCH /conversation-ai/agents/{agentId}/followup-settings',
			name: 'Update Followup Settings',
			action: 'Update the followup settings of a conversation AI agent',
			description:
				"Set when and how a Conversation AI agent follows up on unanswered messages. Needs the agent's ID, the follow-up action IDs and the settings as JSON.",
			inputs: actionInputs,
		},
	],
};

export const conversationAction: ResourceDefinition = {
	value: 'conversationAction',
	name: 'Conversation AI Action',
	noun: { one: 'conversation AI action', many: 'conversation AI actions' },
	description: 'What a Conversation AI agent may do: book, trigger workflows, hand over, …',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /conversation-ai/agents/{agentId}/actions',
			description:
				"Give a Conversation AI agent an action it may take (book an appointment, trigger a workflow, hand over to a person, …). Needs the agent's ID, the action type, a name and the type's details as JSON.",
			inputs: actionInputs,
		},
		{
			value: 'get',
			endpoint: 'GET /conversation-ai/agents/{agentId}/actions/{actionId}',
			description:
				"Get one action of a Conversation AI agent. Needs the agent's and the action's IDs.",
			inputs: actionInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /conversation-ai/agents/{agentId}/actions/list',
			description: "List the actions of a Conversation AI agent. Needs the agent's ID.",
			inputs: actionInputs,
			list: { records: 'data' },
		},
		{
			value: 'update',
			endpoint: 'PUT /conversation-ai/agents/{agentId}/actions/{actionId}',
			description:
				"Replace an action of a Conversation AI agent. Needs the agent's and the action's IDs, the type, a name and the details as JSON.",
			inputs: actionInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /conversation-ai/agents/{agentId}/actions/{actionId}',
			description:
				"Remove an action from a Conversation AI agent. Needs the agent's and the action's IDs.",
			inputs: actionInputs,
		},
	],
};

export const generation: ResourceDefinition = {
	value: 'generation',
	name: 'Conversation AI Generation',
	noun: { one: 'generation', many: 'generations' },
	description: 'What a Conversation AI agent generated for a message, and why',
	facts: [area],
	operations: [
		{
			value: 'get',
			endpoint: 'GET /conversation-ai/generations',
			description:
				"Get what a Conversation AI agent generated for a message: prompt, intent, reply, the FAQs and pages it used and its action log. Needs the message's ID and its source (conversation or workflow).",
			inputs: { messageId: { displayName: 'Message ID' } },
		},
	],
};

export const conversationAiArea: ResourceDefinition[] = [
	conversationAgent,
	conversationAction,
	generation,
];
