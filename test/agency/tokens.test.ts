import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelAgency } from '../../nodes/GoHighLevelAgency/GoHighLevelAgency.node';
import { LOCATION, oauthCredentials, PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * Which token each Agency operation takes, through n8n's engine: agency-only operations run with an
 * agency token and are refused, before any request, with a sub-account one; operations HighLevel
 * closes to Private Integration Tokens refuse them; the sub-account picker's value is the location.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelAgency());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const COMPANY = 'company_Agency01';
const agencyPit = () => pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' });
const subPit = () => pitCredentials(server.baseUrl);
const agencyOAuth = () =>
	oauthCredentials(server.baseUrl, { userType: 'Company', locationId: '', companyId: COMPANY });
const subOAuth = () => oauthCredentials(server.baseUrl);

async function run(parameters: IDataObject, credentials: IDataObject) {
	const authentication =
		'goHighLevelOAuth2Api' in credentials ? 'oAuth2' : 'privateIntegrationToken';
	return await runNode({
		nodeType,
		parameters: { authentication, ...parameters } as never,
		credentials: credentials as never,
	});
}

const getCompany = { resource: 'company', operation: 'get', companyId: COMPANY };

describe('agency-only operations', () => {
	test('Company → Get runs with an agency Private Integration Token', async () => {
		server.handler = () => ({ body: { company: { id: COMPANY, name: 'Acme Agency' } } });
		const result = await run(getCompany, agencyPit());
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([{ id: COMPANY, name: 'Acme Agency' }]);
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		expect(request.rawPath).toBe(`/companies/${COMPANY}`);
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.headers.version).toBe('2021-07-28');
		expect((await loadSpec('companies')).validate(request)).toEqual([]);
	});

	test('Company → Get runs with an OAuth2 agency install', async () => {
		server.handler = () => ({ body: { company: { id: COMPANY } } });
		const result = await run(getCompany, agencyOAuth());
		expect(result.error).toBeUndefined();
		expect(server.requests[0].headers.authorization).toBe('Bearer oauth-access-old');
	});

	test.each([
		['a sub-account Private Integration Token', subPit],
		['an OAuth2 sub-account install', subOAuth],
	])(
		'Company → Get with %s is refused before any request, naming the credential it needs',
		async (_label, credentials) => {
			const result = await run(getCompany, credentials());
			expect(result.error?.message).toBe('"Get a company" needs an agency token');
			expect(result.error?.description).toMatch(
				/GoHighLevel OAuth2 API credential (connected )?to the agency/,
			);
			expect(result.error?.description).toContain('Token Type "Agency"');
			expect(server.requests).toHaveLength(0);
		},
	);

	test('the same holds for a sub-account picked on the node: Sub-Account → Update', async () => {
		const result = await run(
			{
				resource: 'subAccount',
				operation: 'update',
				locationId: { __rl: true, mode: 'list', value: LOCATION },
				companyId: COMPANY,
				updateFields: { name: 'Renamed' },
			},
			subPit(),
		);
		expect(result.error?.message).toBe('"Update a sub account" needs an agency token');
		expect(server.requests).toHaveLength(0);
	});
});

describe('operations closed to Private Integration Tokens (the spec’s *-Only schemes)', () => {
	test.each([
		[
			'an agency token: OAuth → Get Location Token',
			agencyPit,
			{
				resource: 'oauth',
				operation: 'getLocationToken',
				companyId: COMPANY,
				locationId: LOCATION,
			},
			'Get a sub account token from the agency token',
		],
		[
			'an agency token: OAuth → Get Installed Locations',
			agencyPit,
			{ resource: 'oauth', operation: 'getInstalledLocations', companyId: COMPANY, appId: 'app1' },
			'Get the sub accounts an app is installed in',
		],
		[
			'a sub-account token: Marketplace Charge → Get',
			subPit,
			{ resource: 'marketplaceCharge', operation: 'get', chargeId: 'ch1' },
			'Get a charge',
		],
		[
			'a sub-account token: Marketplace App → Get Installer Details',
			subPit,
			{ resource: 'marketplaceApp', operation: 'getInstaller', appId: 'app1' },
			'Get who installed an app',
		],
	])('%s is refused before any request', async (_label, credentials, parameters, action) => {
		const result = await run(parameters, credentials());
		expect(result.error?.message).toBe(`"${action}" does not accept a Private Integration Token`);
		expect(result.error?.description).toMatch(/[Ss]witch Authentication to OAuth2/);
		expect(server.requests).toHaveLength(0);
	});

	test('Marketplace Charge → Get runs with an OAuth2 token of the app', async () => {
		server.handler = () => ({ body: { chargeId: 'ch1', units: 3 } });
		const result = await run(
			{ resource: 'marketplaceCharge', operation: 'get', chargeId: 'ch 1' },
			subOAuth(),
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ chargeId: 'ch1', units: 3 });
		expect(server.requests[0].rawPath).toBe('/marketplace/billing/charges/ch%201');
		expect(server.requests[0].headers.version).toBeUndefined();
		expect((await loadSpec('marketplace')).validate(server.requests[0])).toEqual([]);
	});
});

