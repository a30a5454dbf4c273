import type { INodeProperties } from 'n8n-workflow';

import * as field from '../shared/builder/fields';

/** Record pickers of the AI Agents node: search a list or give an ID (an expression works too). */

export const conversationAgentId = field.locator('agentId', 'Agent', {
	searchListMethod: 'searchConversationAgents',
	description: 'The Conversation AI agent, searched by name or given by ID',
});

export const voiceAgentId = field.locator('agentId', 'Agent', {
	searchListMethod: 'searchVoiceAgents',
	description: 'The Voice AI agent, searched by name or given by ID',
});

export const studioAgentId = field.locator('agentId', 'Agent', {
	searchListMethod: 'searchStudioAgents',
	description: 'The Agent Studio agent, searched by name or given by ID',
});

export const knowledgeBaseId: INodeProperties = field.locator('knowledgeBaseId', 'Knowledge Base', {
	searchListMethod: 'searchKnowledgeBases',
	description: 'The knowledge base, searched by name or given by ID',
});
