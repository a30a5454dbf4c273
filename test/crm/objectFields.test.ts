import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { runCrm, runLoadOptions } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * Custom object record fields by name: the object's field definitions (read once per execution,
 * location and object) turn names, keys and IDs into the record's own keys, and values into the
 * shapes HighLevel stores (numbers, money, dates, option keys), checked before any request.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Objects0001';
const OBJECT = 'custom_objects.pets';
const credentials = () => pitCredentials(server.baseUrl, { locationId: LOCATION });

const FIELDS = [
	{ id: 'fName', name: 'Name', fieldKey: `${OBJECT}.name`, dataType: 'TEXT' },
	{ id: 'fAge', name: 'Age', fieldKey: `${OBJECT}.age`, dataType: 'NUMERICAL' },
	{ id: 'fPrice', name: 'Price', fieldKey: `${OBJECT}.price`, dataType: 'MONETORY' },
	{ id: 'fBorn', name: 'Born', fieldKey: `${OBJECT}.born`, dataType: 'DATE' },
	{
		id: 'fKind',
		name: 'Kind',
		fieldKey: `${OBJECT}.kind`,
		dataType: 'SINGLE_OPTIONS',
		options: [
			{ key: 'dog', label: 'Dog' },
			{ key: 'cat', label: 'Cat' },
		],
	},
	{
		id: 'fToys',
		name: 'Toys',
		fieldKey: `${OBJECT}.toys`,
		dataType: 'MULTIPLE_OPTIONS',
		options: [
			{ key: 'ball', label: 'Ball' },
			{ key: 'rope', label: 'Rope' },
		],
	},
	{ id: 'fNotes', name: 'Notes', fieldKey: `${OBJECT}.notes`, dataType: 'TEXTBOX_LIST' },
];

const isDefinitions = (request: CapturedRequest) =>
	request.method === 'GET' && request.rawPath.startsWith('/custom-fields/object-key/');

function serve(definitions: { status?: number; body: IDataObject } = { body: { fields: FIELDS } }) {
	server.handler = (request) =>
		isDefinitions(request) ? definitions : { status: 201, body: { record: { id: 'r1' } } };
}

const create = (
	fields: Array<[string, unknown]>,
	extra: INodeParameters = {},
): INodeParameters => ({
	resource: 'objectRecord',
	operation: 'create',
	schemaKey: OBJECT,
	recordFields: { field: fields.map(([key, value]) => ({ key, value })) } as never,
	...extra,
});

test('fields by name, key and ID, each value in its stored shape; definitions read once', async () => {
	serve();
	const items = [0, 1, 2].map((i) => ({ json: { age: `${i + 3}` } }));
	const { error } = await runCrm({
		parameters: create(
			[
				['Name', 'Rex'],
				[`${OBJECT}.age`, '={{ $json.age }}'],
				['price', '19.5'],
				['fBorn', '2026-03-01T10:00:00Z'],
				['Kind', 'Dog'],
				['Toys', 'Ball, rope'],
				['notes.first', 'Likes walks'],
			],
			{ owner: ['u1'], followers: ['u2', 'u3'] },
		),
		credentials: credentials(),
		items,
		typeVersion: 1.1,
	});
	expect(error).toBeUndefined();
	const lookups = server.requests.filter(isDefinitions);
	expect(lookups).toHaveLength(1);
	expect(lookups[0].rawPath).toBe(`/custom-fields/object-key/${encodeURIComponent(OBJECT)}`);
	expect(lookups[0].query).toEqual({ locationId: LOCATION });
	const writes = server.requests.filter((r) => r.method === 'POST');
	expect(writes).toHaveLength(3);
	expect(writes[2].body).toEqual({
		locationId: LOCATION,
		properties: {
			name: 'Rex',
			age: 5,
			price: { currency: 'default', value: 19.5 },
			born: '2026-03-01',
			kind: 'dog',
			toys: ['ball', 'rope'],
			'notes.first': 'Likes walks',
		},
		owner: ['u1'],
		followers: ['u2', 'u3'],
	});
	const customFields = await loadSpec('custom-fields');
	const objects = await loadSpec('objects');
	expect(customFields?.validate(lookups[0]) ?? []).toEqual([]);
	expect(objects?.validate(writes[0]) ?? []).toEqual([]);
});

