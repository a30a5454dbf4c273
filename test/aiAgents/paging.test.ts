import type { IDataObject } from 'n8n-workflow';

import { aiAgentResources } from '../../nodes/GoHighLevelAiAgents/areas';
import { GoHighLevelAiAgents } from '../../nodes/GoHighLevelAiAgents/GoHighLevelAiAgents.node';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * The AI Agents node's cursors, through n8n's engine against a local HighLevel that pages like the
 * real one: `lastFaqId`, `data.lastKnowledgeBaseId`, conversation-ai's `startAfter` (the last
 * agent's ID) and the call logs' numbered pages. Each reads three pages for Return All and asks only
 * for what Limit still needs.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelAiAgents());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const records = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}` }));

function query(request: CapturedRequest): Record<string, string> {
	return request.query as Record<string, string>;
}

/** The records after `after` (an ID), `size` of them. */
function slice(all: IDataObject[], after: string | undefined, size: number) {
	const start = after ? all.findIndex((r) => r.id === after) + 1 : 0;
	const page = all.slice(start, start + size);
	return { page, hasMore: start + size < all.length };
}

async function run(parameters: IDataObject) {
	return await runNode({
		nodeType,
		parameters: parameters as never,
		credentials: pitCredentials(server.baseUrl),
	});
}

async function expectValid(area: string) {
	const spec = await loadSpec(area);
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
}

describe('FAQs (lastFaqId)', () => {
	const faqs = records('faq', 230);
	beforeEach(() => {
		server.handler = (request) => {
			const q = query(request);
			const { page, hasMore } = slice(faqs, q.lastFaqId, Number(q.limit));
			return {
				body: { count: page.length, faqs: page, lastFaqId: page[page.length - 1]?.id, hasMore },
			};
		};
	});
	const base = {
		resource: 'faq',
		operation: 'getAll',
		knowledgeBaseId: { __rl: true, mode: 'id', value: 'kb1' },
	};

	test('Return All reads three pages, sending back the last FAQ ID', async () => {
		const result = await run({ ...base, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(faqs.map((f) => f.id));
		expect(server.requests.map((r) => query(r).lastFaqId)).toEqual([undefined, 'faq99', 'faq199']);
		for (const request of server.requests) {
			expect(query(request)).toMatchObject({
				knowledgeBaseId: 'kb1',
				locationId: LOCATION,
				limit: '100',
			});
		}
		await expectValid('knowledge-base');
	});

	test('Limit asks only for what is missing and returns exactly Limit', async () => {
		const result = await run({ ...base, returnAll: false, limit: 230 - 5 });
		expect(result.items).toHaveLength(225);
		expect(server.requests.map((r) => query(r).limit)).toEqual(['100', '100', '25']);
	});

	test('hasMore: false ends the list even after a full page', async () => {
		server.handler = () => ({
			body: { faqs: faqs.slice(0, 100), lastFaqId: 'faq99', hasMore: false },
		});
		const result = await run({ ...base, returnAll: true });
		expect(result.items).toHaveLength(100);
		expect(server.requests).toHaveLength(1);
	});
});

describe('knowledge bases (data.lastKnowledgeBaseId)', () => {
	const bases = records('kb', 250);
	beforeEach(() => {
		server.handler = (request) => {
			const q = query(request);
			const { page, hasMore } = slice(bases, q.lastKnowledgeBaseId, Number(q.limit));
			return {
				body: {
					success: true,
					data: {
						knowledgeBases: page,
						activeCount: bases.length,
						hasMore,
						lastKnowledgeBaseId: page[page.length - 1]?.id,
					},
				},
			};
		};
	});

	test('Return All reads three pages, sending back data.lastKnowledgeBaseId', async () => {
		const result = await run({
			resource: 'knowledgeBase',
			operation: 'getAll',
			returnAll: true,
			filters: { query: 'help' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(bases.map((b) => b.id));
		expect(server.requests.map((r) => query(r).lastKnowledgeBaseId)).toEqual([
			undefined,
			'kb99',
			'kb199',
		]);
		for (const request of server.requests) expect(query(request).query).toBe('help');
		await expectValid('knowledge-base');
	});

	test('Limit is exact across three pages', async () => {
		const result = await run({
			resource: 'knowledgeBase',
			operation: 'getAll',
			returnAll: false,
			limit: 201,
		});
		expect(result.items.map((i) => i.json.id)).toEqual(bases.slice(0, 201).map((b) => b.id));
		expect(server.requests.map((r) => query(r).limit)).toEqual(['100', '100', '1']);
	});
});

describe('Conversation AI agents (startAfter = the last agent ID)', () => {
	const agents = records('agent', 120);
	beforeEach(() => {
		server.handler = (request) => {
			const q = query(request);
			const { page } = slice(agents, q.startAfter, Number(q.limit));
			return { body: { agents: page, totalCount: agents.length, count: page.length } };
		};
	});

	test('Return All reads three pages, each after the last agent of the one before', async () => {
		const result = await run({
			resource: 'conversationAgent',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(agents.map((a) => a.id));
		expect(server.requests.map((r) => query(r).startAfter)).toEqual([
			undefined,
			'agent49',
			'agent99',
		]);
		await expectValid('conversation-ai');
	});

	test('Limit is exact across three pages', async () => {
		const result = await run({
			resource: 'conversationAgent',
			operation: 'getAll',
			returnAll: false,
			limit: 101,
		});
		expect(result.items).toHaveLength(101);
		expect(server.requests.map((r) => query(r).limit)).toEqual(['50', '50', '1']);
	});
});

describe('Voice AI call logs (numbered pages)', () => {
	const logs = records('call', 130);
	beforeEach(() => {
		server.handler = (request) => {
			const q = query(request);
			const size = Number(q.pageSize);
			const page = Number(q.page);
			return {
				body: {
					total: logs.length,
					page,
					pageSize: size,
					callLogs: logs.slice((page - 1) * size, page * size),
				},
			};
		};
	});

	test('Return All reads three pages of 50 and keeps the filters', async () => {
		const result = await run({
			resource: 'callLog',
			operation: 'getAll',
			returnAll: true,
			filters: { agentId: 'va1', callType: 'LIVE' },
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(logs.map((l) => l.id));
		expect(server.requests.map((r) => query(r).page)).toEqual(['1', '2', '3']);
		for (const request of server.requests) {
			expect(query(request)).toMatchObject({ agentId: 'va1', callType: 'LIVE', pageSize: '50' });
		}
		await expectValid('voice-ai');
	});
});

test('every list of the node declares how it pages, or that HighLevel returns it whole', () => {
	const lists = aiAgentResources.flatMap((r) =>
		r.operations
			.filter((o) => o.list)
			.map((o) => `${o.endpoint}: ${o.list?.paging ? 'pages' : 'one page'}`),
	);
	expect(lists).toEqual([
		'GET /conversation-ai/agents/search: pages',
		'GET /conversation-ai/agents/{agentId}/actions/list: one page',
		'GET /voice-ai/agents: pages',
		'GET /voice-ai/dashboard/call-logs: pages',
		'GET /agent-studio/agent: pages',
		'GET /knowledge-bases/: pages',
		'GET /knowledge-bases/faqs: pages',
		'GET /knowledge-bases/crawler: pages',
	]);
});