describe('OAuth → Get Location Token', () => {
	test('sends the company and the picked sub-account form-encoded, and returns the token', async () => {
		server.handler = () => ({
			body: {
				access_token: 'loc-token',
				token_type: 'Bearer',
				expires_in: 86399,
				locationId: 'loc 2',
			},
		});
		const result = await run(
			{
				resource: 'oauth',
				operation: 'getLocationToken',
				companyId: COMPANY,
				locationId: { __rl: true, mode: 'list', value: 'loc 2' },
			},
			agencyOAuth(),
		);
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toMatchObject({ access_token: 'loc-token', locationId: 'loc 2' });
		const [request] = server.requests;
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe('/oauth/locationToken');
		expect(String(request.headers['content-type'])).toMatch(/^application\/x-www-form-urlencoded/);
		expect(request.rawBody).toBe(`companyId=${COMPANY}&locationId=loc+2`);
		expect(request.headers.authorization).toBe('Bearer oauth-access-old');
		expect((await loadSpec('oauth')).validate(request)).toEqual([]);
	});

	test('an agency install without a sub-account picked stops before any request', async () => {
		const result = await run(
			{ resource: 'oauth', operation: 'getLocationToken', companyId: COMPANY },
			agencyOAuth(),
		);
		expect(result.error?.message).toBe('No HighLevel location (sub-account) ID is set');
		expect(server.requests).toHaveLength(0);
	});
});

describe('the sub-account picker', () => {
	test.each([
		['From List', { __rl: true, mode: 'list', value: 'loc/1' }, '/locations/loc%2F1'],
		['By ID', { __rl: true, mode: 'id', value: 'loc2' }, '/locations/loc2'],
		[
			'By URL',
			{ __rl: true, mode: 'url', value: 'https://app.gohighlevel.com/v2/location/loc3/dashboard' },
			'/locations/loc3',
		],
	])('%s: the picked sub-account is the location in the path', async (_mode, locationId, path) => {
		server.handler = () => ({ body: { location: { id: 'x', name: 'Mark Shoes' } } });
		const result = await run({ resource: 'subAccount', operation: 'get', locationId }, agencyPit());
		expect(result.error).toBeUndefined();
		expect(result.items[0].json).toEqual({ id: 'x', name: 'Mark Shoes' });
		expect(server.requests[0].rawPath).toBe(path);
	});

	test('left empty, a sub-account token acts on its own location', async () => {
		server.handler = () => ({ body: {} });
		await run({ resource: 'subAccount', operation: 'getTimezones' }, subPit());
		expect(server.requests[0].rawPath).toBe(`/locations/${LOCATION}/timezones`);
	});

	test('left empty with an agency token, an operation on a sub-account stops before any request', async () => {
		const result = await run({ resource: 'subAccount', operation: 'get' }, agencyPit());
		expect(result.error?.message).toBe('No HighLevel location (sub-account) ID is set');
		expect(result.error?.description).toContain('Set "Location ID" on this node');
		expect(server.requests).toHaveLength(0);
	});
});

test('Sub-Account → Delete sends the Twilio choice, as HighLevel requires', async () => {
	server.handler = () => ({ body: { success: true } });
	for (const deleteTwilioAccount of [false, true]) {
		await run(
			{
				resource: 'subAccount',
				operation: 'delete',
				locationId: { __rl: true, mode: 'id', value: LOCATION },
				deleteTwilioAccount,
			},
			agencyPit(),
		);
	}
	expect(server.requests.map((r) => [r.method, r.rawPath, r.query.deleteTwilioAccount])).toEqual([
		['DELETE', `/locations/${LOCATION}`, 'false'],
		['DELETE', `/locations/${LOCATION}`, 'true'],
	]);
	const spec = await loadSpec('locations');
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
});

test('SaaS Sub-Account → Get by Stripe returns the list of IDs as one item', async () => {
	server.handler = () => ({ body: ['loc1', 'loc2'] });
	const result = await run(
		{
			resource: 'saasSubAccount',
			operation: 'getByStripePublicApi',
			companyId: COMPANY,
			// Optional on the deprecated path; the current one requires them.
			additionalFields: { customerId: 'cus_1', subscriptionId: 'sub_1' },
		},
		agencyPit(),
	);
	expect(result.error).toBeUndefined();
	expect(result.items.map((i) => i.json)).toEqual([{ locationIds: ['loc1', 'loc2'] }]);
	expect(server.requests[0].rawPath).toBe('/saas-api/public-api/locations');
	expect(server.requests[0].query).toEqual({
		companyId: COMPANY,
		customerId: 'cus_1',
		subscriptionId: 'sub_1',
	});
});
