import { createSandbox, type Sandbox } from '../../sandbox/server';

// HighLevel's OAuth as the sandbox plays it: the chooselocation page, the token endpoint (refresh
// tokens rotate), the agency → sub-account exchange, and the token rules of the API.
const CLIENT = { client_id: 'sandbox-client-id', client_secret: 'sandbox-client-secret' };
const CALLBACK = 'http://127.0.0.1:9/rest/oauth2-credential/callback';
const LOC1 = 'sandboxLocation0001';
const LOC2 = 'sandboxLocation0002';
const COMPANY = 'sandboxCompany00001';

let sb: Sandbox;
beforeAll(async () => {
	sb = createSandbox({});
	await sb.start();
});
afterAll(async () => await sb.stop());

interface TokenAnswer {
	access_token: string;
	refresh_token: string;
	userType: string;
	companyId: string;
	locationId?: string;
	expires_in: number;
	error?: string;
}

async function token(body: Record<string, string>) {
	const res = await fetch(`${sb.url}/oauth/token`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ ...CLIENT, ...body }),
	});
	return { status: res.status, body: (await res.json()) as TokenAnswer };
}

async function api(accessToken: string, path: string, init: RequestInit = {}) {
	const res = await fetch(`${sb.url}${path}`, {
		...init,
		headers: {
			Authorization: `Bearer ${accessToken}`,
			Version: '2021-07-28',
			'content-type': 'application/json',
			...(init.headers as Record<string, string>),
		},
	});
	return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Opens the chooselocation page, clicks the link of `which`, and returns the code sent back. */
async function install(which: 'location' | 'agency', state = 'st4te') {
	const query = new URLSearchParams({
		response_type: 'code',
		client_id: CLIENT.client_id,
		redirect_uri: CALLBACK,
		scope: 'contacts.readonly contacts.write',
		state,
	});
	const page = await (await fetch(`${sb.url}/v2/oauth/chooselocation?${query}`)).text();
	const link = new RegExp(`class="${which}"[^>]*href="([^"]+)"`).exec(page);
	expect(link).not.toBeNull();
	const res = await fetch(`${sb.url}${link![1].replace(/&amp;/g, '&')}`, { redirect: 'manual' });
	expect(res.status).toBe(302);
	const back = new URL(res.headers.get('location')!);
	expect(`${back.origin}${back.pathname}`).toBe(CALLBACK);
	expect(back.searchParams.get('state')).toBe(state);
	return back.searchParams.get('code')!;
}

describe('sandbox OAuth', () => {
	test('a sub-account install: code → tokens in HighLevel shape; a refresh rotates the refresh token', async () => {
		const code = await install('location');
		const first = await token({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK });
		expect(first.status).toBe(200);
		expect(first.body).toMatchObject({
			token_type: 'Bearer',
			expires_in: 86399,
			userType: 'Location',
			companyId: COMPANY,
			locationId: LOC1,
			scope: 'contacts.readonly contacts.write',
		});
		// A code is single-use.
		expect(
			(await token({ grant_type: 'authorization_code', code, redirect_uri: CALLBACK })).status,
		).toBe(400);
		expect((await api(first.body.access_token, `/contacts/?locationId=${LOC1}`)).status).toBe(200);
		expect(await api(first.body.access_token, `/contacts/?locationId=${LOC2}`)).toMatchObject({
			status: 403,
			body: { message: 'The token does not have access to this location.' },
		});

		expect(sb.oauth.expireAll()).toBeGreaterThan(0);
		expect((await api(first.body.access_token, `/contacts/?locationId=${LOC1}`)).status).toBe(401);
		const second = await token({
			grant_type: 'refresh_token',
			refresh_token: first.body.refresh_token,
		});
		expect(second.status).toBe(200);
		expect(second.body.refresh_token).not.toBe(first.body.refresh_token);
		expect((await api(second.body.access_token, `/contacts/?locationId=${LOC1}`)).status).toBe(200);
		// The spent refresh token is refused.
		expect(
			await token({ grant_type: 'refresh_token', refresh_token: first.body.refresh_token }),
		).toMatchObject({ status: 400, body: { error: 'invalid_grant' } });
	});

	test('wrong client credentials are refused', async () => {
		const res = await token({
			grant_type: 'refresh_token',
			refresh_token: 'x',
			client_secret: 'no',
		});
		expect(res).toMatchObject({ status: 401, body: { error: 'invalid_client' } });
	});

	test('an agency install: its token is refused on sub-account endpoints and exchanged for a location token', async () => {
		const code = await install('agency');
		const agency = (await token({ grant_type: 'authorization_code', code })).body;
		expect(agency).toMatchObject({ userType: 'Company', companyId: COMPANY });
		expect(agency.locationId).toBeUndefined();
		expect(await api(agency.access_token, `/contacts/?locationId=${LOC2}`)).toMatchObject({
			status: 401,
			body: { message: 'This authClass type is not allowed to access this scope.' },
		});
		const before = sb.oauth.view().exchanges.length;
		const exchanged = await api(agency.access_token, '/oauth/locationToken', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ companyId: COMPANY, locationId: LOC2 }).toString(),
		});
		expect(exchanged).toMatchObject({ status: 200, body: { locationId: LOC2 } });
		expect(sb.oauth.view().exchanges.slice(before)).toEqual([
			{ locationId: LOC2, at: expect.any(String) },
		]);
		const locationToken = exchanged.body.access_token as string;
		expect((await api(locationToken, `/contacts/?locationId=${LOC2}`)).status).toBe(200);
		expect((await api(locationToken, `/contacts/?locationId=${LOC1}`)).status).toBe(403);
		// An agency-only operation refuses the sub-account token.
		expect(
			(await api(locationToken, `/oauth/installedLocations?companyId=${COMPANY}&appId=app1`))
				.status,
		).toBe(401);
		expect(
			await api(agency.access_token, `/oauth/installedLocations?companyId=${COMPANY}&appId=app1`),
		).toMatchObject({ status: 200, body: { count: 2 } });
	});

	test('Private Integration Tokens: the agency one is refused on -Only operations and sub-account endpoints', async () => {
		const { agencyToken, token: subToken } = sb.config;
		const exchange = await api(agencyToken, '/oauth/locationToken', {
			method: 'POST',
			headers: { 'content-type': 'application/x-www-form-urlencoded' },
			body: new URLSearchParams({ companyId: COMPANY, locationId: LOC1 }).toString(),
		});
		expect(exchange.status).toBe(401);
		expect((await api(agencyToken, `/contacts/?locationId=${LOC1}`)).status).toBe(401);
		expect((await api(subToken, `/contacts/?locationId=${LOC1}`)).status).toBe(200);
	});

	test('the request log keeps no secret of the token endpoint', async () => {
		await token({ grant_type: 'refresh_token', refresh_token: 'rt-secret-value' });
		const logged = sb.requests.filter((r) => r.operation === 'oauth:token');
		expect(logged.length).toBeGreaterThan(0);
		expect(JSON.stringify(logged)).not.toMatch(
			/sandbox-client-secret|rt-secret-value|rt-[0-9a-f]{32}/,
		);
	});
});
