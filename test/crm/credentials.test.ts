import { Workflow, type INodeType } from 'n8n-workflow';

import { GoHighLevelOAuth2Api } from '../../credentials/GoHighLevelOAuth2Api.credentials';
import { GoHighLevelPrivateIntegrationApi } from '../../credentials/GoHighLevelPrivateIntegrationApi.credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runCrm } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

/**
 * n8n tests a credential by running its `test.request` through the routing engine as the request
 * defaults of a node with no parameters; this does the same with the Private Integration Token.
 */
const credentialTestNode: INodeType = loadDeclarativeNode({
	description: {
		displayName: 'Credential Test',
		name: 'credentialTest',
		group: ['transform'],
		version: 1,
		description: 'Runs a credential test request',
		defaults: { name: 'Credential Test' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'goHighLevelPrivateIntegrationApi', required: true }],
		requestDefaults: new GoHighLevelPrivateIntegrationApi().test.request,
		properties: [],
	},
});

describe('Private Integration Token credential test', () => {
	test('a sub-account token is tested by reading its own location', async () => {
		server.handler = () => ({ body: { location: { id: 'loc 1/2' } } });
		const result = await runCrm({
			nodeType: credentialTestNode,
			parameters: {},
			credentials: pitCredentials(`${server.baseUrl}/`, { locationId: 'loc 1/2' }),
		});
		expect(result.error).toBeUndefined();
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe('GET /locations/loc%201%2F2');
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.headers.version).toBe('2021-07-28');
		const spec = await loadSpec('locations');
		expect(spec?.validate(request) ?? []).toEqual([]);
	});

	test('an agency token is tested with a location search', async () => {
		server.handler = () => ({ body: { locations: [] } });
		await runCrm({
			nodeType: credentialTestNode,
			parameters: {},
			credentials: pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' }),
		});
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe('GET /locations/search');
		expect(request.query).toEqual({ limit: '1' });
		const spec = await loadSpec('locations');
		expect(spec?.validate(request) ?? []).toEqual([]);
	});

	test('a refused token fails the test', async () => {
		server.handler = () => ({
			status: 401,
			body: { statusCode: 401, message: 'Invalid Private Integration token' },
		});
		const result = await runCrm({
			nodeType: credentialTestNode,
			parameters: {},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error?.message).toMatch(/Authorization failed|401/);
	});
});

describe('OAuth2 credential', () => {
	const credential = new GoHighLevelOAuth2Api();
	const property = (name: string) => credential.properties.find((p) => p.name === name)!;

	test("offers HighLevel's standard and white-label v2 pages, or the API base URL's host", () => {
		expect(
			(property('marketplace').options ?? []).map((o) => ('value' in o ? o.value : undefined)),
		).toEqual([
			'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
			'https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation',
			'apiBaseUrl',
		]);
		expect(property('authUrl').type).toBe('hidden');
	});

	/** The credential's hidden URL expressions, resolved the way n8n does: against its own fields. */
	function resolved(name: string, self: Record<string, string>): unknown {
		const workflow = new Workflow({
			nodes: [],
			connections: {},
			active: false,
			nodeTypes: { getByName: () => undefined, getByNameAndVersion: () => undefined } as never,
		});
		const node = { name: 'x', parameters: {} } as never;
		return workflow.expression.getComplexParameterValue(
			node,
			{ [name]: property(name).default },
			'internal',
			{},
			undefined,
			undefined,
			self,
		)?.[name as never];
	}

	test('the authorization page and token endpoint follow the chosen marketplace and API base URL', () => {
		const standard = 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation';
		const highLevel = { marketplace: standard, baseUrl: 'https://services.leadconnectorhq.com' };
		expect(resolved('authUrl', highLevel)).toBe(standard);
		expect(resolved('accessTokenUrl', highLevel)).toBe(
			'https://services.leadconnectorhq.com/oauth/token',
		);
		const sandbox = { marketplace: 'apiBaseUrl', baseUrl: 'http://127.0.0.1:4010/' };
		expect(resolved('authUrl', sandbox)).toBe('http://127.0.0.1:4010/oauth/chooselocation');
		expect(resolved('accessTokenUrl', sandbox)).toBe('http://127.0.0.1:4010/oauth/token');
		// A credential saved without a base URL keeps HighLevel's token endpoint.
		expect(resolved('accessTokenUrl', { marketplace: standard, baseUrl: '' })).toBe(
			'https://services.leadconnectorhq.com/oauth/token',
		);
	});

	test('exchanges codes with the client credentials in the body', () => {
		expect(property('authentication').default).toBe('body');
		expect(property('grantType').default).toBe('authorizationCode');
		expect(credential.extends).toEqual(['oAuth2Api']);
	});

	test("does not reuse n8n's own HighLevel credential names", () => {
		expect([credential.name, new GoHighLevelPrivateIntegrationApi().name]).not.toContain(
			'highLevelOAuth2Api',
		);
		expect([credential.name, new GoHighLevelPrivateIntegrationApi().name]).not.toContain(
			'highLevelApi',
		);
	});
});
