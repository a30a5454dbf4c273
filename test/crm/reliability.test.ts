import type { IDataObject, INodeExecutionData } from 'n8n-workflow';

import { MAX_PAGES } from '../../nodes/shared/transport/paging';
import { MAX_RATE_LIMITER_KEYS, RATE_LIMIT_BOUNDS } from '../../nodes/shared/transport/rateLimiter';
import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { runCrm, runListSearch } from '../helpers/harness';

/** The transport under misbehaving servers, bad input and cancellation (issue #7), through n8n's engine. */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

// The rate limiter lives for the process, per (credential, location): each test uses its own location.
let locationCounter = 0;
const freshLocation = () => `loc_Reliab${++locationCounter}`;
const credentials = (locationId = freshLocation()) =>
	pitCredentials(server.baseUrl, { locationId });
const getContact = (contactId: string) => ({ resource: 'contact', operation: 'get', contactId });
const ok = { body: { contact: { id: 'c1' } } };
const itemsOf = (count: number, json: (i: number) => IDataObject = () => ({})) =>
	Array.from({ length: count }, (_, i) => ({ json: json(i) }));

/** Fails instead of hanging when the execution does not end in time. */
async function within<T>(ms: number, promise: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	const deadline = new Promise<never>((_, reject) => {
		timer = setTimeout(() => reject(new Error(`not finished after ${ms} ms`)), ms);
	});
	try {
		return await Promise.race([promise, deadline]);
	} finally {
		clearTimeout(timer);
	}
}

/** Resolves once the server has received `count` requests. */
async function requestsReceived(count: number): Promise<void> {
	while (server.requests.length < count) await new Promise((r) => setTimeout(r, 5));
}

/** A promise with its resolve function, to hold answers back. */
function gate() {
	let open!: () => void;
	const opened = new Promise<void>((resolve) => (open = resolve));
	return { open, opened };
}

const errorsOf = (items: INodeExecutionData[]) =>
	items.map((item) => (item.error ? item.error.message : 'ok'));

describe('1. the limiter map', () => {
	test(`one execution whose items span ${MAX_RATE_LIMITER_KEYS + 1} locations finishes`, async () => {
		// An agency loop. The first location has two items: the second queues behind the first, and
		// the other items, each on its own location, all start before the first answer arrives.
		const prefix = freshLocation();
		const items = itemsOf(MAX_RATE_LIMITER_KEYS + 2, (i) => ({
			location: `${prefix}-${Math.max(0, i - 1)}`,
		}));
		const result = await within(
			30_000,
			runCrm({
				parameters: { ...getContact('c1'), locationId: '={{ $json.location }}' },
				credentials: credentials(),
				items,
			}),
		);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(items.length);
		expect(server.requests).toHaveLength(items.length);
	});

	test('a busy location that becomes the least recently used is kept, and its queue finishes', async () => {
		const held = gate();
		server.handler = async (request) => {
			if (request.rawPath === '/contacts/held') await held.opened;
			return { body: { contact: { id: 'c1' }, contacts: [] } };
		};
		// A long-running execution: two items on one location, the first answer held back, so the
		// second item queues on that location's limiter while it grows old.
		const busy = runCrm({
			parameters: getContact('held'),
			credentials: credentials(),
			items: itemsOf(2),
		});
		await requestsReceived(1);
		// Meanwhile the process serves as many other locations as it keeps limiters for (here the
		// editor's contact picker, which shares the limiters).
		const prefix = freshLocation();
		await Promise.all(
			Array.from({ length: MAX_RATE_LIMITER_KEYS }, async (_, i) =>
				runListSearch({
					method: 'searchContacts',
					parameters: { resource: 'contact', operation: 'get' },
					credentials: credentials(`${prefix}-${i}`),
				}),
			),
		);
		held.open();
		const result = await within(5_000, busy);
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(2);
		expect(server.requests).toHaveLength(MAX_RATE_LIMITER_KEYS + 2);
	});
});

