import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { GoHighLevelAgency } from '../../nodes/GoHighLevelAgency/GoHighLevelAgency.node';
import { oauthCredentials, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runListSearch } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * The Agency node's pickers, as the editor runs them (n8n-core's LoadOptionsContext): each searches
 * by the typed text, pages as the user scrolls, shows an empty list as empty, and shows HighLevel's
 * own message when HighLevel refuses.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelAgency());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const COMPANY = 'company_Agency01';
const agencyPit = () => pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' });
const agencyOAuth = () =>
	oauthCredentials(server.baseUrl, { userType: 'Company', locationId: '', companyId: COMPANY });
const query = (request: CapturedRequest) => request.query as Record<string, string>;

interface Picker {
	label: string;
	method: string;
	parameter: string;
	parameters: INodeParameters;
	credentials?: () => IDataObject;
	area: string;
	/**
	 * Who narrows by the typed text: HighLevel's search (`server`), the picker over each page it
	 * reads (`page`), or the picker over the whole list HighLevel answers at once (`whole`).
	 */
	search: 'server' | 'page' | 'whole';
	/** A server answer holding these records. */
	answer(records: IDataObject[], request: CapturedRequest): unknown;
	/** A record named `name` with ID `id`, as HighLevel lists it. */
	record(id: string, name: string): IDataObject;
	/** The row the picker shows for `record`. */
	row(id: string, name: string): { name: string; value: string };
}

/** Answers paged by skip/limit, narrowed by `query` as HighLevel's search does. */
const bySkip = (key: string) => (records: IDataObject[], request: CapturedRequest) => {
	const q = query(request);
	const skip = Number(q.skip ?? 0);
	const wanted = (q.query ?? '').toLowerCase();
	const found = records.filter((record) => JSON.stringify(record).toLowerCase().includes(wanted));
	return { [key]: found.slice(skip, skip + Number(q.limit)) };
};

const pickers: Picker[] = [
	{
		label: 'sub-account',
		method: 'searchLocations',
		parameter: 'locationId',
		parameters: { resource: 'subAccount', operation: 'get' },
		area: 'locations',
		search: 'page',
		answer: bySkip('locations'),
		record: (id, name) => ({ id, name, city: 'Austin' }),
		row: (id, name) => ({ name, value: id }),
	},
	{
		label: 'user',
		method: 'searchUsers',
		parameter: 'userId',
		parameters: { resource: 'user', operation: 'get' },
		credentials: agencyOAuth,
		area: 'users',
		search: 'server',
		answer: bySkip('users'),
		record: (id, name) => ({ id, name, email: `${id}@example.com` }),
		row: (id, name) => ({ name: `${name} (${id}@example.com)`, value: id }),
	},
	{
		label: 'snapshot',
		method: 'searchSnapshots',
		parameter: 'snapshotId',
		parameters: { resource: 'snapshot', operation: 'getPushes', companyId: COMPANY },
		area: 'snapshots',
		search: 'whole',
		answer: (records) => ({ snapshots: records }),
		record: (id, name) => ({ id, name, type: 'own' }),
		row: (id, name) => ({ name: `${name} (own)`, value: id }),
	},
	{
		label: 'SaaS plan',
		method: 'searchSaasPlans',
		parameter: 'planId',
		parameters: { resource: 'saasPlan', operation: 'get', companyId: COMPANY },
		area: 'saas-api',
		search: 'whole',
		answer: (records) => records,
		record: (id, name) => ({ planId: id, title: name }),
		row: (id, name) => ({ name, value: id }),
	},
	{
		label: 'custom menu',
		method: 'searchCustomMenus',
		parameter: 'customMenuId',
		parameters: { resource: 'customMenu', operation: 'get' },
		area: 'custom-menus',
		search: 'server',
		answer: bySkip('customMenus'),
		record: (id, name) => ({ id, title: name, url: `https://example.com/${id}` }),
		row: (id, name) => ({ name: `${name} (https://example.com/${id})`, value: id }),
	},
];

async function search(picker: Picker, filter?: string, paginationToken?: string) {
	const credentials = (picker.credentials ?? agencyPit)();
	const authentication =
		'goHighLevelOAuth2Api' in credentials ? 'oAuth2' : 'privateIntegrationToken';
	return await runListSearch({
		nodeType,
		method: picker.method,
		parameter: picker.parameter,
		parameters: { authentication, ...picker.parameters },
		credentials: credentials as never,
		filter,
		paginationToken,
	});
}

/** 70 records, every tenth named "Blue …", the others "Green …". */
const seventy = (picker: Picker) =>
	Array.from({ length: 70 }, (_, i) =>
		picker.record(`id${i}`, i % 10 === 0 ? `Blue ${i}` : `Green ${i}`),
	);

