import type { IDataObject } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Paging00001';
const contacts = Array.from({ length: 237 }, (_, i) => ({
	id: `c${i}`,
	searchAfter: [1000 + i, `c${i}`],
}));

/** Answers POST /contacts/search like HighLevel: `pageLimit` records after the `searchAfter` cursor. */
function searchHandler(body: IDataObject) {
	const cursor = body.searchAfter as [number, string] | undefined;
	const start = cursor ? contacts.findIndex((c) => c.id === cursor[1]) + 1 : 0;
	return {
		body: {
			contacts: contacts.slice(start, start + Number(body.pageLimit)),
			total: contacts.length,
		},
	};
}

describe('Get Many (POST /contacts/search, searchAfter cursor)', () => {
	const filters = [{ field: 'tags', operator: 'contains', value: ['vip'] }];
	const parameters = {
		resource: 'contact',
		operation: 'getAll',
		filters: { query: 'ada', filters: JSON.stringify(filters) },
	};

	test('Return All reads three pages and keeps filters and locationId on every page', async () => {
		server.handler = (request) => searchHandler(request.body as IDataObject);
		const result = await runCrm({
			parameters: { ...parameters, returnAll: true },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(contacts.map((c) => c.id));
		const bodies = server.requests.map((r) => r.body as IDataObject);
		expect(bodies).toHaveLength(3);
		for (const body of bodies) {
			expect(body).toMatchObject({ locationId: LOCATION, query: 'ada', filters, pageLimit: 100 });
		}
		expect(bodies[0].searchAfter).toBeUndefined();
		expect(bodies[1].searchAfter).toEqual(contacts[99].searchAfter);
		expect(bodies[2].searchAfter).toEqual(contacts[199].searchAfter);
		const spec = await loadSpec('contacts');
		for (const request of server.requests) expect(spec?.validate(request) ?? []).toEqual([]);
	});

	test('Limit asks only for what is missing and stops there', async () => {
		server.handler = (request) => searchHandler(request.body as IDataObject);
		const result = await runCrm({
			parameters: { ...parameters, returnAll: false, limit: 150 },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
		});
		expect(result.items).toHaveLength(150);
		expect(server.requests.map((r) => (r.body as IDataObject).pageLimit)).toEqual([100, 50]);
	});

	test('each input item pages on its own, with its own location', async () => {
		server.handler = (request) => searchHandler(request.body as IDataObject);
		const result = await runCrm({
			parameters: { ...parameters, returnAll: true, locationId: '={{ $json.location }}' },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
			items: [{ json: { location: 'locA' } }, { json: { location: 'locB' } }],
		});
		expect(result.items).toHaveLength(2 * contacts.length);
		expect(result.items[0].pairedItem).toEqual({ item: 0 });
		expect(result.items[contacts.length].pairedItem).toEqual({ item: 1 });
		const locations = server.requests.map((r) => (r.body as IDataObject).locationId);
		expect(locations.filter((l) => l === 'locA')).toHaveLength(3);
		expect(locations.filter((l) => l === 'locB')).toHaveLength(3);
	});
});

test('Get Many (Legacy List) follows meta.startAfterId / startAfter and keeps the query', async () => {
	server.handler = (request) => {
		const after = request.query.startAfterId as string | undefined;
		const start = after ? contacts.findIndex((c) => c.id === after) + 1 : 0;
		const page = contacts.slice(start, start + Number(request.query.limit));
		const last = page[page.length - 1];
		return {
			body: {
				contacts: page,
				count: contacts.length,
				meta: {
					total: contacts.length,
					startAfterId: last?.id ?? null,
					startAfter: last ? last.searchAfter[0] : null,
				},
			},
		};
	};
	const result = await runCrm({
		parameters: {
			resource: 'contact',
			operation: 'getAllLegacy',
			returnAll: true,
			filters: { query: 'ada' },
		},
		credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
	});
	expect(result.items).toHaveLength(contacts.length);
	expect(server.requests.map((r) => r.query)).toEqual([
		{ locationId: LOCATION, query: 'ada', limit: '100' },
		{ locationId: LOCATION, query: 'ada', limit: '100', startAfterId: 'c99', startAfter: '1099' },
		{ locationId: LOCATION, query: 'ada', limit: '100', startAfterId: 'c199', startAfter: '1199' },
	]);
});

test('Get Many by Business pages with skip and limit', async () => {
	server.handler = (request) => {
		const skip = Number(request.query.skip ?? 0);
		return {
			body: {
				contacts: contacts.slice(skip, skip + Number(request.query.limit)),
				count: contacts.length,
			},
		};
	};
	const result = await runCrm({
		parameters: {
			resource: 'contact',
			operation: 'getAllByBusiness',
			businessId: 'b1',
			returnAll: true,
		},
		credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
	});
	expect(result.items).toHaveLength(contacts.length);
	expect(server.requests.map((r) => r.query.skip)).toEqual(['0', '100', '200']);
	expect(server.requests.every((r) => r.query.locationId === LOCATION)).toBe(true);
});

test('a cursor that does not move ends the paging instead of looping, without repeating records', async () => {
	server.handler = () => ({ body: { contacts: contacts.slice(0, 100), total: 1000 } });
	const result = await runCrm({
		parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
		credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
	});
	expect(server.requests).toHaveLength(2);
	expect(result.items.map((i) => i.json.id)).toEqual(contacts.slice(0, 100).map((c) => c.id));
});
