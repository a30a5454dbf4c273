import type { IDataObject, INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import {
	authenticationProperty,
	credentials,
	requestDefaults,
} from '../../nodes/shared/authentication';
import { nodeProperties } from '../../nodes/shared/builder/node';
import type { ResourceDefinition } from '../../nodes/shared/builder/types';
import oauthFacts from '../../nodes/shared/spec/oauth.json';
import type { AreaFacts } from '../../nodes/shared/spec/types';
import { oauthCredentials, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runCrm, runListSearch, runNode } from '../helpers/harness';

/**
 * One agency credential for every sub-account: the agency OAuth2 token is exchanged for each
 * location's token, and the token rules of HighLevel are kept, through n8n's real engine against a
 * local server that refuses an agency token on a sub-account endpoint as HighLevel does.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());

const AGENCY_TOKEN = 'oauth-access-old';
const REFRESHED_AGENCY_TOKEN = 'oauth-access-new';
const AGENCY_PIT = 'agency-pit-secret-0123';

/** Each test acts for its own company, so that cached tokens and rate limits never carry over. */
let companyCounter = 0;
let company = '';
let expiresIn = 86399;
/** Location tokens the server issued, in order, and the location each is for. */
let issued: Array<{ token: string; location: string }> = [];
/** Location tokens the server no longer accepts. */
let revoked = new Set<string>();

const exchanges = () => server.requests.filter((r) => r.rawPath === '/oauth/locationToken');
const bearer = (request: CapturedRequest) =>
	String(request.headers.authorization ?? '').replace(/^Bearer /, '');
const form = (request: CapturedRequest) => Object.fromEntries(new URLSearchParams(request.rawBody));

function agencyCredentials() {
	return oauthCredentials(server.baseUrl, {
		userType: 'Company',
		companyId: company,
		locationId: '',
	});
}

beforeEach(() => {
	server.reset();
	company = `comp_${++companyCounter}`;
	expiresIn = 86399;
	issued = [];
	revoked = new Set();
	server.tokenRules = { agency: [AGENCY_TOKEN, REFRESHED_AGENCY_TOKEN, AGENCY_PIT], sub: [] };
	server.handler = (request) => {
		if (request.rawPath === '/oauth/locationToken') {
			const { companyId, locationId } = form(request);
			if (companyId !== company) return { status: 400, body: { message: 'wrong company' } };
			const token = `loc-token-${locationId}-${issued.length + 1}`;
			issued.push({ token, location: locationId });
			server.tokenRules?.sub.push(token);
			return {
				body: {
					access_token: token,
					token_type: 'Bearer',
					expires_in: expiresIn,
					scope: 'locations/customValues.readonly',
					locationId,
					userId: 'user_1',
				},
			};
		}
		if (revoked.has(bearer(request))) {
			return { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } };
		}
		const location = /^\/locations\/([^/]+)\/customValues$/.exec(request.rawPath)?.[1];
		if (location) return { body: { customValues: [{ id: `cv-${location}` }] } };
		if (request.rawPath === '/oauth/installedLocations') {
			return { body: { locations: [{ _id: 'loc_A', name: 'Alpha', address: '' }], count: 1 } };
		}
		return { body: {} };
	};
});

const customValues = {
	authentication: 'oAuth2',
	resource: 'customValue',
	operation: 'getAll',
	returnAll: true,
	locationId: '={{ $json.location }}',
};
const itemsFor = (locations: string[], perLocation: number) =>
	locations.flatMap((location) =>
		Array.from({ length: perLocation }, () => ({ json: { location } as IDataObject })),
	);

