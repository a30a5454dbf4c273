import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelAgency } from '../../nodes/GoHighLevelAgency/GoHighLevelAgency.node';
import { oauthCredentials, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * The Agency node's list styles, through n8n's engine against a local HighLevel that pages like the
 * real one: skip/limit as text in the query (sub-accounts, users, installed locations) and in the
 * body (users by email), skip/limit as numbers (custom menus, charges), the `lastDoc` cursor of a
 * snapshot's pushes, and numbered pages without a size (SaaS sub-accounts). Each reads three pages
 * for Return All, and Limit returns exactly Limit asking only for what is still missing.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelAgency());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const COMPANY = 'company_Agency01';
const records = (prefix: string, count: number) =>
	Array.from({ length: count }, (_, i) => ({ id: `${prefix}${i}`, name: `${prefix} ${i}` }));

const query = (request: CapturedRequest) => request.query as Record<string, string>;
const body = (request: CapturedRequest) => request.body as Record<string, unknown>;

const agencyPit = () => pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' });
const agencyOAuth = () =>
	oauthCredentials(server.baseUrl, { userType: 'Company', locationId: '', companyId: COMPANY });

async function run(parameters: IDataObject, credentials: IDataObject = agencyPit()) {
	const authentication =
		'goHighLevelOAuth2Api' in credentials ? 'oAuth2' : 'privateIntegrationToken';
	return await runNode({
		nodeType,
		parameters: { authentication, ...parameters } as never,
		credentials: credentials as never,
	});
}

async function expectValid(area: string) {
	const spec = await loadSpec(area);
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
}

/** A server paging `all` by skip and limit, read from the query or the body. */
function skipLimit(
	all: IDataObject[],
	key: string,
	from: 'query' | 'body',
	extra: IDataObject = {},
) {
	server.handler = (request) => {
		const bag = (from === 'query' ? request.query : request.body) as Record<string, unknown>;
		const skip = Number(bag.skip ?? 0);
		return { body: { [key]: all.slice(skip, skip + Number(bag.limit)), ...extra } };
	};
}

describe('skip/limit as text in the query', () => {
	const cases = [
		{
			label: 'Sub-Account → Search (GET /locations/search)',
			parameters: { resource: 'subAccount', operation: 'search', filters: { order: 'desc' } },
			key: 'locations',
			area: 'locations',
			credentials: agencyPit,
			kept: { order: 'desc' },
		},
		{
			label: 'User → Search (GET /users/search)',
			parameters: {
				resource: 'user',
				operation: 'search',
				companyId: COMPANY,
				filters: { query: 'ann' },
			},
			key: 'users',
			area: 'users',
			credentials: agencyPit,
			kept: { companyId: COMPANY, query: 'ann' },
		},
		{
			label: 'OAuth → Get Installed Locations (GET /oauth/installedLocations)',
			parameters: {
				resource: 'oauth',
				operation: 'getInstalledLocations',
				companyId: COMPANY,
				appId: 'app1',
			},
			key: 'locations',
			area: 'oauth',
			credentials: agencyOAuth,
			kept: { companyId: COMPANY, appId: 'app1' },
		},
	];

	test.each(cases)('$label: Return All reads three pages', async (c) => {
		const all = records('r', 250);
		skipLimit(all, c.key, 'query');
		const result = await run({ ...c.parameters, returnAll: true }, c.credentials());
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(all.map((r) => r.id));
		expect(server.requests.map((r) => [query(r).skip, query(r).limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '100'],
		]);
		for (const request of server.requests) expect(query(request)).toMatchObject(c.kept);
		await expectValid(c.area);
	});

	test.each(cases)('$label: Limit is exact over three pages', async (c) => {
		skipLimit(records('r', 250), c.key, 'query');
		const result = await run({ ...c.parameters, returnAll: false, limit: 230 }, c.credentials());
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(230);
		expect(server.requests.map((r) => query(r).limit)).toEqual(['100', '100', '30']);
	});
});

