import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runListSearch, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';

/** The conversation picker through n8n-core's load-options context, as the editor runs it. */

const nodeType = loadDeclarativeNode(new GoHighLevelConversations());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Picker0001';
const conversations = Array.from({ length: 120 }, (_, i) => ({
	id: `conv${i}`,
	contactId: i % 2 ? 'c1' : 'c2',
	fullName: `Ada ${i}`,
	lastMessageBody: `Message   number\n${i}`,
	sort: [1_800_000_000_000 - i],
}));

beforeEach(() => {
	server.handler = (request) => {
		const after = request.query.startAfterDate;
		const list = conversations.filter(
			(c) => !request.query.contactId || c.contactId === request.query.contactId,
		);
		const start = after === undefined ? 0 : list.findIndex((c) => c.sort[0] < Number(after));
		return {
			body: {
				conversations: list.slice(start, start + Number(request.query.limit)),
				total: list.length,
			},
		};
	};
});

test('lists conversations 50 at a time and pages on as the user scrolls', async () => {
	const search = (paginationToken?: string) =>
		runListSearch({
			nodeType,
			parameter: 'conversationId',
			method: 'searchConversations',
			parameters: { resource: 'conversation', operation: 'get' },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
			filter: ' ada ',
			paginationToken,
		});
	const first = await search();
	expect(server.requests[0].rawPath).toBe('/conversations/search');
	expect(server.requests[0].query).toEqual({ locationId: LOCATION, limit: '50', query: 'ada' });
	expect(server.requests[0].headers.version).toBe('2021-04-15');
	expect(server.requests[0].headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
	expect(first.results[0]).toEqual({ name: 'Ada 0: Message number 0', value: 'conv0' });
	expect(first.results).toHaveLength(50);
	expect(first.paginationToken).toBe(String(conversations[49].sort[0]));

	const second = await search(first.paginationToken);
	expect(server.requests[1].query.startAfterDate).toBe(String(conversations[49].sort[0]));
	expect(second.results.map((r) => r.value)).toEqual(conversations.slice(50, 100).map((c) => c.id));
	const third = await search(second.paginationToken);
	expect(third.results.map((r) => r.value)).toEqual(conversations.slice(100).map((c) => c.id));
	expect(third.paginationToken).toBeUndefined();
	const spec = await loadSpec('conversations');
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
});

test('lists only the conversations of the contact the node names', async () => {
	const result = await runListSearch({
		nodeType,
		parameter: 'conversationId',
		method: 'searchConversations',
		parameters: {
			resource: 'providerMessage',
			operation: 'addInbound',
			contactId: { __rl: true, mode: 'id', value: 'c1' },
		},
		credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
	});
	expect(server.requests[0].query).toMatchObject({ contactId: 'c1' });
	expect(result.results.map((r) => r.value)).toEqual(
		conversations
			.filter((c) => c.contactId === 'c1')
			.slice(0, 50)
			.map((c) => c.id),
	);
});

test('the picked conversation, an ID or an app URL goes into the path', async () => {
	server.handler = (request) => ({ body: { id: request.rawPath.split('/')[2] } });
	for (const [mode, value] of [
		['list', 'conv7'],
		['id', 'conv7'],
		['url', 'https://app.gohighlevel.com/v2/location/loc1/conversations/conversations/conv7'],
	]) {
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'conversation',
				operation: 'get',
				conversationId: { __rl: true, mode, value },
			},
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
		});
		expect(result.error).toBeUndefined();
	}
	expect(server.requests.map((r) => r.rawPath)).toEqual(Array(3).fill('/conversations/conv7'));
});

test('the contact picker of the CRM node works here too', async () => {
	server.handler = () => ({ body: { contacts: [{ id: 'c1', firstName: 'Ada' }], total: 1 } });
	const result = await runListSearch({
		nodeType,
		parameter: 'contactId',
		method: 'searchContacts',
		parameters: { resource: 'message', operation: 'send' },
		credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
	});
	expect(result.results).toEqual([{ name: 'Ada', value: 'c1' }]);
});