test.each([
	[[['nope', 'x']], 'Unknown custom field "nope"'],
	[[['Age', 'three']], 'Field "Age" expects a number, not "three"'],
	[[['Born', 'someday']], 'Field "Born" expects a date, not "someday"'],
	[[['Kind', 'Fish']], 'Field "Kind" has no option "Fish"'],
	[[['Toys', 'Ball, Kite']], 'Field "Toys" has no option "Kite"'],
] as Array<[Array<[string, string]>, string]>)(
	'%j is refused before the record is written: %s',
	async (fields, message) => {
		serve();
		const { error } = await runCrm({ parameters: create(fields), credentials: credentials() });
		expect(error?.message).toBe(message);
		expect(server.requests.filter((r) => !isDefinitions(r))).toHaveLength(0);
	},
);

test('an unknown field names some of the fields the object has', async () => {
	serve();
	const { error } = await runCrm({
		parameters: create([['Colour', 'red']]),
		credentials: credentials(),
	});
	expect(error?.description).toContain(`Name (${OBJECT}.name)`);
});

test('with Continue On Fail, a wrong value fails only its item', async () => {
	serve();
	const items = ['2', 'old', '4'].map((age) => ({ json: { age } }));
	const { items: out, error } = await runCrm({
		parameters: create([['Age', '={{ $json.age }}']]),
		credentials: credentials(),
		items,
		continueOnFail: true,
	});
	expect(error).toBeUndefined();
	expect(out).toHaveLength(3);
	expect(out[1].json.error).toBe('Field "Age" expects a number, not "old"');
	const writes = server.requests.filter((r) => r.method === 'POST');
	expect(writes.map((w) => (w.body as IDataObject).properties)).toEqual([{ age: 2 }, { age: 4 }]);
});

test('a credential that may not read the definitions sends the fields as given', async () => {
	serve({ status: 403, body: { statusCode: 403, message: 'The token is not authorized' } });
	const { error } = await runCrm({
		parameters: create([['name', 'Rex']]),
		credentials: credentials(),
	});
	expect(error).toBeUndefined();
	const write = server.requests.find((r) => r.method === 'POST');
	expect((write?.body as IDataObject).properties).toEqual({ name: 'Rex' });
});

describe('the Record Fields list', () => {
	const load = (parameters: INodeParameters) =>
		runLoadOptions({
			method: 'getObjectFields',
			parameter: 'recordFields',
			parameters: { resource: 'objectRecord', operation: 'create', ...parameters },
			credentials: credentials(),
		});

	test('lists the fields of the object chosen in Object Key, by name, with key and type', async () => {
		serve();
		const options = await load({ schemaKey: { __rl: true, mode: 'list', value: OBJECT } });
		expect(options.map((o) => o.name)).toEqual([
			'Age',
			'Born',
			'Kind',
			'Name',
			'Notes',
			'Price',
			'Toys',
		]);
		expect(options[0]).toEqual({
			name: 'Age',
			value: `${OBJECT}.age`,
			description: `${OBJECT}.age · NUMERICAL`,
		});
		expect(server.requests[0].query).toEqual({ locationId: LOCATION });
	});

	test('no object chosen: an empty list without a request', async () => {
		serve();
		expect(await load({ schemaKey: { __rl: true, mode: 'list', value: '' } })).toEqual([]);
		expect(server.requests).toHaveLength(0);
	});

	test("an API error shows HighLevel's message", async () => {
		serve({ status: 404, body: { statusCode: 404, message: 'Object not found' } });
		await expect(load({ schemaKey: OBJECT })).rejects.toThrow('Object not found');
	});
});