describe('skip/limit as text in the body (User → Filter by Email)', () => {
	const parameters = {
		resource: 'user',
		operation: 'filterByEmail',
		companyId: COMPANY,
		emails: 'ann@example.com,bob@example.com',
	};

	test('Return All reads three pages, keeping the emails on each', async () => {
		const all = records('u', 210);
		skipLimit(all, 'users', 'body');
		const result = await run({ ...parameters, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(all.map((r) => r.id));
		expect(server.requests.map((r) => [body(r).skip, body(r).limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '100'],
		]);
		for (const request of server.requests) {
			expect(body(request)).toMatchObject({
				companyId: COMPANY,
				emails: 'ann@example.com,bob@example.com',
			});
		}
		await expectValid('users');
	});

	test('Limit is exact over three pages', async () => {
		skipLimit(records('u', 210), 'users', 'body');
		const result = await run({ ...parameters, returnAll: false, limit: 205 });
		expect(result.items).toHaveLength(205);
		expect(server.requests.map((r) => body(r).limit)).toEqual(['100', '100', '5']);
	});
});

describe('skip/limit as numbers', () => {
	const cases = [
		{
			label: 'Custom Menu → Get Many (GET /custom-menus/)',
			parameters: { resource: 'customMenu', operation: 'getAll' },
			key: 'customMenus',
			area: 'custom-menus',
			credentials: agencyPit,
		},
		{
			label: 'Marketplace Charge → Get Many (GET /marketplace/billing/charges)',
			parameters: {
				resource: 'marketplaceCharge',
				operation: 'getAll',
				filters: { meterId: 'm1' },
			},
			key: 'charges',
			area: 'marketplace',
			credentials: () => oauthCredentials(server.baseUrl),
		},
	];

	test.each(cases)('$label: three pages for Return All, Limit exact', async (c) => {
		const all = records('c', 260);
		skipLimit(all, c.key, 'query');
		const every = await run({ ...c.parameters, returnAll: true }, c.credentials());
		expect(every.error).toBeUndefined();
		expect(every.items.map((i) => i.json.id)).toEqual(all.map((r) => r.id));
		expect(server.requests.map((r) => query(r).skip)).toEqual(['0', '100', '200']);
		await expectValid(c.area);

		server.reset();
		skipLimit(all, c.key, 'query');
		const some = await run({ ...c.parameters, returnAll: false, limit: 201 }, c.credentials());
		expect(some.items).toHaveLength(201);
		expect(server.requests.map((r) => query(r).limit)).toEqual(['100', '100', '1']);
	});
});

describe("a snapshot's pushes (lastDoc: the last record's ID)", () => {
	const pushes = records('push', 240);
	const parameters = {
		resource: 'snapshot',
		operation: 'getPushes',
		companyId: COMPANY,
		snapshotId: { __rl: true, mode: 'id', value: 'snap1' },
		from: '10-10-2025 12:00 AM',
		to: '12-18-2025 11:59 PM',
	};
	beforeEach(() => {
		server.handler = (request) => {
			const q = query(request);
			const start = q.lastDoc ? pushes.findIndex((p) => p.id === q.lastDoc) + 1 : 0;
			return { body: { data: pushes.slice(start, start + Number(q.limit)) } };
		};
	});

	test('Return All reads three pages; lastDoc is sent empty on page one, as the spec requires', async () => {
		const result = await run({ ...parameters, returnAll: true });
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(pushes.map((p) => p.id));
		expect(server.requests.map((r) => query(r).lastDoc)).toEqual(['', 'push99', 'push199']);
		for (const request of server.requests) {
			expect(request.rawPath).toBe('/snapshots/snapshot-status/snap1');
			expect(query(request)).toMatchObject({
				companyId: COMPANY,
				from: '10-10-2025 12:00 AM',
				to: '12-18-2025 11:59 PM',
			});
		}
		await expectValid('snapshots');
	});

	test('Limit is exact over three pages', async () => {
		const result = await run({ ...parameters, returnAll: false, limit: 210 });
		expect(result.items).toHaveLength(210);
		expect(server.requests.map((r) => query(r).limit)).toEqual(['100', '100', '10']);
	});
});

describe('SaaS sub-accounts (numbered pages without a size, pagination.hasNext)', () => {
	const PAGE = 40;
	const all = records('saas', 3 * PAGE - 7);
	beforeEach(() => {
		server.handler = (request) => {
			const page = Number(query(request).page);
			const slice = all.slice((page - 1) * PAGE, page * PAGE);
			return {
				body: {
					locations: slice,
					pagination: { page, limit: PAGE, total: all.length, hasNext: page * PAGE < all.length },
				},
			};
		};
	});

	test.each([
		['getAll', '/saas/saas-locations/'],
		['getAllPublicApi', '/saas-api/public-api/saas-locations/'],
	])('%s: Return All reads three pages and stops at hasNext: false', async (operation, path) => {
		const result = await run({
			resource: 'saasSubAccount',
			operation,
			companyId: COMPANY,
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(all.map((r) => r.id));
		expect(server.requests.map((r) => query(r).page)).toEqual(['1', '2', '3']);
		for (const request of server.requests) {
			expect(request.rawPath).toBe(`${path}${COMPANY}`);
			expect(query(request).limit).toBeUndefined();
		}
		await expectValid('saas-api');
	});

	test('Limit is exact: the third page is cut, no fourth is asked for', async () => {
		const result = await run({
			resource: 'saasSubAccount',
			operation: 'getAll',
			companyId: COMPANY,
			returnAll: false,
			limit: 2 * PAGE + 5,
		});
		expect(result.items.map((i) => i.json.id)).toEqual(all.slice(0, 2 * PAGE + 5).map((r) => r.id));
		expect(server.requests.map((r) => query(r).page)).toEqual(['1', '2', '3']);
	});

	test('an empty page ends the list when the answer has no hasNext', async () => {
		server.handler = (request) => {
			const page = Number(query(request).page);
			return { body: { locations: page <= 3 ? records(`p${page}-`, 5) : [] } };
		};
		const result = await run({
			resource: 'saasSubAccount',
			operation: 'getAll',
			companyId: COMPANY,
			returnAll: true,
		});
		expect(result.items).toHaveLength(15);
		expect(server.requests.map((r) => query(r).page)).toEqual(['1', '2', '3', '4']);
	});
});