describe('2. cancellation', () => {
	test('a request waiting out a 429 pause stops when the execution is cancelled', async () => {
		server.handler = () => ({
			status: 429,
			body: { message: 'Too many requests' },
			headers: { 'retry-after': '20' },
		});
		let cancelledAt = 0;
		const result = await within(
			10_000,
			runCrm({
				parameters: getContact('c1'),
				credentials: credentials(),
				cancel: requestsReceived(1).then(async () => {
					await new Promise((r) => setTimeout(r, 100));
					cancelledAt = Date.now();
				}),
			}),
		);
		expect(Date.now() - cancelledAt).toBeLessThan(2_000);
		expect(result.run.status).toBe('canceled');
		expect(server.requests).toHaveLength(1);
	});

	test('requests queued behind another execution stop waiting when theirs is cancelled', async () => {
		const location = freshLocation();
		const held = gate();
		server.handler = async (request) => {
			if (request.rawPath === '/contacts/held') await held.opened;
			return ok;
		};
		// Another execution holds the location's only slot (no limit learned yet: one at a time).
		const other = runCrm({ parameters: getContact('held'), credentials: credentials(location) });
		await requestsReceived(1);
		let cancelledAt = 0;
		try {
			const result = await within(
				5_000,
				runCrm({
					parameters: getContact('c1'),
					credentials: credentials(location),
					items: itemsOf(3),
					cancel: new Promise((r) => setTimeout(r, 100)).then(() => (cancelledAt = Date.now())),
				}),
			);
			expect(Date.now() - cancelledAt).toBeLessThan(2_000);
			expect(result.run.status).toBe('canceled');
		} finally {
			held.open();
			await other;
		}
		// The cancelled execution sent nothing; the other one finished.
		expect(server.requests.map((r) => r.rawPath)).toEqual(['/contacts/held']);
	});
});

