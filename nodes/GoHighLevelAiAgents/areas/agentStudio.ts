import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/agent-studio.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { picker } from '../../shared/recordPickers';
import { studioAgentId } from '../pickers';

/**
 * The Agent Studio area (agent-studio.json): agents built as flows, their versions and runs. 8 of its
 * 11 operations: the three `/agent-studio/public-api/…` ones are deprecated aliases of operations
 * offered here (see the skip list).
 */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	agentId: studioAgentId,
	versionId: { displayName: 'Version ID' },
	name: { placeholder: 'e.g. Lead Qualifier', description: 'Name of the agent' },
	status: { description: 'Whether the agent is active, inactive or archived' },
	version: {
		displayName: 'Version (JSON)',
		description: 'The first version of the agent, e.g. {"versionName": "v1"}',
	},
	nodes: { description: 'Comma-separated node definitions of the flow' },
	edges: { description: 'Comma-separated edges of the flow' },
	message: {
		placeholder: 'e.g. Hi, I would like to book a demo',
		description: 'The message the agent answers',
	},
	executionId: {
		displayName: 'Execution ID',
		description: 'Continue this earlier run (a conversation) instead of starting a new one',
	},
	contactId: { displayName: 'Contact ID' },
	inputVariables: { displayName: 'Input Variables (JSON)' },
	isPublished: { description: 'Set to "true" for published agents only, "false" for drafts only' },
	source: { description: 'Where the request comes from, as HighLevel names it' },
	userId: picker('user', 'userId'),
};

export const studioAgent: ResourceDefinition = {
	value: 'studioAgent',
	name: 'Agent Studio Agent',
	noun: { one: 'agent studio agent', many: 'agent studio agents' },
	description: 'Agents built as flows in Agent Studio, and their runs',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /agent-studio/agent',
			description:
				'Create an Agent Studio agent. Needs its status and a first version as JSON; name, description, nodes and edges are optional.',
			inputs,
			fields: ['name'],
		},
		{
			value: 'get',
			endpoint: 'GET /agent-studio/agent/{agentId}',
			description: "Get one Agent Studio agent with its versions. Needs the agent's ID.",
			inputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /agent-studio/agent',
			description:
				'List the Agent Studio agents of the location. A filter narrows them to published or draft agents.',
			inputs,
			list: {
				records: 'agents',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'offset',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PATCH /agent-studio/agent/{agentId}',
			description:
				"Rename an Agent Studio agent, change its description or its status. Needs the agent's ID.",
			inputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /agent-studio/agent/{agentId}',
			description: "Delete an Agent Studio agent. Needs the agent's ID.",
			inputs,
		},
		{
			value: 'run',
			endpoint: 'POST /agent-studio/agent/{agentId}/execute',
			name: 'Run',
			action: 'Run an agent studio agent',
			description:
				"Send a message to an Agent Studio agent and get its answer. Needs the agent's ID and the message; to continue a conversation, pass the execution ID of the previous answer.",
			inputs,
			fields: ['executionId', 'contactId'],
		},
	],
};

export const studioVersion: ResourceDefinition = {
	value: 'studioVersion',
	name: 'Agent Studio Version',
	noun: { one: 'agent studio version', many: 'agent studio versions' },
	description: 'Versions of an Agent Studio agent: draft and publish',
	facts: [area],
	operations: [
		{
			value: 'update',
			endpoint: 'PATCH /agent-studio/agent/versions/{versionId}',
			description:
				"Change a draft version of an Agent Studio agent: its name, flow (nodes, edges), variables or settings. Needs the version's ID.",
			inputs,
		},
		{
			value: 'publish',
			endpoint: 'POST /agent-studio/agent/versions/{versionId}/publish',
			name: 'Publish',
			action: 'Publish an agent studio version',
			description:
				"Publish a version of an Agent Studio agent, so that runs use it. Needs the version's ID.",
			inputs,
		},
	],
};

export const agentStudioArea: ResourceDefinition[] = [studioAgent, studioVersion];
