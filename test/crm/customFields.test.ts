import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runCrm, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { GoHighLevelCrm } from '../../nodes/GoHighLevelCrm/GoHighLevelCrm.node';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Fields0001';
const credentials = () => pitCredentials(server.baseUrl, { locationId: LOCATION });

function definitions(model: 'contact' | 'opportunity'): IDataObject[] {
	return [
		{
			id: `${model}Text`,
			name: 'Favorite Color',
			fieldKey: `${model}.favorite_color`,
			dataType: 'TEXT',
		},
		{ id: `${model}Num`, name: 'Shoe Size', fieldKey: `${model}.shoe_size`, dataType: 'NUMERICAL' },
		{ id: `${model}Date`, name: 'Renewal', fieldKey: `${model}.renewal`, dataType: 'DATE' },
		{
			id: `${model}Opt`,
			name: 'Plan',
			fieldKey: `${model}.plan`,
			dataType: 'SINGLE_OPTIONS',
			picklistOptions: ['Basic', 'Pro'],
		},
	];
}

const isDefinitions = (request: CapturedRequest) =>
	request.method === 'GET' && request.rawPath === `/locations/${LOCATION}/customFields`;

/** A HighLevel that keeps what is written and answers it back on read. */
function serve(model: 'contact' | 'opportunity') {
	const stored: IDataObject = {};
	server.handler = (request) => {
		if (isDefinitions(request)) {
			return {
				body: { customFields: definitions((request.query as IDataObject).model as 'contact') },
			};
		}
		if (request.method === 'GET') {
			const fields = ((stored.customFields as IDataObject[]) ?? []).map((f) => ({
				id: f.id,
				value: f.field_value,
			}));
			return { body: { [model]: { id: 'rec1', customFields: fields } } };
		}
		Object.assign(stored, request.body as IDataObject);
		return { body: { [model]: { id: 'rec1', ...(request.body as IDataObject) } } };
	};
}

const fieldsParameter = (entries: Array<[string, string]>): INodeParameters => ({
	customFields: { field: entries.map(([id, value]) => ({ id, value })) },
});

describe.each([
	{
		model: 'contact' as const,
		write: {
			resource: 'contact',
			operation: 'create',
			email: 'ada@example.com',
		} as INodeParameters,
		read: { resource: 'contact', operation: 'get', contactId: 'rec1' } as INodeParameters,
		path: '/contacts/',
		area: 'contacts',
	},
	{
		model: 'opportunity' as const,
		write: {
			resource: 'opportunity',
			operation: 'create',
			pipelineId: 'p1',
			name: 'Deal',
			status: 'open',
			contactId: 'c1',
		} as INodeParameters,
		read: { resource: 'opportunity', operation: 'get', id: 'rec1' } as INodeParameters,
		path: '/opportunities/',
		area: 'opportunities',
	},
])('$model custom fields by name', ({ model, write, read, path, area }) => {
	test('round trip: text, number, date and option fields by ID, key or name, read back by name', async () => {
		serve(model);
		const items = [0, 1, 2].map((i) => ({ json: { size: `4${i}` } }));
		const { error } = await runCrm({
			parameters: {
				...write,
				additionalFields: fieldsParameter([
					[`${model}Text`, 'blue'],
					[`${model}.shoe_size`, '={{ $json.size }}'],
					['Renewal', '2026-03-01T10:00:00Z'],
					['plan', 'Pro'],
				]),
			},
			credentials: credentials(),
			items,
		});
		expect(error).toBeUndefined();
		// The definitions are read once for the three items, before their requests.
		expect(server.requests.filter(isDefinitions)).toHaveLength(1);
		expect(server.requests[0].query).toEqual({ model });
		const writes = server.requests.filter((r) => r.method === 'POST');
		expect(writes.map((r) => r.rawPath)).toEqual([path, path, path]);
		expect((writes[2].body as IDataObject).customFields).toEqual([
			{ id: `${model}Text`, field_value: 'blue' },
			{ id: `${model}Num`, field_value: '42' },
			{ id: `${model}Date`, field_value: '2026-03-01' },
			{ id: `${model}Opt`, field_value: 'Pro' },
		]);
		const spec = await loadSpec(area);
		const locations = await loadSpec('locations');
		expect(locations?.validate(server.requests[0]) ?? []).toEqual([]);
		expect(spec?.validate(writes[0]) ?? []).toEqual([]);

		const readBack = await runCrm({
			parameters: { ...read, customFieldNames: true },
			credentials: credentials(),
		});
		expect(readBack.error).toBeUndefined();
		expect(readBack.items[0].json.customFieldsByName).toEqual({
			'Favorite Color': 'blue',
			'Shoe Size': '42',
			Renewal: '2026-03-01',
			Plan: 'Pro',
		});
		expect(readBack.items[0].json.customFields).toHaveLength(4);
	});

	test.each([
		[[`${model}.nope`, 'x'], `Unknown custom field "${model}.nope"`],
		[[`${model}Num`, 'forty'], 'Custom field "Shoe Size" expects a number, not "forty"'],
		[[`${model}Date`, 'someday'], 'Custom field "Renewal" expects a date, not "someday"'],
		[[`${model}Opt`, 'Gold'], 'Custom field "Plan" has no option "Gold"'],
	] as Array<[[string, string], string]>)(
		'%j is refused before any write: %s',
		async (entry, message) => {
			serve(model);
			const { error } = await runCrm({
				parameters: { ...write, additionalFields: fieldsParameter([entry]) },
				credentials: credentials(),
			});
			expect(error?.message).toBe(message);
			expect(server.requests.filter((r) => !isDefinitions(r))).toEqual([]);
		},
	);
});

test('without custom fields no definitions are read, and without the option reads stay as they were', async () => {
	serve('contact');
	await runCrm({
		parameters: { resource: 'contact', operation: 'create', email: 'a@example.com' },
		credentials: credentials(),
	});
	const readBack = await runCrm({
		parameters: { resource: 'contact', operation: 'get', contactId: 'rec1' },
		credentials: credentials(),
	});
	expect(server.requests.filter(isDefinitions)).toHaveLength(0);
	expect(readBack.items[0].json).not.toHaveProperty('customFieldsByName');
});

test("the Custom Fields list loads the location's fields by name", async () => {
	serve('contact');
	const node = loadDeclarativeNode(new GoHighLevelCrm());
	expect(node.methods?.loadOptions?.getContactCustomFields).toBeDefined();
	// Run through the node, as saved workflows do, with a field given by ID only.
	const { error } = await runNode({
		nodeType: node,
		parameters: {
			resource: 'contact',
			operation: 'update',
			contactId: 'rec1',
			updateFields: fieldsParameter([['contactText', 'green']]),
		},
		credentials: credentials(),
	});
	expect(error).toBeUndefined();
	expect((server.requests[1].body as IDataObject).customFields).toEqual([
		{ id: 'contactText', field_value: 'green' },
	]);
});