describe('3. Return All ends', () => {
	const page = (prefix: string, count = 100) =>
		Array.from({ length: count }, (_, i) => ({
			id: `${prefix}${i}`,
			searchAfter: [prefix, i],
		}));
	/** Ends a runaway paging on the server's side, so a test fails instead of running forever. */
	const guard = (request: CapturedRequest, limit: number) =>
		server.requests.indexOf(request) >= limit;
	// Fast enough for a thousand pages.
	const generous = { 'x-ratelimit-max': '1000', 'x-ratelimit-interval-milliseconds': '200' };

	test('searchAfter cursor alternating between two pages (POST /contacts/search)', async () => {
		const [a, b] = [page('a'), page('b')];
		server.handler = (request) => {
			if (guard(request, 30)) return { body: { contacts: [] } };
			const cursor = (request.body as IDataObject).searchAfter as unknown[] | undefined;
			return { body: { contacts: cursor?.[0] === 'a' ? b : a } };
		};
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(3);
		expect(result.items.map((i) => i.json.id)).toEqual([...a, ...b].map((c) => c.id));
	});

	test('startAfterId cursor alternating between two pages (GET /contacts/)', async () => {
		const [a, b] = [page('a'), page('b')];
		server.handler = (request) => {
			if (guard(request, 30)) return { body: { contacts: [], meta: {} } };
			const records = request.query.startAfterId === 'a99' ? b : a;
			const last = records[records.length - 1];
			return { body: { contacts: records, meta: { startAfterId: last.id, startAfter: 1 } } };
		};
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'getAllLegacy', returnAll: true },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(3);
		expect(result.items).toHaveLength(200);
	});

	test.each([
		['with ids', page('a')],
		['without ids (compared by content)', page('a').map(({ searchAfter }) => ({ searchAfter }))],
	])('skip + limit against a server that ignores skip, records %s', async (_name, records) => {
		server.handler = (request) =>
			guard(request, 30) ? { body: { contacts: [] } } : { body: { contacts: records } };
		const result = await runCrm({
			parameters: {
				resource: 'contact',
				operation: 'getAllByBusiness',
				businessId: 'b1',
				returnAll: true,
			},
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.query.skip)).toEqual(['0', '100']);
		expect(result.items).toHaveLength(100);
	});

	test(`endless distinct pages stop at ${MAX_PAGES} pages with an error naming the operation`, async () => {
		server.handler = (request) => {
			if (guard(request, MAX_PAGES + 50)) return { body: { contacts: [] } };
			const skip = Number(request.query.skip ?? 0);
			return { body: { contacts: page(`p${skip}-`) }, headers: generous };
		};
		const result = await runCrm({
			parameters: {
				resource: 'contact',
				operation: 'getAllByBusiness',
				businessId: 'b1',
				returnAll: true,
			},
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(MAX_PAGES);
		expect(result.error?.message).toBe(
			`"Get many contacts of a business" stopped after reading ${MAX_PAGES} pages (${MAX_PAGES * 100} records) with more still offered`,
		);
		expect(result.error?.description).toMatch(/Limit/);
	});
});

describe('4. rate-limit headers that lie or ask too much', () => {
	const tooMany = (headers: Record<string, string>) => ({
		status: 429,
		body: { statusCode: 429, message: 'Too many requests' },
		headers,
	});
	const saved = { ...RATE_LIMIT_BOUNDS };
	afterEach(() => Object.assign(RATE_LIMIT_BOUNDS, saved));

	test('a window of a day is believed only up to the bound (scaled down here)', async () => {
		RATE_LIMIT_BOUNDS.maxIntervalMs = 300;
		server.handler = () => ({
			...ok,
			headers: { 'x-ratelimit-max': '2', 'x-ratelimit-interval-milliseconds': '86400000' },
		});
		const result = await within(
			5_000,
			runCrm({ parameters: getContact('c1'), credentials: credentials(), items: itemsOf(3) }),
		);
		expect(result.error).toBeUndefined();
		const times = server.requests.map((r) => r.receivedAt);
		expect(times).toHaveLength(3);
		// The third waits for the first slot to leave the clamped window, not for a day.
		expect(times[2] - times[0]).toBeGreaterThanOrEqual(280);
	});

	test('a window beyond what setTimeout can count fails the item that would wait, at once', async () => {
		server.handler = () => ({
			...ok,
			headers: { 'x-ratelimit-max': '2', 'x-ratelimit-interval-milliseconds': String(2 ** 40) },
		});
		const started = Date.now();
		const result = await within(
			5_000,
			runCrm({
				parameters: getContact('c1'),
				credentials: credentials(),
				items: itemsOf(3),
				continueOnFail: true,
			}),
		);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(server.requests).toHaveLength(2);
		// The window is clamped to 60 s, so the third item would wait about that long: too long.
		const [first, second, third] = errorsOf(result.items);
		expect([first, second]).toEqual(['ok', 'ok']);
		expect(third).toMatch(/^Rate limit: this request would have to wait (60|61) s for HighLevel$/);
	});

	test.each(['0', '-5'])(
		'Retry-After: %s waits the minimum instead of retrying at once',
		async (value) => {
			RATE_LIMIT_BOUNDS.minRetryAfterMs = 300;
			let calls = 0;
			server.handler = () => (++calls === 1 ? tooMany({ 'retry-after': value }) : ok);
			const result = await runCrm({ parameters: getContact('c1'), credentials: credentials() });
			expect(result.error).toBeUndefined();
			expect(server.requests).toHaveLength(2);
			expect(server.requests[1].receivedAt - server.requests[0].receivedAt).toBeGreaterThanOrEqual(
				280,
			);
		},
	);

	test('a Retry-After of an hour fails every queued item at once, spending one request', async () => {
		server.handler = () => tooMany({ 'retry-after': '3600' });
		const started = Date.now();
		const result = await within(
			5_000,
			runCrm({
				parameters: getContact('c1'),
				credentials: credentials(),
				items: itemsOf(5),
				continueOnFail: true,
			}),
		);
		expect(Date.now() - started).toBeLessThan(3_000);
		expect(server.requests).toHaveLength(1);
		// Paused for the longest Retry-After believed, 5 minutes (the queued items see a little less).
		for (const error of errorsOf(result.items)) {
			expect(error).toMatch(
				/^Rate limit: this request would have to wait (299|300) s for HighLevel$/,
			);
		}
		expect(result.items[0].error?.description).toMatch(/longer than the 30 s this node waits/);
	});

	test('a Retry-After within the bound holds back the whole queue', async () => {
		let calls = 0;
		server.handler = () => (++calls === 1 ? tooMany({ 'retry-after': '0.3' }) : ok);
		const result = await runCrm({
			parameters: getContact('c1'),
			credentials: credentials(),
			items: itemsOf(4),
		});
		expect(result.error).toBeUndefined();
		expect(
			server.requests.filter((r) => r.receivedAt - server.requests[0].receivedAt < 280),
		).toHaveLength(1);
		expect(server.requests).toHaveLength(5);
	});
});

describe('5. IDs that are not one value', () => {
	test.each([
		['an object', { id: 'c1' }, 'an object'],
		['a list', ['c1', 'c2'], 'a list'],
		['a boolean', true, 'a boolean (true)'],
	])(
		'a Contact ID that evaluates to %s is refused before any request',
		async (_name, value, type) => {
			const result = await runCrm({
				parameters: { resource: 'contact', operation: 'delete', contactId: '={{ $json.value }}' },
				credentials: credentials(),
				items: [{ json: { value } as IDataObject }],
			});
			expect(server.requests).toHaveLength(0);
			expect(result.error?.message).toBe(
				`"Contact ID" must be a single ID (text), but it is ${type}`,
			);
		},
	);

	test.each([
		['an object', { id: 'loc1' }, 'an object'],
		['a list', ['loc1', 'loc2'], 'a list'],
		['a boolean', false, 'a boolean (false)'],
	])(
		'a Location ID that evaluates to %s is refused before any request',
		async (_name, value, type) => {
			const result = await runCrm({
				parameters: {
					resource: 'contact',
					operation: 'create',
					email: 'a@b.co',
					locationId: '={{ $json.value }}',
				},
				credentials: credentials(),
				items: [{ json: { value } as IDataObject }],
			});
			expect(server.requests).toHaveLength(0);
			expect(result.error?.message).toBe(
				`"Location ID" must be a single ID (text), but it is ${type}`,
			);
		},
	);

	test('numbers are sent as text', async () => {
		await runCrm({
			parameters: { ...getContact('={{ $json.id }}'), locationId: '={{ $json.location }}' },
			credentials: credentials(),
			items: [{ json: { id: 12345, location: 678 } }],
		});
		expect(server.requests.map((r) => r.rawPath)).toEqual(['/contacts/12345']);
	});
});

describe('6. a DELETE retried after a lost answer', () => {
	const deleteContact = { resource: 'contact', operation: 'delete', contactId: 'c1' };
	const notFound = { status: 404, body: { statusCode: 404, message: 'Contact not found' } };

	test.each([
		['the connection dropped', { destroy: true }],
		['a 502', { status: 502, body: { message: 'bad gateway' } }],
	])('a 404 on the retry after %s means the first attempt deleted it', async (_name, first) => {
		let calls = 0;
		server.handler = () => (++calls === 1 ? first : notFound);
		const result = await runCrm({ parameters: deleteContact, credentials: credentials() });
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.method)).toEqual(['DELETE', 'DELETE']);
		expect(result.items.map((i) => i.json)).toEqual([{ succeded: true }]);
	});

	test('a 404 on the first attempt stays an error', async () => {
		server.handler = () => notFound;
		const result = await runCrm({ parameters: deleteContact, credentials: credentials() });
		expect(server.requests).toHaveLength(1);
		expect(result.error?.message).toBe('Not found: Contact not found');
	});

	test('a 404 on the retry of a GET stays an error', async () => {
		let calls = 0;
		server.handler = () => (++calls === 1 ? { status: 503, body: { message: 'busy' } } : notFound);
		const result = await runCrm({ parameters: getContact('c1'), credentials: credentials() });
		expect(server.requests).toHaveLength(2);
		expect(result.error?.message).toBe('Not found: Contact not found');
	});
});