describe('exchange and reuse', () => {
	test('100 items over 5 locations make exactly 5 exchanges, each location called with its own token', async () => {
		const locations = ['loc_1', 'loc_2', 'loc_3', 'loc_4', 'loc_5'];
		const result = await runCrm({
			parameters: customValues,
			credentials: agencyCredentials(),
			items: itemsFor(locations, 20),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(100);
		expect(exchanges()).toHaveLength(5);
		for (const exchange of exchanges()) {
			expect(exchange.method).toBe('POST');
			expect(exchange.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
			expect(exchange.headers.version).toBe('2021-07-28');
			expect(bearer(exchange)).toBe(AGENCY_TOKEN);
			expect(Object.keys(form(exchange)).sort()).toEqual(['companyId', 'locationId']);
		}
		expect(
			exchanges()
				.map((r) => form(r).locationId)
				.sort(),
		).toEqual(locations);
		const calls = server.requests.filter((r) => r.rawPath.endsWith('/customValues'));
		expect(calls).toHaveLength(100);
		for (const call of calls) {
			const location = call.rawPath.split('/')[2];
			expect(issued.find((t) => t.token === bearer(call))?.location).toBe(location);
		}
		expect(server.tokenRefusals).toHaveLength(0);
		// No token in the output or anywhere in the run data.
		const run = JSON.stringify(result.run);
		expect(run).not.toContain('loc-token-');
		expect(run).not.toContain(AGENCY_TOKEN);
	});

	test('a token about to expire is exchanged again, once; a valid one is reused across executions', async () => {
		expiresIn = 1;
		const run = async () =>
			await runCrm({
				parameters: customValues,
				credentials: agencyCredentials(),
				items: itemsFor(['loc_exp'], 5),
			});
		expect((await run()).error).toBeUndefined();
		expect(exchanges()).toHaveLength(1);
		await new Promise((resolve) => setTimeout(resolve, 1000));
		expiresIn = 86399;
		expect((await run()).error).toBeUndefined();
		expect(exchanges()).toHaveLength(2);
		expect((await run()).error).toBeUndefined();
		expect(exchanges()).toHaveLength(2);
	});

	test('a 401 of the sub-account call leads to one new exchange, and the items succeed', async () => {
		await runCrm({
			parameters: customValues,
			credentials: agencyCredentials(),
			items: itemsFor(['loc_401'], 1),
		});
		expect(exchanges()).toHaveLength(1);
		revoked.add(issued[0].token);
		const result = await runCrm({
			parameters: customValues,
			credentials: agencyCredentials(),
			items: itemsFor(['loc_401'], 10),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(10);
		expect(exchanges()).toHaveLength(2);
		// The agency token was not refreshed: the 401 was the location token's.
		expect(server.requests.filter((r) => r.rawPath === '/oauth/token')).toHaveLength(0);
		expect(result.credentialsHelper.oauthTokenUpdates).toHaveLength(0);
	});

	test('a 401 of a lookup (the custom field definitions) leads to one new exchange too', async () => {
		server.handler = ((previous) => (request: CapturedRequest) =>
			!revoked.has(bearer(request)) && request.rawPath.endsWith('/customFields')
				? {
						body: {
							customFields: [
								{ id: 'cf1', name: 'Color', fieldKey: 'contact.color', dataType: 'TEXT' },
							],
						},
					}
				: previous(request))(server.handler);
		await runCrm({
			parameters: customValues,
			credentials: agencyCredentials(),
			items: itemsFor(['loc_lookup'], 1),
		});
		revoked.add(issued[0].token);
		const result = await runCrm({
			parameters: {
				authentication: 'oAuth2',
				resource: 'contact',
				operation: 'create',
				email: 'ada@example.com',
				locationId: '={{ $json.location }}',
				additionalFields: { customFields: { field: [{ id: 'Color', value: 'red' }] } },
			},
			credentials: agencyCredentials(),
			items: itemsFor(['loc_lookup'], 1),
		});
		expect(result.error).toBeUndefined();
		expect(exchanges()).toHaveLength(2);
		const write = server.requests.find((r) => r.method === 'POST' && r.rawPath === '/contacts/');
		expect(bearer(write as CapturedRequest)).toBe(issued[1].token);
		expect((write?.body as IDataObject).customFields).toEqual([{ id: 'cf1', field_value: 'red' }]);
	});

	test('a location token refused again after the new exchange fails the item, without a third exchange', async () => {
		server.handler = ((previous) => (request: CapturedRequest) =>
			request.rawPath.endsWith('/customValues')
				? { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } }
				: previous(request))(server.handler);
		const result = await runCrm({
			parameters: customValues,
			credentials: agencyCredentials(),
			items: itemsFor(['loc_dead'], 1),
		});
		expect(result.error?.message).toBe('Authorization failed: Invalid JWT');
		expect(exchanges()).toHaveLength(2);
		expect(JSON.stringify(result.run)).not.toContain('loc-token-');
	});

	test('an expired agency token is refreshed by n8n during the exchange', async () => {
		server.handler = ((previous) => (request: CapturedRequest) => {
			if (request.rawPath === '/oauth/token') {
				return {
					body: {
						access_token: REFRESHED_AGENCY_TOKEN,
						refresh_token: 'oauth-refresh-new',
						token_type: 'Bearer',
						expires_in: 86399,
						userType: 'Company',
						companyId: company,
					},
				};
			}
			if (request.rawPath === '/oauth/locationToken' && bearer(request) === AGENCY_TOKEN) {
				return { status: 401, body: { statusCode: 401, message: 'Invalid JWT' } };
			}
			return previous(request);
		})(server.handler);
		const result = await runCrm({
			parameters: customValues,
			credentials: agencyCredentials(),
			items: itemsFor(['loc_refresh'], 3),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.filter((r) => r.rawPath === '/oauth/token')).toHaveLength(1);
		expect(exchanges().map(bearer)).toEqual([AGENCY_TOKEN, REFRESHED_AGENCY_TOKEN]);
		expect(result.credentialsHelper.oauthTokenUpdates[0].oauthTokenData).toMatchObject({
			access_token: REFRESHED_AGENCY_TOKEN,
			companyId: company,
		});
	});

	test('a plain string Location ID saved before the picker existed still works', async () => {
		const result = await runCrm({
			parameters: { ...customValues, locationId: 'loc_plain' },
			credentials: agencyCredentials(),
			asSaved: true,
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.at(-1)?.rawPath).toBe('/locations/loc_plain/customValues');
	});

	test('the picker value and a URL give the location too', async () => {
		for (const [locationId, expected] of [
			[{ __rl: true, mode: 'list', value: 'loc_list', cachedResultName: 'List' }, 'loc_list'],
			[
				{
					__rl: true,
					mode: 'url',
					value: 'https://app.gohighlevel.com/v2/location/loc_url/dashboard',
				},
				'loc_url',
			],
		] as const) {
			const result = await runCrm({
				parameters: { ...customValues, locationId },
				credentials: agencyCredentials(),
				asSaved: true,
			});
			expect(result.error).toBeUndefined();
			expect(server.requests.at(-1)?.rawPath).toBe(`/locations/${expected}/customValues`);
		}
	});
});

/** A node over the OAuth endpoints: `GET /oauth/installedLocations` is Agency-Access-Only. */
const installs: ResourceDefinition = {
	value: 'install',
	name: 'Install',
	noun: { one: 'install', many: 'installs' },
	facts: [oauthFacts as AreaFacts],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /oauth/installedLocations',
			list: { records: 'locations' },
		},
	],
};
class AgencyOnlyTestNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Agency Only Test',
		name: 'agencyOnlyTest',
		group: ['transform'],
		version: 1,
		description: 'An Agency-Access-Only operation',
		defaults: { name: 'Agency Only Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties([installs], 'install')],
	};
}
const agencyOnlyNode = loadDeclarativeNode(new AgencyOnlyTestNode());
const installedLocations = (authentication: string) => ({
	authentication,
	resource: 'install',
	operation: 'getAll',
	returnAll: true,
	companyId: '={{ "comp" }}',
	appId: 'app_1',
});

describe('token rules, checked before any request', () => {
	test('an agency-only operation runs with the agency OAuth2 token, sent as it is', async () => {
		const result = await runNode({
			nodeType: agencyOnlyNode,
			parameters: installedLocations('oAuth2'),
			credentials: agencyCredentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json._id)).toEqual(['loc_A']);
		expect(server.requests).toHaveLength(1);
		expect(bearer(server.requests[0])).toBe(AGENCY_TOKEN);
		expect(exchanges()).toHaveLength(0);
	});

	test('the same operation with a sub-account OAuth2 credential is refused, naming the credential it needs', async () => {
		const result = await runNode({
			nodeType: agencyOnlyNode,
			parameters: installedLocations('oAuth2'),
			credentials: oauthCredentials(server.baseUrl),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('"Get many installs" needs an agency token');
		expect(result.error?.description).toMatch(/OAuth2 API credential to the agency/);
	});

	test('a sub-account Private Integration Token is refused on an agency operation', async () => {
		const result = await runCrm({
			parameters: {
				resource: 'customObject',
				operation: 'create',
				key: 'custom_objects.pets',
				labels: { singular: 'Pet', plural: 'Pets' },
				primaryDisplayPropertyDetails: { key: 'name', name: 'Name', dataType: 'TEXT' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/needs an agency token$/);
		expect(result.error?.description).toMatch(/Token Type "Agency"/);
	});

	test('a Private Integration Token on an Agency-Access-Only operation is refused, even an agency one', async () => {
		for (const tokenType of ['agency', 'subAccount']) {
			const result = await runNode({
				nodeType: agencyOnlyNode,
				parameters: installedLocations('privateIntegrationToken'),
				credentials: pitCredentials(server.baseUrl, { tokenType, token: AGENCY_PIT }),
			});
			expect(result.error?.message).toBe(
				'"Get many installs" does not accept a Private Integration Token',
			);
		}
		expect(server.requests).toHaveLength(0);
	});

	test('an agency Private Integration Token on a sub-account operation is refused: it cannot be exchanged', async () => {
		const result = await runCrm({
			parameters: { ...customValues, authentication: 'privateIntegrationToken' },
			credentials: pitCredentials(server.baseUrl, {
				tokenType: 'agency',
				token: AGENCY_PIT,
				locationId: '',
			}),
			items: itemsFor(['loc_1'], 1),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('"Get many custom values" needs a sub-account token');
		expect(result.error?.description).toMatch(/cannot exchange it/);
	});

	test('the test server does refuse an agency token on a sub-account endpoint', async () => {
		// The server's side of the rule, so that the tests above could catch a wrongly sent token.
		const result = await runCrm({
			parameters: { ...customValues, authentication: 'privateIntegrationToken' },
			credentials: pitCredentials(server.baseUrl, { token: AGENCY_PIT, locationId: 'loc_1' }),
		});
		// (n8n itself sends a request refused with 401 once more.)
		expect(server.tokenRefusals.length).toBeGreaterThan(0);
		expect(result.error?.message).toMatch(/^Authorization failed: This authClass type/);
	});
});

describe('rate limits follow the token sent', () => {
	test('each location, and the company, has its own budget', async () => {
		// HighLevel counts per app and per location or company: here, per token sent.
		server.rateLimit = { max: 4, intervalMs: 800, keyOf: bearer };
		const [subAccountRun, agencyRun] = await Promise.all([
			runCrm({
				parameters: customValues,
				credentials: agencyCredentials(),
				items: itemsFor(['loc_rl_A', 'loc_rl_B'], 6),
			}),
			runNode({
				nodeType: agencyOnlyNode,
				parameters: installedLocations('oAuth2'),
				credentials: agencyCredentials(),
				items: Array.from({ length: 6 }, () => ({ json: {} })),
			}),
		]);
		expect(subAccountRun.error).toBeUndefined();
		expect(agencyRun.error).toBeUndefined();
		expect(server.rejected429).toBe(0);
		expect(exchanges()).toHaveLength(2);
		// Two exchanges and six agency calls on the company's budget, six calls on each location's.
		const counts = new Map<string, number>();
		for (const request of server.requests)
			counts.set(bearer(request), (counts.get(bearer(request)) ?? 0) + 1);
		expect([...counts.values()].sort()).toEqual([6, 6, 8]);
		// The budgets were used side by side: within one window more requests went out than one
		// budget allows, and none was refused.
		const times = server.requests.map((r) => r.receivedAt).sort((a, b) => a - b);
		const busiest = Math.max(
			...times.map((start) => times.filter((t) => t >= start && t < start + 800).length),
		);
		expect(busiest).toBeGreaterThan(4);
		for (const max of server.maxAcceptedByKey.values()) expect(max).toBeLessThanOrEqual(4);
	});
});

describe('the Location ID picker', () => {
	test('an agency OAuth2 credential lists the installed sub-accounts, for its company and app', async () => {
		const credentialsWithClient = agencyCredentials();
		credentialsWithClient.goHighLevelOAuth2Api.clientId = '6578278e879ad2646715ba9c-lq3x9a';
		const result = await runListSearch({
			parameter: 'locationId',
			method: 'searchLocations',
			parameters: { authentication: 'oAuth2', resource: 'contact', operation: 'get' },
			credentials: credentialsWithClient,
			filter: 'Alp',
		});
		expect(result.results).toEqual([{ name: 'Alpha', value: 'loc_A' }]);
		const request = server.requests[0];
		expect(request.rawPath).toBe('/oauth/installedLocations');
		expect(request.query).toMatchObject({
			companyId: company,
			appId: '6578278e879ad2646715ba9c',
			query: 'Alp',
			isInstalled: 'true',
		});
		expect(bearer(request)).toBe(AGENCY_TOKEN);
	});

	test('an agency Private Integration Token searches the agency locations', async () => {
		server.handler = () => ({
			body: {
				locations: [
					{ id: 'loc_1', name: 'Dental Care' },
					{ id: 'loc_2', name: 'Roofing' },
				],
			},
		});
		const result = await runListSearch({
			parameter: 'locationId',
			method: 'searchLocations',
			parameters: { resource: 'contact', operation: 'get' },
			credentials: pitCredentials(server.baseUrl, {
				tokenType: 'agency',
				token: AGENCY_PIT,
				locationId: '',
			}),
			filter: 'roof',
		});
		expect(result.results).toEqual([{ name: 'Roofing', value: 'loc_2' }]);
		expect(server.requests[0].rawPath).toBe('/locations/search');
	});

	test('a record picker of an agency OAuth2 credential searches the chosen sub-account with its token', async () => {
		server.handler = ((previous) => (request: CapturedRequest) =>
			request.rawPath === '/contacts/search'
				? { body: { contacts: [{ id: 'c1', firstName: 'Ann' }] } }
				: previous(request))(server.handler);
		const result = await runListSearch({
			method: 'searchContacts',
			parameters: {
				authentication: 'oAuth2',
				resource: 'contact',
				operation: 'get',
				locationId: { __rl: true, mode: 'list', value: 'loc_pick' },
			},
			credentials: agencyCredentials(),
		});
		expect(result.results).toEqual([{ name: 'Ann', value: 'c1' }]);
		expect(exchanges()).toHaveLength(1);
		const search = server.requests.find((r) => r.rawPath === '/contacts/search')!;
		expect(bearer(search)).toBe(issued[0].token);
		expect((search.body as IDataObject).locationId).toBe('loc_pick');
		expect(server.tokenRefusals).toHaveLength(0);
	});
});
