import { GoHighLevelAiAgents } from '../../nodes/GoHighLevelAiAgents/GoHighLevelAiAgents.node';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runListSearch, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/** The AI Agents node's pickers: agents of each kind and knowledge bases, searched in HighLevel. */

const nodeType = loadDeclarativeNode(new GoHighLevelAiAgents());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const credentials = () => pitCredentials(server.baseUrl);

test('knowledge base picker: searches by name and pages by data.lastKnowledgeBaseId', async () => {
	server.handler = () => ({
		body: {
			data: {
				knowledgeBases: [{ id: 'kb1', name: 'Help Center' }],
				hasMore: true,
				lastKnowledgeBaseId: 'kb1',
			},
		},
	});
	const result = await runListSearch({
		nodeType,
		parameter: 'knowledgeBaseId',
		method: 'searchKnowledgeBases',
		parameters: { resource: 'faq', operation: 'getAll' },
		credentials: credentials(),
		filter: 'help',
		paginationToken: 'kb0',
	});
	expect(result).toEqual({
		results: [{ name: 'Help Center', value: 'kb1' }],
		paginationToken: 'kb1',
	});
	expect(server.requests[0].rawPath).toBe('/knowledge-bases/');
	expect(server.requests[0].query).toMatchObject({
		locationId: LOCATION,
		query: 'help',
		lastKnowledgeBaseId: 'kb0',
	});
	expect((await loadSpec('knowledge-base')).validate(server.requests[0])).toEqual([]);
});

test('Conversation AI agent picker: lowercase search, next page after the last agent', async () => {
	const agents = Array.from({ length: 50 }, (_, i) => ({ id: `a${i}`, name: `Bot ${i}` }));
	server.handler = () => ({ body: { agents } });
	const result = await runListSearch({
		nodeType,
		parameter: 'agentId',
		method: 'searchConversationAgents',
		parameters: { resource: 'conversationAgent', operation: 'get' },
		credentials: credentials(),
		filter: 'Booking',
	});
	expect(result.results[0]).toEqual({ name: 'Bot 0', value: 'a0' });
	expect(result.paginationToken).toBe('a49');
	expect(server.requests[0].query).toMatchObject({ query: 'booking', limit: '50' });
	expect((await loadSpec('conversation-ai')).validate(server.requests[0])).toEqual([]);
});

test('Voice AI and Agent Studio agent pickers name agents by their own fields', async () => {
	server.handler = (request) =>
		request.rawPath === '/voice-ai/agents'
			? { body: { agents: [{ id: 'v1', agentName: 'Front Desk' }] } }
			: {
					body: {
						agents: [
							{ agentId: 's1', name: 'Qualifier' },
							{ agentId: 's2', name: 'Other' },
						],
					},
				};
	const voice = await runListSearch({
		nodeType,
		parameter: 'agentId',
		method: 'searchVoiceAgents',
		parameters: { resource: 'voiceAgent', operation: 'get' },
		credentials: credentials(),
	});
	expect(voice).toEqual({
		results: [{ name: 'Front Desk', value: 'v1' }],
		paginationToken: undefined,
	});
	const studio = await runListSearch({
		nodeType,
		parameter: 'agentId',
		method: 'searchStudioAgents',
		parameters: { resource: 'studioAgent', operation: 'get' },
		credentials: credentials(),
		filter: 'qual',
	});
	expect(studio.results).toEqual([{ name: 'Qualifier', value: 's1' }]);
	expect(server.requests[1].query).toMatchObject({
		locationId: LOCATION,
		limit: '50',
		offset: '0',
	});
});

test('a picked agent is sent where the operation takes it: the path, the body or the query', async () => {
	server.handler = () => ({ body: {} });
	const agent = { __rl: true, mode: 'list', value: 'va 1' };
	await runNode({
		nodeType,
		parameters: { resource: 'voiceAgent', operation: 'get', agentId: agent } as never,
		credentials: credentials(),
	});
	await runNode({
		nodeType,
		parameters: {
			resource: 'voiceAction',
			operation: 'delete',
			actionId: 'act1',
			agentId: agent,
		} as never,
		credentials: credentials(),
	});
	expect(server.requests[0].rawPath).toBe('/voice-ai/agents/va%201');
	expect(server.requests[1].query).toMatchObject({ agentId: 'va 1', locationId: LOCATION });
});
