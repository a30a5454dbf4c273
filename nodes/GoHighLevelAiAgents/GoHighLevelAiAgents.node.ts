import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { getWorkflows } from '../shared/listSearch/crm';
import { searchUsers } from '../shared/listSearch/users';
import { aiAgentResources } from './areas';
import {
	searchConversationAgents,
	searchStudioAgents,
	searchVoiceAgents,
} from './listSearch/agents';
import { searchKnowledgeBases } from './listSearch/knowledgeBases';

export class GoHighLevelAiAgents implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel AI Agents',
		name: 'goHighLevelAiAgents',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Conversation AI and Voice AI agents, Agent Studio agents and runs, and knowledge bases in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel AI Agents' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(aiAgentResources, 'conversationAgent')],
	};

	methods = {
		loadOptions: { getWorkflows },
		listSearch: {
			searchLocations,
			searchUsers,
			searchConversationAgents,
			searchVoiceAgents,
			searchStudioAgents,
			searchKnowledgeBases,
		},
	};
}
