import type { IDataObject } from 'n8n-workflow';

import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';

/**
 * The paging styles the Conversations node adds, each over three pages with filters kept, and
 * with Limit asking only for what is missing.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelConversations());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const TOTAL = 237;

async function validAll(area: string) {
	const spec = await loadSpec(area);
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
}

describe('Conversation › Search: startAfterDate is the last record’s sort value', () => {
	// Newest first, as HighLevel sorts by last message date: the sort value falls page by page.
	const records = Array.from({ length: TOTAL }, (_, i) => ({
		id: `conv${i}`,
		lastMessageDate: 1_800_000_000_000 - i * 1000,
		sort: [1_800_000_000_000 - i * 1000],
	}));
	const handler = (request: CapturedRequest) => {
		const after = request.query.startAfterDate;
		const start = after === undefined ? 0 : records.findIndex((r) => r.sort[0] < Number(after));
		return {
			body: {
				conversations: records.slice(start, start + Number(request.query.limit)),
				total: TOTAL,
			},
		};
	};

	test('Return All reads three pages and keeps the filters', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'conversation',
				operation: 'search',
				returnAll: true,
				filters: { status: 'unread', contactId: 'c1' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(records.map((r) => r.id));
		expect(server.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION, status: 'unread', contactId: 'c1', limit: '100' },
			{
				locationId: LOCATION,
				status: 'unread',
				contactId: 'c1',
				limit: '100',
				startAfterDate: String(records[99].sort[0]),
			},
			{
				locationId: LOCATION,
				status: 'unread',
				contactId: 'c1',
				limit: '100',
				startAfterDate: String(records[199].sort[0]),
			},
		]);
		await validAll('conversations');
	});

	test('Limit is exact', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: { resource: 'conversation', operation: 'search', returnAll: false, limit: 230 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(230);
		expect(server.requests.map((r) => r.query.limit)).toEqual(['100', '100', '30']);
	});

	test('without a sort value the records’ last message date is used', async () => {
		const plain = records.map(({ id, lastMessageDate }) => ({
			id,
			lastMessageDate,
			sort: [lastMessageDate],
		}));
		server.handler = (request) => {
			const after = request.query.startAfterDate;
			const start =
				after === undefined ? 0 : plain.findIndex((r) => r.lastMessageDate < Number(after));
			const page = plain.slice(start, start + Number(request.query.limit));
			return {
				body: {
					conversations: page.map(({ id, lastMessageDate }) => ({ id, lastMessageDate })),
					total: TOTAL,
				},
			};
		};
		const result = await runNode({
			nodeType,
			parameters: { resource: 'conversation', operation: 'search', returnAll: true },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(TOTAL);
		expect(server.requests).toHaveLength(3);
	});
});

describe('Message › Get Many: lastMessageId + nextPage', () => {
	const messages = Array.from({ length: TOTAL }, (_, i) => ({ id: `m${i}`, body: `hello ${i}` }));
	/** HighLevel's answer wraps the page: { messages: { lastMessageId, nextPage, messages } }. */
	const handler = (request: CapturedRequest) => {
		const after = request.query.lastMessageId;
		const start = after === undefined ? 0 : messages.findIndex((m) => m.id === after) + 1;
		const page = messages.slice(start, start + Number(request.query.limit));
		return {
			body: {
				messages: {
					lastMessageId: page[page.length - 1]?.id,
					nextPage: start + page.length < messages.length,
					messages: page,
				},
			},
		};
	};

	test('Return All reads three pages and keeps the type filter', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: 'conv1',
				returnAll: true,
				filters: { type: 'TYPE_SMS' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(messages.map((m) => m.id));
		expect(server.requests.map((r) => r.rawPath)).toEqual(
			Array(3).fill('/conversations/conv1/messages'),
		);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ type: 'TYPE_SMS', limit: '100' },
			{ type: 'TYPE_SMS', limit: '100', lastMessageId: 'm99' },
			{ type: 'TYPE_SMS', limit: '100', lastMessageId: 'm199' },
		]);
		await validAll('conversations');
	});

	test('Limit is exact', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: { resource: 'message', operation: 'getAll', conversationId: 'conv1', limit: 201 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(201);
		expect(server.requests.map((r) => r.query.limit)).toEqual(['100', '100', '1']);
	});

	test('the answer as the spec describes it (unwrapped) pages the same way', async () => {
		server.handler = (request) => ({ body: (handler(request).body as IDataObject).messages });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: 'conv1',
				returnAll: true,
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(TOTAL);
	});

	test('nextPage false ends the paging even when the page is full', async () => {
		server.handler = () => ({
			body: { lastMessageId: 'm99', nextPage: false, messages: messages.slice(0, 100) },
		});
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'getAll',
				conversationId: 'conv1',
				returnAll: true,
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(100);
		expect(server.requests).toHaveLength(1);
	});
});

