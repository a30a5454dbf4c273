import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest } from '../../shared/transport/editorRequest';

const PAGE_SIZE = 50;

function matches(name: unknown, filter?: string): boolean {
	const wanted = filter?.trim().toLowerCase();
	return (
		!wanted ||
		String(name ?? '')
			.toLowerCase()
			.includes(wanted)
	);
}

/** Conversation AI agent picker: HighLevel's agent search (names in lowercase), by last agent ID. */
export async function searchConversationAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: PAGE_SIZE };
	if (filter?.trim()) qs.query = filter.trim().toLowerCase();
	if (paginationToken) qs.startAfter = paginationToken;
	const response = await editorRequest.call(this, {
		method: 'GET',
		path: '/conversation-ai/agents/search',
		version: '2021-04-15',
		scopes: ['conversation-ai.readonly'],
		qs,
	});
	const agents = Array.isArray(response.agents) ? (response.agents as IDataObject[]) : [];
	return {
		results: agents.map((agent) => ({
			name: String(agent.name || agent.id),
			value: String(agent.id),
		})),
		paginationToken: agents.length === PAGE_SIZE ? String(agents[agents.length - 1].id) : undefined,
	};
}

/** Voice AI agent picker: the location's voice agents, 50 per numbered page. */
export async function searchVoiceAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const page = paginationToken ? Number(paginationToken) : 1;
	const qs: IDataObject = { page, pageSize: PAGE_SIZE };
	if (filter?.trim()) qs.query = filter.trim();
	const response = await editorRequest.call(this, {
		method: 'GET',
		path: '/voice-ai/agents',
		version: '2021-04-15',
		scopes: ['voice-ai-agents.readonly'],
		qs,
		location: { in: 'query', name: 'locationId' },
	});
	const agents = Array.isArray(response.agents) ? (response.agents as IDataObject[]) : [];
	return {
		results: agents.map((agent) => ({
			name: String(agent.agentName || agent.id),
			value: String(agent.id),
		})),
		paginationToken: agents.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}

/** Agent Studio agent picker: the location's agents, 50 at a time by offset, filtered by name here. */
export async function searchStudioAgents(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = paginationToken ? Number(paginationToken) : 0;
	const response = await editorRequest.call(this, {
		method: 'GET',
		path: '/agent-studio/agent',
		version: '2021-04-15',
		scopes: ['agent-studio.readonly'],
		qs: { limit: String(PAGE_SIZE), offset: String(offset) },
		location: { in: 'query', name: 'locationId' },
	});
	const agents = Array.isArray(response.agents) ? (response.agents as IDataObject[]) : [];
	return {
		results: agents
			.filter((agent) => matches(agent.name, filter))
			.map((agent) => ({
				name: String(agent.name || agent.agentId),
				value: String(agent.agentId),
			})),
		paginationToken: agents.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}
