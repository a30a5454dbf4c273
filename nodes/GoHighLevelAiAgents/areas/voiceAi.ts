import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/voice-ai.json';
import type { AreaFacts } from '../../shared/spec/types';
import { pageNumber } from '../../shared/transport/paging';
import { workflows } from '../../shared/recordPickers';
import { voiceAgentId } from '../pickers';

/** The Voice AI area (voice-ai.json): phone agents, their actions and call logs, 11 operations. */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	agentId: voiceAgentId,
	actionId: { displayName: 'Action ID' },
	callId: { displayName: 'Call ID' },
	agentName: { placeholder: 'e.g. Front Desk', description: 'Name of the agent' },
	agentPrompt: { description: 'Instructions the agent follows on calls' },
	welcomeMessage: { description: 'What the agent says when it picks up' },
	inboundNumber: { placeholder: '+1 888-888-8888', description: 'Phone number the agent answers' },
	callEndWorkflowIds: workflows('Call End Workflow', 'They start when a call ends'),
	timezone: {
		placeholder: 'America/New_York',
		description: 'Time zone of the working hours, as Region/City',
	},
	maxCallDuration: { description: 'Longest call, in seconds' },
	actionType: { description: 'What the action does during a call' },
	name: { placeholder: 'e.g. Transfer to sales', description: 'Name of the action' },
	actionParameters: {
		displayName: 'Action Parameters (JSON)',
		description: 'Settings of the action type, e.g. the number to transfer to',
	},
	query: { displayName: 'Search', description: 'Part of the agent name' },
	contactId: { displayName: 'Contact IDs', description: 'Comma-separated contact IDs' },
	startDate: { date: 'epochMs', description: 'Calls from this time on; give End Date too' },
	endDate: { date: 'epochMs', description: 'Calls up to this time; give Start Date too' },
};

const actionInputs = inputs;

const pages = pageNumber({ in: 'qs', pageField: 'page', sizeField: 'pageSize', maxPageSize: 50 });

export const voiceAgent: ResourceDefinition = {
	value: 'voiceAgent',
	name: 'Voice AI Agent',
	noun: { one: 'voice AI agent', many: 'voice AI agents' },
	description: 'Agents that answer phone calls',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /voice-ai/agents',
			description:
				'Create a Voice AI agent that answers phone calls. Every setting is optional: name, prompt, welcome message, voice, language, working hours and phone number.',
			inputs,
			fields: ['agentName', 'agentPrompt'],
		},
		{
			value: 'get',
			endpoint: 'GET /voice-ai/agents/{agentId}',
			description: "Get one Voice AI agent with its settings and actions. Needs the agent's ID.",
			inputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /voice-ai/agents',
			description: 'List the Voice AI agents of the location. A search text narrows them by name.',
			inputs,
			list: { records: 'agents', paging: pages },
		},
		{
			value: 'update',
			endpoint: 'PATCH /voice-ai/agents/{agentId}',
			description:
				"Change some settings of a Voice AI agent; the others stay as they are. Needs the agent's ID.",
			inputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /voice-ai/agents/{agentId}',
			description: "Delete a Voice AI agent. Needs the agent's ID.",
			inputs,
		},
	],
};

export const voiceAction: ResourceDefinition = {
	value: 'voiceAction',
	name: 'Voice AI Action',
	noun: { one: 'voice AI action', many: 'voice AI actions' },
	description: 'What a Voice AI agent may do during a call: transfer, send an SMS, book, …',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /voice-ai/actions',
			description:
				"Give a Voice AI agent an action it may take during a call (transfer the call, send an SMS, book an appointment, trigger a workflow, …). Needs the agent's ID, the action type, a name and the type's parameters as JSON.",
			inputs: actionInputs,
		},
		{
			value: 'get',
			endpoint: 'GET /voice-ai/actions/{actionId}',
			description: "Get one Voice AI action. Needs the action's ID.",
			inputs: actionInputs,
		},
		{
			value: 'update',
			endpoint: 'PUT /voice-ai/actions/{actionId}',
			description:
				"Replace a Voice AI action. Needs the action's ID, its agent's ID, the type, a name and the parameters as JSON.",
			inputs: actionInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /voice-ai/actions/{actionId}',
			description: "Delete a Voice AI action. Needs the action's and its agent's IDs.",
			inputs: actionInputs,
		},
	],
};

export const callLog: ResourceDefinition = {
	value: 'callLog',
	name: 'Voice AI Call Log',
	noun: { one: 'call log', many: 'call logs' },
	description: 'Calls handled by Voice AI agents: transcript, summary, extracted data',
	facts: [area],
	operations: [
		{
			value: 'get',
			endpoint: 'GET /voice-ai/dashboard/call-logs/{callId}',
			description:
				"Get one Voice AI call: transcript, summary, extracted data and the actions taken. Needs the call's ID.",
			inputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /voice-ai/dashboard/call-logs',
			description:
				'List Voice AI calls, newest first. Filters narrow them by agent, contacts, call type, action type or a time range (start and end together).',
			inputs: { ...inputs, agentId: { displayName: 'Agent ID' } },
			list: { records: 'callLogs', paging: pages },
		},
	],
};

export const voiceAiArea: ResourceDefinition[] = [voiceAgent, voiceAction, callLog];