describe('Phone Number › Get Many: pages numbered from 0', () => {
	const numbers = Array.from({ length: TOTAL }, (_, i) => ({
		phoneNumber: `+1555${String(i).padStart(7, '0')}`,
	}));
	const handler = (request: CapturedRequest) => {
		const size = Number(request.query.pageSize);
		const page = Number(request.query.page);
		return {
			body: { numbers: numbers.slice(page * size, page * size + size), page, pageSize: size },
		};
	};

	test('Return All reads pages 0, 1 and 2', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'phoneNumber',
				operation: 'getAll',
				returnAll: true,
				filters: { searchFilter: '555' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.phoneNumber)).toEqual(numbers.map((n) => n.phoneNumber));
		expect(server.requests.map((r) => r.rawPath)).toEqual(
			Array(3).fill(`/phone-system/numbers/location/${LOCATION}`),
		);
		expect(server.requests.map((r) => r.query)).toEqual([
			{ searchFilter: '555', pageSize: '100', page: '0' },
			{ searchFilter: '555', pageSize: '100', page: '1' },
			{ searchFilter: '555', pageSize: '100', page: '2' },
		]);
		await validAll('phone-system');
	});

	test('Limit is exact', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: { resource: 'phoneNumber', operation: 'getAll', limit: 7 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(7);
		expect(server.requests.map((r) => r.query)).toEqual([{ pageSize: '7', page: '0' }]);
	});

	test('a Limit over several pages keeps page one’s size and stops at the Limit', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: { resource: 'phoneNumber', operation: 'getAll', limit: 230 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items.map((i) => i.json.phoneNumber)).toEqual(
			numbers.slice(0, 230).map((n) => n.phoneNumber),
		);
		expect(server.requests.map((r) => [r.query.page, r.query.pageSize])).toEqual([
			['0', '100'],
			['1', '100'],
			['2', '100'],
		]);
	});
});

describe('Message › Export: nextCursor, at least 10 a page', () => {
	const messages = Array.from({ length: TOTAL }, (_, i) => ({ id: `e${i}` }));
	/** Like HighLevel, the server may answer fewer records than asked: the cursor says where to go on. */
	const handler = (request: CapturedRequest) => {
		const start = request.query.cursor ? Number(String(request.query.cursor).slice(1)) : 0;
		const end = start + Math.min(100, Number(request.query.limit));
		return {
			body: {
				messages: messages.slice(start, end),
				nextCursor: end < messages.length ? `c${end}` : null,
				total: messages.length,
			},
		};
	};

	test('Return All follows the cursor over three pages and keeps the filters', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'export',
				returnAll: true,
				additionalFields: { channel: 'SMS' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(messages.map((m) => m.id));
		expect(server.requests.map((r) => r.query)).toEqual([
			{ locationId: LOCATION, channel: 'SMS', limit: '500' },
			{ locationId: LOCATION, channel: 'SMS', limit: '500', cursor: 'c100' },
			{ locationId: LOCATION, channel: 'SMS', limit: '500', cursor: 'c200' },
		]);
		await validAll('conversations');
	});

	test('Limit is exact over three pages', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: { resource: 'message', operation: 'export', limit: 230 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(230);
		expect(server.requests.map((r) => r.query.limit)).toEqual(['230', '130', '30']);
	});

	test('Limit below the smallest page asks for 10 and keeps the Limit', async () => {
		server.handler = handler;
		const result = await runNode({
			nodeType,
			parameters: { resource: 'message', operation: 'export', limit: 3 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items.map((i) => i.json.id)).toEqual(['e0', 'e1', 'e2']);
		expect(server.requests.map((r) => r.query.limit)).toEqual(['10']);
		await validAll('conversations');
	});
});
