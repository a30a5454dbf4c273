import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { runCrm } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * Custom values read and set by the name or key messages use (`{{ custom_values.office_phone }}`):
 * the location's custom values, read once per execution, give the ID the request goes to.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Values00001';
const credentials = () => pitCredentials(server.baseUrl, { locationId: LOCATION });

const VALUES = [
	{ id: 'cv1', name: 'Company Name', fieldKey: '{{ custom_values.company_name }}', value: 'Acme' },
	{
		id: 'cv2',
		name: 'Office Phone',
		fieldKey: '{{ custom_values.office_phone }}',
		value: '+1 555',
	},
	{ id: 'cv3', name: 'Hours', fieldKey: '{{ custom_values.hours }}', value: '9-5' },
	{ id: 'cv4', name: 'Hours', fieldKey: '{{ custom_values.hours_weekend }}', value: '10-2' },
];

const isList = (request: CapturedRequest) =>
	request.method === 'GET' && request.rawPath === `/locations/${LOCATION}/customValues`;

beforeEach(() => {
	server.handler = (request) => {
		if (isList(request)) return { body: { customValues: VALUES } };
		const id = decodeURIComponent(request.rawPath.split('/').pop() ?? '');
		if (request.method === 'DELETE') return { body: { succeded: true } };
		return { body: { customValue: { ...VALUES.find((v) => v.id === id), id } } };
	};
});

const byKey = (value: string) => ({ __rl: true, mode: 'key', value });

test.each([
	['the key as messages write it', '{{ custom_values.office_phone }}'],
	['the key', 'custom_values.office_phone'],
	['the short key', 'office_phone'],
	['the name', 'office phone'],
])('Get by %s', async (_, given) => {
	const items = [0, 1, 2].map(() => ({ json: {} }));
	const { items: out, error } = await runCrm({
		parameters: { resource: 'customValue', operation: 'get', id: byKey(given) },
		credentials: credentials(),
		items,
	});
	expect(error).toBeUndefined();
	expect(out.map((item) => item.json.value)).toEqual(['+1 555', '+1 555', '+1 555']);
	expect(server.requests.filter(isList)).toHaveLength(1);
	const gets = server.requests.filter((r) => !isList(r));
	expect(gets.map((r) => r.rawPath)).toEqual(
		Array(3).fill(`/locations/${LOCATION}/customValues/cv2`),
	);
	const spec = await loadSpec('locations');
	expect(spec?.validate(server.requests[0]) ?? []).toEqual([]);
	expect(spec?.validate(gets[0]) ?? []).toEqual([]);
});

test('Update by key from an expression sets that custom value', async () => {
	const { error } = await runCrm({
		parameters: {
			resource: 'customValue',
			operation: 'update',
			id: byKey('={{ $json.key }}'),
			name: 'Office Phone',
			value: '+1 888',
		} as INodeParameters,
		credentials: credentials(),
		items: [{ json: { key: '{{ custom_values.office_phone }}' } }],
	});
	expect(error).toBeUndefined();
	const put = server.requests.find((r) => r.method === 'PUT');
	expect(put?.rawPath).toBe(`/locations/${LOCATION}/customValues/cv2`);
	expect(put?.body).toEqual({ name: 'Office Phone', value: '+1 888' });
	expect((await loadSpec('locations'))?.validate(put as CapturedRequest) ?? []).toEqual([]);
});

test('Delete by name answers with the ID it deleted', async () => {
	const { items, error } = await runCrm({
		parameters: { resource: 'customValue', operation: 'delete', id: byKey('Company Name') },
		credentials: credentials(),
		typeVersion: 1.1,
	});
	expect(error).toBeUndefined();
	expect(items.map((item) => item.json)).toEqual([{ success: true, id: 'cv1' }]);
});

test.each([
	[
		'nothing matches',
		'custom_values.fax',
		'The location has no custom value with this name or key',
	],
	['two share the name', 'Hours', 'give its key, e.g. {{ custom_values.hours }}'],
])('%s: refused before any request but the list', async (_, given, description) => {
	const { error } = await runCrm({
		parameters: { resource: 'customValue', operation: 'get', id: byKey(given) },
		credentials: credentials(),
	});
	expect(error?.message).toBe(`No custom value "${given}"`);
	expect(error?.description).toContain(description);
	expect(server.requests.filter((r) => !isList(r))).toHaveLength(0);
});

test('By ID does not read the list', async () => {
	const { error } = await runCrm({
		parameters: { resource: 'customValue', operation: 'get', id: 'cv3' },
		credentials: credentials(),
	});
	expect(error).toBeUndefined();
	expect(server.requests.map((r) => r.rawPath)).toEqual([
		`/locations/${LOCATION}/customValues/cv3`,
	]);
	expect((server.requests[0].body as IDataObject | undefined) ?? {}).toEqual({});
});
