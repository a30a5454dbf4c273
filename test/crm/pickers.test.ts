import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { pitCredentials } from '../helpers/credentials';
import { runCrm, runListSearch } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Picker0002';
const credentials = () => pitCredentials(server.baseUrl, { locationId: LOCATION });

/** 60 records named "<prefix> 0" … "<prefix> 59", with whatever else a kind of record carries. */
function records(prefix: string, extra: (i: number) => IDataObject = () => ({})): IDataObject[] {
	return Array.from({ length: 60 }, (_, i) => ({
		id: `${prefix}-${i}`,
		name: `${prefix} ${i}`,
		...extra(i),
	}));
}

/**
 * The pickers over lists HighLevel answers whole: the typed text filters the list and the rows come 50
 * at a time. `answer` wraps the records as HighLevel does.
 */
const wholeLists: Array<{
	method: string;
	parameter: string;
	parameters: INodeParameters;
	endpoint: string;
	area: string;
	answer: (list: IDataObject[]) => IDataObject;
	list: IDataObject[];
	/** The row shown for the record numbered 7. */
	row7: { name: string; value: string };
}> = [
	{
		method: 'searchPipelines',
		parameter: 'pipelineId',
		parameters: { resource: 'opportunity', operation: 'create' },
		endpoint: `GET /opportunities/pipelines`,
		area: 'opportunities',
		answer: (pipelines) => ({ pipelines }),
		list: records('Sales'),
		row7: { name: 'Sales 7', value: 'Sales-7' },
	},
	{
		method: 'searchWorkflows',
		parameter: 'workflowId',
		parameters: { resource: 'workflow', operation: 'add' },
		endpoint: 'GET /workflows/',
		area: 'workflows',
		answer: (workflows) => ({ workflows }),
		list: records('Nurture', () => ({ status: 'published' })),
		row7: { name: 'Nurture 7 (published)', value: 'Nurture-7' },
	},
	{
		method: 'searchCampaigns',
		parameter: 'campaignId',
		parameters: { resource: 'campaign', operation: 'add' },
		endpoint: 'GET /campaigns/',
		area: 'campaigns',
		answer: (campaigns) => ({ campaigns }),
		list: records('Drip', () => ({ status: 'draft' })),
		row7: { name: 'Drip 7 (draft)', value: 'Drip-7' },
	},
	{
		method: 'searchTags',
		parameter: 'tagId',
		parameters: { resource: 'locationTag', operation: 'get' },
		endpoint: `GET /locations/${LOCATION}/tags`,
		area: 'locations',
		answer: (tags) => ({ tags }),
		list: records('vip'),
		row7: { name: 'vip 7', value: 'vip-7' },
	},
	{
		method: 'searchCustomValues',
		parameter: 'id',
		parameters: { resource: 'customValue', operation: 'get' },
		endpoint: `GET /locations/${LOCATION}/customValues`,
		area: 'locations',
		answer: (customValues) => ({ customValues }),
		list: records('Office', (i) => ({ fieldKey: `{{ custom_values.office_${i} }}` })),
		row7: { name: 'Office 7 ({{ custom_values.office_7 }})', value: 'Office-7' },
	},
	{
		method: 'searchCustomFields',
		parameter: 'id',
		parameters: { resource: 'customField', operation: 'get' },
		endpoint: `GET /locations/${LOCATION}/customFields`,
		area: 'locations',
		answer: (customFields) => ({ customFields }),
		list: records('Color', (i) => ({ fieldKey: `contact.color_${i}`, dataType: 'TEXT' })),
		row7: { name: 'Color 7 (contact.color_7)', value: 'Color-7' },
	},
	{
		method: 'searchCustomObjects',
		parameter: 'schemaKey',
		parameters: { resource: 'objectRecord', operation: 'get' },
		endpoint: 'GET /objects/',
		area: 'objects',
		answer: (objects) => ({ objects }),
		list: Array.from({ length: 60 }, (_, i) => ({
			id: `obj${i}`,
			key: `custom_objects.pets${i}`,
			labels: { singular: `Pet ${i}`, plural: `Pets ${i}` },
		})),
		row7: { name: 'Pets 7 (custom_objects.pets7)', value: 'custom_objects.pets7' },
	},
];