describe.each(pickers.map((picker) => [picker.label, picker] as const))(
	'%s picker',
	(_label, picker) => {
		test('a search term narrows the list', async () => {
			const all = seventy(picker);
			server.handler = (request) => ({ body: picker.answer(all, request) as IDataObject });
			const result = await search(picker, 'blue');
			// Narrowed per page of 50, the first page holds five; the next two come on scrolling.
			const shown = picker.search === 'page' ? [0, 10, 20, 30, 40] : [0, 10, 20, 30, 40, 50, 60];
			expect(result.results).toEqual(shown.map((i) => picker.row(`id${i}`, `Blue ${i}`)));
			if (picker.search === 'page') {
				expect(result.paginationToken).toBe('50');
				const rest = await search(picker, 'blue', result.paginationToken);
				expect(rest.results).toEqual([50, 60].map((i) => picker.row(`id${i}`, `Blue ${i}`)));
			} else expect(result.paginationToken).toBeUndefined();
			if (picker.search === 'server') expect(query(server.requests[0]).query).toBe('blue');
			const spec = await loadSpec(picker.area);
			for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
		});

		test('scrolling shows the second page, and the list ends there', async () => {
			const all = seventy(picker);
			server.handler = (request) => ({ body: picker.answer(all, request) as IDataObject });
			const first = await search(picker);
			expect(first.results).toHaveLength(50);
			expect(first.results[0]).toEqual(picker.row('id0', 'Blue 0'));
			expect(first.paginationToken).toBe('50');
			const second = await search(picker, undefined, first.paginationToken);
			expect(second.results.map((r) => r.value)).toEqual(
				Array.from({ length: 20 }, (_, i) => `id${50 + i}`),
			);
			expect(second.paginationToken).toBeUndefined();
		});

		test('an empty list is shown empty', async () => {
			server.handler = (request) => ({ body: picker.answer([], request) as IDataObject });
			expect(await search(picker)).toEqual({ results: [], paginationToken: undefined });
		});

		test("HighLevel's error message reaches the editor", async () => {
			server.handler = () => ({
				status: 403,
				body: { statusCode: 403, message: 'The token does not have access to this company.' },
			});
			await expect(search(picker)).rejects.toThrow(
				'The token does not have access to this company.',
			);
		});
	},
);

describe('what each search sends', () => {
	test('sub-accounts (agency Private Integration Token): skip and limit as text', async () => {
		server.handler = () => ({ body: { locations: [] } });
		await runListSearch({
			nodeType,
			method: 'searchLocations',
			parameter: 'locationId',
			parameters: { resource: 'company', operation: 'get', companyId: COMPANY },
			credentials: agencyPit(),
			paginationToken: '50',
		});
		expect(server.requests[0].rawPath).toBe('/locations/search');
		expect(query(server.requests[0])).toEqual({ skip: '50', limit: '50' });
	});

	test("users: HighLevel's search by the typed text, in the company of the operation", async () => {
		server.handler = () => ({ body: { users: [], count: 0 } });
		await runListSearch({
			nodeType,
			method: 'searchUsers',
			parameter: 'userId',
			parameters: { resource: 'marketplaceCharge', operation: 'create', companyId: 'c 2' },
			credentials: agencyPit(),
			filter: ' ann ',
		});
		expect(server.requests[0].rawPath).toBe('/users/search');
		expect(query(server.requests[0])).toEqual({
			companyId: 'c 2',
			query: 'ann',
			skip: '0',
			limit: '50',
		});
	});

	test('users, snapshots and SaaS plans without a known company ask for it instead of calling HighLevel', async () => {
		for (const method of ['searchUsers', 'searchSnapshots', 'searchSaasPlans']) {
			await expect(
				runListSearch({
					nodeType,
					method,
					parameter: 'userId',
					parameters: { resource: 'user', operation: 'get' },
					credentials: agencyPit(),
				}),
			).rejects.toThrow("This list needs the agency's Company ID");
		}
		expect(server.requests).toHaveLength(0);
	});

	test('SaaS plans: the current path, with the company in it', async () => {
		server.handler = () => ({ body: [] as never });
		await runListSearch({
			nodeType,
			method: 'searchSaasPlans',
			parameter: 'planId',
			parameters: { resource: 'saasPlan', operation: 'get', companyId: 'c/1' },
			credentials: agencyPit(),
		});
		expect(server.requests[0].rawPath).toBe('/saas/agency-plans/c%2F1');
		expect(server.requests[0].headers.version).toBe('2021-04-15');
	});

	test('custom menus: the typed text as HighLevel query', async () => {
		server.handler = () => ({ body: { customMenus: [], totalLinks: 0 } });
		await runListSearch({
			nodeType,
			method: 'searchCustomMenus',
			parameter: 'customMenuId',
			parameters: { resource: 'customMenu', operation: 'get' },
			credentials: agencyPit(),
			filter: 'reports',
		});
		expect(query(server.requests[0])).toEqual({ query: 'reports', skip: '0', limit: '50' });
	});
});
