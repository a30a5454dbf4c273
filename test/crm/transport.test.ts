import type { IDataObject } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { oauthCredentials, PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

// The rate limiter lives for the process, per (credential, location): each test uses its own location.
let locationCounter = 0;
const freshLocation = () => `loc_Transport${++locationCounter}`;
const getContact = (contactId: string) => ({ resource: 'contact', operation: 'get', contactId });
const ok = { body: { contact: { id: 'c1' } } };

/** Most requests the server received within any window of `intervalMs`. */
function maxInWindow(times: number[], intervalMs: number): number {
	const sorted = [...times].sort((a, b) => a - b);
	let max = 0;
	for (let start = 0, end = 0; end < sorted.length; end++) {
		while (sorted[end] - sorted[start] >= intervalMs) start++;
		max = Math.max(max, end - start + 1);
	}
	return max;
}

describe('throttling', () => {
	test('300 items against a 30 requests / 300 ms limit all succeed without exceeding it', async () => {
		const rule = { max: 30, intervalMs: 300 };
		server.rateLimit = rule;
		server.handler = (request) => ({
			body: { contact: { id: decodeURIComponent(request.rawPath.split('/')[2]) } },
		});
		const items = Array.from({ length: 300 }, (_, i) => ({ json: { id: `c${i}` } }));
		const started = Date.now();
		const result = await runCrm({
			parameters: getContact('={{ $json.id }}'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
			items,
		});
		const elapsed = Date.now() - started;
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(items.map((i) => i.json.id));
		const received = maxInWindow(
			server.requests.map((r) => r.receivedAt),
			rule.intervalMs,
		);
		console.log(
			`throttling: ${server.requests.length} requests for 300 items in ${elapsed} ms; ` +
				`max received in any ${rule.intervalMs} ms window: ${received} (limit ${rule.max}); 429s: ${server.rejected429}`,
		);
		expect(received).toBeLessThanOrEqual(rule.max);
		expect(server.rejected429).toBe(0);
	});

	test('a lower X-RateLimit-Remaining (another workflow using the location) slows this one down', async () => {
		const location = freshLocation();
		// The server says only 2 requests are left in a 400 ms window, whatever this node has sent.
		server.handler = () => ({
			...ok,
			headers: {
				'x-ratelimit-max': '100',
				'x-ratelimit-interval-milliseconds': '400',
				'x-ratelimit-remaining': '2',
			},
		});
		const items = Array.from({ length: 6 }, () => ({ json: {} }));
		await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: location }),
			items,
		});
		const times = server.requests.map((r) => r.receivedAt);
		expect(times).toHaveLength(6);
		// Without the server's count all six would go at once (limit 100); with it they are spread out.
		expect(maxInWindow(times, 400)).toBeLessThanOrEqual(3);
	});
});

describe('429 and the daily limit', () => {
	test('a 429 is retried after the Retry-After the server gives', async () => {
		let calls = 0;
		server.handler = () =>
			++calls === 1
				? {
						status: 429,
						body: { statusCode: 429, message: 'Too many requests' },
						headers: { 'retry-after': '0.3' },
					}
				: ok;
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		expect(server.requests[1].receivedAt - server.requests[0].receivedAt).toBeGreaterThanOrEqual(
			280,
		);
	});

	test('without Retry-After, the wait is X-RateLimit-Interval-Milliseconds', async () => {
		let calls = 0;
		server.handler = () =>
			++calls === 1
				? {
						status: 429,
						body: { message: 'Too many requests' },
						headers: {
							'x-ratelimit-interval-milliseconds': '250',
							'x-ratelimit-max': '100',
							'x-ratelimit-remaining': '0',
						},
					}
				: ok;
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[1].receivedAt - server.requests[0].receivedAt).toBeGreaterThanOrEqual(
			230,
		);
	});

	test('a POST answered 429 is retried too (nothing was created)', async () => {
		let calls = 0;
		server.handler = () =>
			++calls === 1
				? {
						status: 429,
						body: { message: 'Too many requests' },
						headers: { 'retry-after': '0.05' },
					}
				: { status: 201, body: { contact: { id: 'new' } } };
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'create', email: 'a@b.co' },
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.items[0].json).toEqual({ id: 'new' });
		expect(server.requests).toHaveLength(2);
	});

	test('a spent daily quota fails at once, naming the daily limit', async () => {
		server.handler = () => ({
			status: 429,
			body: { statusCode: 429, message: 'Daily limit reached' },
			headers: {
				'x-ratelimit-limit-daily': '200000',
				'x-ratelimit-daily-remaining': '0',
				'retry-after': '0.05',
			},
		});
		const started = Date.now();
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(server.requests).toHaveLength(1);
		expect(Date.now() - started).toBeLessThan(2000);
		expect(result.error?.message).toMatch(/Daily API limit reached/);
		expect(result.error?.description).toMatch(/daily limit of 200000 requests/);
	});

	test('429s that never stop end in a clear error after a bounded number of tries', async () => {
		server.handler = () => ({
			status: 429,
			body: { message: 'Too many requests' },
			headers: { 'retry-after': '0.01' },
		});
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(server.requests).toHaveLength(7);
		expect(result.error?.message).toMatch(/Rate limit reached/);
	});
});