describe.each(wholeLists)('$method', (picker) => {
	const search = async (filter?: string, paginationToken?: string) =>
		await runListSearch({
			method: picker.method,
			parameter: picker.parameter,
			parameters: picker.parameters,
			credentials: credentials(),
			filter,
			paginationToken,
		});

	test('lists the records through the shared transport, 50 at a time, then the rest', async () => {
		server.handler = () => ({ body: picker.answer(picker.list) });
		const first = await search();
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(picker.endpoint);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.headers.authorization).toMatch(/^Bearer /);
		expect(JSON.stringify([request.rawPath, request.query])).toContain(LOCATION);
		const spec = await loadSpec(picker.area);
		expect(spec?.validate(request) ?? []).toEqual([]);
		expect(first.results).toHaveLength(50);
		expect(first.results[7]).toEqual(picker.row7);
		const second = await search(undefined, first.paginationToken);
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
	});

	test('the typed text narrows the list', async () => {
		server.handler = () => ({ body: picker.answer(picker.list) });
		const { results } = await search(' 7 ');
		expect(results).toContainEqual(picker.row7);
		expect(results.every((row) => `${row.name} ${row.value}`.includes('7'))).toBe(true);
		expect(results.length).toBeLessThan(10);
	});

	test('an empty list', async () => {
		server.handler = () => ({ body: picker.answer([]) });
		expect(await search()).toEqual({ results: [], paginationToken: undefined });
	});

	test("HighLevel's error message reaches the editor", async () => {
		server.handler = () => ({
			status: 403,
			body: { statusCode: 403, message: 'The token does not have access to this location.' },
		});
		await expect(search()).rejects.toThrow('The token does not have access to this location.');
	});
});

describe('Opportunity picker', () => {
	const opportunities = records('Deal', (i) => ({ status: i % 2 ? 'open' : 'won' }));
	beforeEach(() => {
		server.handler = (request) => {
			const query = request.query as Record<string, string>;
			const after = query.startAfterId;
			const start = after ? opportunities.findIndex((o) => o.id === after) + 1 : 0;
			const page = opportunities.slice(start, start + Number(query.limit));
			const last = page[page.length - 1];
			return {
				body: {
					opportunities: page,
					meta: last ? { startAfterId: last.id, startAfter: 1700000000000 + start } : {},
				},
			};
		};
	});
	const search = async (parameters: INodeParameters, filter?: string, token?: string) =>
		await runListSearch({
			method: 'searchOpportunities',
			parameter: 'id',
			parameters: { resource: 'opportunity', operation: 'get', ...parameters },
			credentials: credentials(),
			filter,
			paginationToken: token,
		});

	test("sends the typed text to HighLevel's search and follows its cursor", async () => {
		const first = await search({}, ' deal ');
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe('GET /opportunities/search');
		expect(request.query).toEqual({ q: 'deal', limit: '50', location_id: LOCATION });
		expect((await loadSpec('opportunities'))?.validate(request) ?? []).toEqual([]);
		expect(first.results[1]).toEqual({ name: 'Deal 1 (open)', value: 'Deal-1' });
		const second = await search({}, 'deal', first.paginationToken);
		expect(server.requests[1].query).toMatchObject({
			startAfterId: 'Deal-49',
			startAfter: '1700000000000',
		});
		expect(second.results.map((row) => row.value)).toEqual(
			opportunities.slice(50).map((o) => o.id),
		);
		expect(second.paginationToken).toBeUndefined();
	});

	test('an empty list, and an error', async () => {
		server.handler = () => ({ body: { opportunities: [], meta: {} } });
		expect((await search({})).results).toEqual([]);
		server.handler = () => ({
			status: 422,
			body: { statusCode: 422, message: ['q must be a string'] },
		});
		await expect(search({})).rejects.toThrow('q must be a string');
	});
});

