import type { IDataObject } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { LOCATION, oauthCredentials, pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * What the builder and transport add to every operation, through n8n's engine: empty optional
 * inputs are not sent, an update needs something to update, the location goes into the path when
 * the spec puts it there, and operations that need an agency token refuse a sub-account one.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

describe('empty optional inputs', () => {
	test('a contact created with only a phone sends no email', async () => {
		server.handler = () => ({ status: 201, body: { contact: { id: 'c1' } } });
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'create', email: '', phone: '+15550100' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toEqual({ locationId: LOCATION, phone: '+15550100' });
		expect((await loadSpec('contacts')).validate(server.requests[0])).toEqual([]);
	});

	test('a required input left empty is still sent, so HighLevel names it', async () => {
		server.handler = () => ({ body: { records: [], total: 0 } });
		const result = await runCrm({
			parameters: {
				resource: 'objectRecord',
				operation: 'getAll',
				schemaKey: 'custom_objects.pets',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toMatchObject({ query: '', searchAfter: [], page: 1 });
	});
});

describe('updates', () => {
	test.each([
		['contact', { contactId: 'c1' }],
		['task', { contactId: 'c1', taskId: 't1' }],
		['note', { contactId: 'c1', id: 'n1' }],
		['opportunity', { id: 'o1' }],
	])('a %s update with nothing to update is refused before any request', async (resource, ids) => {
		const result = await runCrm({
			parameters: { resource, operation: 'update', ...ids },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error?.message).toBe('Nothing to update');
		expect(result.error?.description).toContain('Update Fields');
		expect(server.requests).toHaveLength(0);
	});

	test('an update with one field sends just that field', async () => {
		server.handler = () => ({ body: { opportunity: { id: 'o1' } } });
		const result = await runCrm({
			parameters: {
				resource: 'opportunity',
				operation: 'update',
				id: 'o1',
				updateFields: { name: 'Renewal' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toEqual({ name: 'Renewal' });
		expect((await loadSpec('opportunities')).validate(server.requests[0])).toEqual([]);
	});
});

describe('location in the path', () => {
	const parameters = { resource: 'customValue', operation: 'getAll', returnAll: true };

	test("the credential's location fills {locationId}", async () => {
		server.handler = () => ({ body: { customValues: [{ id: 'v1' }] } });
		const result = await runCrm({ parameters, credentials: pitCredentials(server.baseUrl) });
		expect(result.error).toBeUndefined();
		expect(server.requests[0].rawPath).toBe(`/locations/${LOCATION}/customValues`);
		expect(result.items.map((i) => i.json)).toEqual([{ id: 'v1' }]);
	});

	test("the node's Location ID wins, URL-encoded", async () => {
		server.handler = () => ({ body: { customValues: [] } });
		await runCrm({
			parameters: { ...parameters, locationId: 'loc/other' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(server.requests[0].rawPath).toBe('/locations/loc%2Fother/customValues');
	});

	test('without any location the item fails before a request, naming the fix', async () => {
		const result = await runCrm({
			parameters: { ...parameters, authentication: 'oAuth2' },
			credentials: oauthCredentials(server.baseUrl, {
				userType: 'Company',
				companyId: 'company_1',
				locationId: '',
			}),
		});
		expect(result.error?.message).toBe('No HighLevel location (sub-account) ID is set');
		expect(server.requests).toHaveLength(0);
	});
});

describe('token kinds', () => {
	const create = {
		resource: 'customObject',
		operation: 'create',
		key: 'custom_objects.pets',
		labels: '{"singular": "Pet", "plural": "Pets"}',
		primaryDisplayPropertyDetails:
			'{"key": "custom_objects.pets.name", "name": "Name", "dataType": "TEXT"}',
	};

	test('an agency-only operation with a sub-account token fails before any request', async () => {
		for (const credentials of [
			pitCredentials(server.baseUrl),
			oauthCredentials(server.baseUrl, { userType: 'Location' }),
		]) {
			const result = await runCrm({
				parameters: {
					...create,
					authentication:
						'goHighLevelOAuth2Api' in credentials ? 'oAuth2' : 'privateIntegrationToken',
				},
				credentials,
			});
			expect(result.error?.message).toBe('"Create a custom object" needs an agency token');
		}
		expect(server.requests).toHaveLength(0);
	});

	test("with an agency token it goes out, with the node's Location ID", async () => {
		server.handler = () => ({ status: 201, body: { object: { id: 'obj1' } } });
		const result = await runCrm({
			parameters: { ...create, locationId: 'loc_Agency0001' },
			credentials: pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' }),
		});
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ id: 'obj1' });
		expect(server.requests[0].body).toMatchObject({
			locationId: 'loc_Agency0001',
			key: 'custom_objects.pets',
		});
		expect((await loadSpec('objects')).validate(server.requests[0])).toEqual([]);
	});
});

describe('custom object records', () => {
	test('fields from the list and from JSON make one properties object; the list wins', async () => {
		server.handler = (request) =>
			request.method === 'GET'
				? {
						body: {
							fields: [
								{ id: 'f1', name: 'Name', fieldKey: 'custom_objects.pets.name', dataType: 'TEXT' },
							],
						},
					}
				: { status: 201, body: { record: { id: 'r1' } } };
		const result = await runCrm({
			parameters: {
				resource: 'objectRecord',
				operation: 'create',
				schemaKey: 'custom_objects.pets',
				recordJson: '{"name": "Rex", "custom_objects.pets.age": 3}',
				recordFields: {
					field: [
						{ key: 'name', value: 'Rexy' },
						{ key: '', value: 'ignored' },
					],
				},
				owner: 'u1',
				followers: 'u2, u3',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		// Owner and followers saved as comma-separated text before they became lists still go as arrays.
		expect(server.requests[0].rawPath).toBe('/custom-fields/object-key/custom_objects.pets');
		expect(server.requests[1].rawPath).toBe('/objects/custom_objects.pets/records');
		expect(server.requests[1].body).toEqual({
			locationId: LOCATION,
			properties: { name: 'Rexy', 'custom_objects.pets.age': 3 },
			owner: ['u1'],
			followers: ['u2', 'u3'],
		});
	});

	test('JSON that is not an object is refused, naming the field', async () => {
		const result = await runCrm({
			parameters: {
				resource: 'objectRecord',
				operation: 'create',
				schemaKey: 'pets',
				recordJson: '[1]',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error?.message).toBe('"Record Fields (JSON)" must be a JSON object');
		expect(server.requests).toHaveLength(0);
	});
});

describe('paging styles the CRM areas add', () => {
	const records = Array.from({ length: 237 }, (_, i) => ({ id: `r${i}` }));

	test('numbered pages (object record search): three pages, query and location kept, Limit exact', async () => {
		const pages = (request: { body: unknown }) => {
			const body = request.body as IDataObject;
			const start = (Number(body.page) - 1) * Number(body.pageLimit);
			return {
				body: {
					records: records.slice(start, start + Number(body.pageLimit)),
					total: records.length,
				},
			};
		};
		server.handler = pages;
		const all = await runCrm({
			parameters: {
				resource: 'objectRecord',
				operation: 'getAll',
				schemaKey: 'custom_objects.pets',
				query: 'rex',
				returnAll: true,
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(all.items.map((i) => i.json.id)).toEqual(records.map((r) => r.id));
		const bodies = server.requests.map((r) => r.body as IDataObject);
		expect(bodies.map((b) => b.page)).toEqual([1, 2, 3]);
		for (const body of bodies) {
			expect(body).toMatchObject({
				locationId: LOCATION,
				query: 'rex',
				pageLimit: 100,
				searchAfter: [],
			});
		}
		const spec = await loadSpec('objects');
		for (const request of server.requests) expect(spec.validate(request)).toEqual([]);

		server.reset();
		server.handler = pages;
		const limited = await runCrm({
			parameters: { resource: 'objectRecord', operation: 'getAll', schemaKey: 'pets', limit: 130 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(limited.items).toHaveLength(130);
		expect(server.requests.map((r) => (r.body as IDataObject).pageLimit)).toEqual([100, 100]);
	});

	test('offset in the body (task search): skip 0 on page one, then 100, 200', async () => {
		server.handler = (request) => {
			const body = request.body as IDataObject;
			return {
				body: { tasks: records.slice(Number(body.skip), Number(body.skip) + Number(body.limit)) },
			};
		};
		const result = await runCrm({
			parameters: {
				resource: 'task',
				operation: 'search',
				returnAll: true,
				filters: { query: 'call' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(237);
		const bodies = server.requests.map((r) => r.body as IDataObject);
		expect(bodies.map((b) => b.skip)).toEqual([0, 100, 200]);
		for (const body of bodies) expect(body.query).toBe('call');
		for (const request of server.requests)
			expect(request.rawPath).toBe(`/locations/${LOCATION}/tasks/search`);
		const spec = await loadSpec('locations');
		for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
	});

	test('an answer the spec does not describe: records are its array (associations)', async () => {
		server.handler = (request) => {
			const skip = Number(request.query.skip);
			return {
				body: { associations: records.slice(skip, skip + Number(request.query.limit)), total: 237 },
			};
		};
		const result = await runCrm({
			parameters: { resource: 'association', operation: 'getAll', returnAll: true },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(237);
		expect(server.requests.map((r) => r.query.skip)).toEqual(['0', '100', '200']);
		const spec = await loadSpec('associations');
		for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
	});
});