describe('transient failures', () => {
	test('5xx on a GET is retried with backoff', async () => {
		let calls = 0;
		server.handler = () => (++calls < 3 ? { status: 503, body: { message: 'unavailable' } } : ok);
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(3);
	});

	test('5xx on a create (POST) is not repeated', async () => {
		server.handler = () => ({ status: 502, body: { message: 'bad gateway' } });
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'create', email: 'a@b.co' },
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toMatch(/bad gateway/);
		expect((result.error as { httpCode?: string }).httpCode).toBe('502');
	});

	test('5xx on a search (a POST that only reads) is retried', async () => {
		let calls = 0;
		server.handler = () =>
			++calls === 1
				? { status: 500, body: { message: 'oops' } }
				: { body: { contacts: [{ id: 'c1' }], total: 1 } };
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.items).toHaveLength(1);
		expect(server.requests).toHaveLength(2);
	});

	test('a dropped connection on a GET is retried', async () => {
		let calls = 0;
		server.handler = () => (++calls === 1 ? { destroy: true } : ok);
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
	});
});

describe('authentication', () => {
	test('OAuth2: a 401 refreshes the token once through n8n and retries', async () => {
		server.handler = (request) => {
			if (request.rawPath === '/oauth/token') {
				return {
					body: {
						access_token: 'oauth-access-new',
						refresh_token: 'oauth-refresh-new',
						expires_in: 86399,
						token_type: 'Bearer',
					},
				};
			}
			if (request.headers.authorization === 'Bearer oauth-access-old')
				return { status: 401, body: { message: 'Invalid JWT' } };
			return { body: { contacts: [{ id: 'c1' }], total: 1 } };
		};
		const result = await runCrm({
			parameters: {
				authentication: 'oAuth2',
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
			},
			credentials: oauthCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(
			server.requests.map((r) =>
				`${r.method} ${r.rawPath} ${r.headers.authorization ?? ''}`.trim(),
			),
		).toEqual([
			'POST /contacts/search Bearer oauth-access-old',
			'POST /oauth/token',
			'POST /contacts/search Bearer oauth-access-new',
		]);
		const tokenRequest = new URLSearchParams(server.requests[1].rawBody);
		expect(tokenRequest.get('grant_type')).toBe('refresh_token');
		expect(tokenRequest.get('refresh_token')).toBe('oauth-refresh-old');
		expect(tokenRequest.get('client_id')).toBe('client-id-1');
		// The location comes from the OAuth token response, and survives the refresh.
		expect((server.requests[2].body as IDataObject).locationId).toBe('loc_FromOAuth001');
		expect(result.credentialsHelper.oauthTokenUpdates).toHaveLength(1);
		expect(result.credentialsHelper.oauthTokenUpdates[0].oauthTokenData).toMatchObject({
			access_token: 'oauth-access-new',
			refresh_token: 'oauth-refresh-new',
			locationId: 'loc_FromOAuth001',
		});
	});

	test('a 401 with a Private Integration Token names the scopes to check and never the token', async () => {
		server.handler = () => ({
			status: 401,
			body: { statusCode: 401, message: 'The token is not authorized for this scope.' },
		});
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.error?.message).toBe(
			'Authorization failed: The token is not authorized for this scope.',
		);
		expect(result.error?.description).toMatch(/contacts\.readonly/);
		expect(JSON.stringify(result.run)).not.toContain(PIT_TOKEN);
	});

	test('an agency token without a location gets a clear error before any request', async () => {
		const result = await runCrm({
			parameters: {
				authentication: 'oAuth2',
				resource: 'contact',
				operation: 'create',
				email: 'a@b.co',
			},
			credentials: oauthCredentials(server.baseUrl, {
				userType: 'Company',
				companyId: 'company_1',
				locationId: '',
			}),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('No HighLevel location (sub-account) ID is set');
		expect(result.error?.description).toMatch(/Location ID/);
	});

	test("the node's Location ID overrides the credential's", async () => {
		server.handler = () => ({ status: 201, body: { contact: { id: 'c1' } } });
		await runCrm({
			parameters: {
				resource: 'contact',
				operation: 'create',
				email: 'a@b.co',
				locationId: 'loc_Override01',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect((server.requests[0].body as IDataObject).locationId).toBe('loc_Override01');
	});
});

describe('errors from HighLevel', () => {
	test("a 422's list of messages becomes the error message", async () => {
		server.handler = () => ({
			status: 422,
			body: {
				statusCode: 422,
				message: ['email must be an email', 'phone is invalid'],
				error: 'Unprocessable Entity',
			},
		});
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'create', email: 'nope' },
			credentials: pitCredentials(server.baseUrl, { locationId: freshLocation() }),
		});
		expect(result.error?.message).toBe('Invalid input: email must be an email; phone is invalid');
		expect((result.error as { httpCode?: string }).httpCode).toBe('422');
	});
});