describe('Pipeline stage picker', () => {
	const pipelines = [
		{
			id: 'p1',
			name: 'Sales',
			stages: [
				{ id: 's1', name: 'New' },
				{ id: 's2', name: 'Won' },
			],
		},
		{ id: 'p2', name: 'Hiring', stages: [{ id: 's3', name: 'Applied' }] },
	];
	beforeEach(() => (server.handler = () => ({ body: { pipelines } })));

	test('lists the stages of the pipeline chosen on the node', async () => {
		const { results } = await runListSearch({
			method: 'searchPipelineStages',
			parameter: 'pipelineStageId',
			parameters: {
				resource: 'opportunity',
				operation: 'create',
				pipelineId: { __rl: true, mode: 'list', value: 'p2' },
			},
			credentials: credentials(),
		});
		expect(results).toEqual([{ name: 'Applied', value: 's3' }]);
	});

	test('the Pipeline ID filter narrows the stage filter; without a pipeline every stage is named with its pipeline', async () => {
		const narrowed = await runListSearch({
			method: 'searchPipelineStages',
			parameter: 'filters.pipeline_stage_id',
			parameters: {
				resource: 'opportunity',
				operation: 'getAll',
				filters: { pipeline_id: { __rl: true, mode: 'id', value: 'p1' } },
			},
			credentials: credentials(),
		});
		expect(narrowed.results.map((row) => row.value)).toEqual(['s1', 's2']);
		const all = await runListSearch({
			method: 'searchPipelineStages',
			parameter: 'filters.pipeline_stage_id',
			parameters: { resource: 'opportunity', operation: 'getAll' },
			credentials: credentials(),
			filter: 'won',
		});
		expect(all.results).toEqual([{ name: 'Sales › Won', value: 's2' }]);
	});
});

describe('Business picker', () => {
	const businesses = records('Acme', (i) => ({ email: `acme${i}@example.com` }));
	beforeEach(() => {
		server.handler = (request) => {
			const query = request.query as Record<string, string>;
			const skip = Number(query.skip);
			return { body: { businesses: businesses.slice(skip, skip + Number(query.limit)) } };
		};
	});
	const search = async (filter?: string, token?: string) =>
		await runListSearch({
			method: 'searchBusinesses',
			parameter: 'businessId',
			parameters: { resource: 'business', operation: 'get' },
			credentials: credentials(),
			filter,
			paginationToken: token,
		});

	test('pages by skip as the user scrolls; the typed text filters each page', async () => {
		const first = await search();
		expect(server.requests[0].query).toEqual({ limit: '50', skip: '0', locationId: LOCATION });
		expect((await loadSpec('businesses'))?.validate(server.requests[0]) ?? []).toEqual([]);
		expect(first.results[3]).toEqual({ name: 'Acme 3 (acme3@example.com)', value: 'Acme-3' });
		const second = await search(undefined, first.paginationToken);
		expect(server.requests[1].query).toMatchObject({ skip: '50' });
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
		expect((await search('acme12@')).results).toEqual([
			{ name: 'Acme 12 (acme12@example.com)', value: 'Acme-12' },
		]);
	});

	test('an empty list, and an error', async () => {
		server.handler = () => ({ body: { businesses: [] } });
		expect(await search()).toEqual({ results: [], paginationToken: undefined });
		server.handler = () => ({ status: 400, body: { statusCode: 400, message: 'Bad location' } });
		await expect(search()).rejects.toThrow('Bad location');
	});
});

describe('Custom object record picker', () => {
	const pets = Array.from({ length: 60 }, (_, i) => ({
		id: `rec${i}`,
		properties: { name: `Rex ${i}`, breed: 'collie' },
	}));
	beforeEach(() => {
		server.handler = (request) => {
			const body = request.body as IDataObject;
			const start = (Number(body.page) - 1) * Number(body.pageLimit);
			return { body: { records: pets.slice(start, start + Number(body.pageLimit)) } };
		};
	});
	const search = async (schemaKey: string, filter?: string, token?: string) =>
		await runListSearch({
			method: 'searchObjectRecords',
			parameter: 'id',
			parameters: {
				resource: 'objectRecord',
				operation: 'get',
				schemaKey: { __rl: true, mode: 'list', value: schemaKey },
			},
			credentials: credentials(),
			filter,
			paginationToken: token,
		});

	test('searches the records of the object chosen in Object Key, page by page', async () => {
		const first = await search('custom_objects.pets', 'rex');
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(
			'POST /objects/custom_objects.pets/records/search',
		);
		expect(request.body).toEqual({
			locationId: LOCATION,
			page: 1,
			pageLimit: 50,
			query: 'rex',
			searchAfter: [],
		});
		expect((await loadSpec('objects'))?.validate(request) ?? []).toEqual([]);
		expect(first.results[0]).toEqual({ name: 'Rex 0', value: 'rec0' });
		const second = await search('custom_objects.pets', 'rex', first.paginationToken);
		expect((server.requests[1].body as IDataObject).page).toBe(2);
		expect(second.results).toHaveLength(10);
		expect(second.paginationToken).toBeUndefined();
	});

	test("no object chosen: an empty list, without a request; an error shows HighLevel's message", async () => {
		expect(await search('')).toEqual({ results: [] });
		expect(server.requests).toHaveLength(0);
		server.handler = () => ({
			status: 404,
			body: { statusCode: 404, message: 'Object not found' },
		});
		await expect(search('custom_objects.gone')).rejects.toThrow('Object not found');
	});
});

