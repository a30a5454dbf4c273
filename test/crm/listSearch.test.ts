import type { IDataObject } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { runCrm, runListSearch } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Picker0001';
const people = Array.from({ length: 60 }, (_, i) => ({
	id: `c${i}`,
	firstName: `Ada${i}`,
	lastName: 'Lovelace',
	email: `ada${i}@example.com`,
	searchAfter: [2000 + i, `c${i}`],
}));

describe('Contact picker (list search)', () => {
	beforeEach(() => {
		server.handler = (request) => {
			const body = request.body as IDataObject;
			const after = body.searchAfter as [number, string] | undefined;
			const start = after ? people.findIndex((p) => p.id === after[1]) + 1 : 0;
			return {
				body: {
					contacts: people.slice(start, start + Number(body.pageLimit)),
					total: people.length,
				},
			};
		};
	});

	test("searches HighLevel's contacts with the typed filter, in the credential's location", async () => {
		const result = await runListSearch({
			method: 'searchContacts',
			parameters: { resource: 'contact', operation: 'get' },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
			filter: ' ada ',
		});
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe('POST /contacts/search');
		expect(request.body).toEqual({ locationId: LOCATION, pageLimit: 50, query: 'ada' });
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(result.results[0]).toEqual({ name: 'Ada0 Lovelace (ada0@example.com)', value: 'c0' });
		expect(result.results).toHaveLength(50);
		const spec = await loadSpec('contacts');
		expect(spec?.validate(request) ?? []).toEqual([]);

		const next = await runListSearch({
			method: 'searchContacts',
			parameters: { resource: 'contact', operation: 'get' },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
			filter: 'ada',
			paginationToken: result.paginationToken,
		});
		expect((server.requests[1].body as IDataObject).searchAfter).toEqual(people[49].searchAfter);
		expect(next.results.map((r) => r.value)).toEqual(people.slice(50).map((p) => p.id));
		expect(next.paginationToken).toBeUndefined();
	});

	test("uses the node's Location ID when set", async () => {
		await runListSearch({
			method: 'searchContacts',
			parameters: { resource: 'contact', operation: 'get', locationId: 'loc_NodeLevel01' },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
		});
		expect((server.requests[0].body as IDataObject).locationId).toBe('loc_NodeLevel01');
	});

	test('an agency token without a location asks for one instead of calling HighLevel', async () => {
		await expect(
			runListSearch({
				method: 'searchContacts',
				parameters: { resource: 'contact', operation: 'get' },
				credentials: pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' }),
			}),
		).rejects.toThrow('No HighLevel location (sub-account) ID is set');
		expect(server.requests).toHaveLength(0);
	});

	test("HighLevel's error message reaches the editor", async () => {
		server.handler = () => ({
			status: 401,
			body: { statusCode: 401, message: 'The token is not authorized for this scope.' },
		});
		await expect(
			runListSearch({
				method: 'searchContacts',
				parameters: { resource: 'contact', operation: 'get' },
				credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
			}),
		).rejects.toThrow('Authorization failed: The token is not authorized for this scope.');
	});
});

describe('Contact picker modes', () => {
	beforeEach(() => {
		server.handler = (request) => ({
			body: { contact: { id: decodeURIComponent(request.rawPath.split('/')[2]) } },
		});
	});

	test.each([
		['list', 'c42', '/contacts/c42'],
		['id', 'c/43', '/contacts/c%2F43'],
		[
			'url',
			'https://app.gohighlevel.com/v2/location/loc1/contacts/detail/c44?tab=notes',
			'/contacts/c44',
		],
	])('%s mode', async (mode, value, path) => {
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'get', contactId: { __rl: true, mode, value } },
			credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.rawPath)).toEqual([path]);
	});
});