describe('Custom field picker narrowed by object', () => {
	test("a custom object's fields come from its own endpoint", async () => {
		server.handler = () => ({
			body: { fields: [{ id: 'f1', name: 'Breed', fieldKey: 'custom_objects.pets.breed' }] },
		});
		const { results } = await runListSearch({
			method: 'searchCustomFields',
			parameter: 'id',
			parameters: {
				resource: 'objectField',
				operation: 'getAll',
				objectKey: { __rl: true, mode: 'list', value: 'custom_objects.pets' },
			},
			credentials: credentials(),
		});
		expect(`${server.requests[0].method} ${server.requests[0].rawPath}`).toBe(
			'GET /custom-fields/object-key/custom_objects.pets',
		);
		expect(server.requests[0].query).toEqual({ locationId: LOCATION });
		expect(results).toEqual([{ name: 'Breed (custom_objects.pets.breed)', value: 'f1' }]);
	});
});

describe('Saved workflows keep working when an ID field becomes a picker', () => {
	beforeEach(() => {
		server.handler = () => ({ body: { succeded: true, opportunity: { id: 'x' } } });
	});

	test.each([
		['a plain ID', 'opp1', '/opportunities/opp1'],
		['an expression', '={{ $json.opportunityId }}', '/opportunities/opp%2F2'],
		[
			'By URL',
			{
				__rl: true,
				mode: 'url',
				value: 'https://app.gohighlevel.com/v2/location/loc1/opportunities/list/opp3?tab=notes',
			},
			'/opportunities/opp3',
		],
		[
			'By URL (query form)',
			{
				__rl: true,
				mode: 'url',
				value: 'https://app.gohighlevel.com/v2/location/loc1/opportunities/list?opportunityId=opp4',
			},
			'/opportunities/opp4',
		],
	])('opportunity Get with %s', async (_kind, id, expected) => {
		const { error } = await runCrm({
			parameters: { resource: 'opportunity', operation: 'get', id } as INodeParameters,
			credentials: credentials(),
			items: [{ json: { opportunityId: 'opp/2' } }],
			asSaved: true,
		});
		expect(error).toBeUndefined();
		expect(server.requests.map((r) => `${r.method} ${r.rawPath}`)).toEqual([`GET ${expected}`]);
	});

	test('workflow Add Contact, pipeline filter and user with plain IDs saved before the pickers', async () => {
		await runCrm({
			parameters: {
				resource: 'workflow',
				operation: 'add',
				contactId: 'c1',
				workflowId: 'wf1',
			},
			credentials: credentials(),
			asSaved: true,
		});
		expect(server.requests[0].rawPath).toBe('/contacts/c1/workflow/wf1');

		server.handler = () => ({ body: { opportunities: [], meta: {} } });
		await runCrm({
			parameters: {
				resource: 'opportunity',
				operation: 'getAll',
				filters: { pipeline_id: 'p1', assigned_to: 'u1', pipeline_stage_id: 's1' },
			},
			credentials: credentials(),
			asSaved: true,
		});
		expect(server.requests[1].query).toMatchObject({
			pipeline_id: 'p1',
			assigned_to: 'u1',
			pipeline_stage_id: 's1',
		});
	});

	test('a workflow By URL', async () => {
		await runCrm({
			parameters: {
				resource: 'workflow',
				operation: 'add',
				contactId: 'c1',
				workflowId: {
					__rl: true,
					mode: 'url',
					value:
						'https://app.gohighlevel.com/location/loc1/workflow/7f3a9c2e-1b2c-4d5e-8f90-123456789abc',
				},
			},
			credentials: credentials(),
		});
		expect(server.requests[0].rawPath).toBe(
			'/contacts/c1/workflow/7f3a9c2e-1b2c-4d5e-8f90-123456789abc',
		);
	});
});
