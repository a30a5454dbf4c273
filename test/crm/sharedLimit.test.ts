import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';

// Another process (a queue-mode worker, another n8n, another tool) sending on the same location: the
// processes share no memory, so the limiter learns of the others only from X-RateLimit-Remaining.
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

test('with another sender using about half the limit, few requests meet a 429 and all items succeed', async () => {
	const rule = { max: 20, intervalMs: 400 };
	server.rateLimit = rule;
	server.handler = (request) => ({
		body: { contact: { id: decodeURIComponent(request.rawPath.split('/')[2] ?? '') } },
	});
	// The other sender: 10 requests per window, evenly spaced, retrying nothing.
	let stop = false;
	let otherSent = 0;
	const other = (async () => {
		while (!stop) {
			await fetch(`${server.baseUrl}/contacts/other${otherSent++}`, {
				headers: { Authorization: `Bearer ${PIT_TOKEN}`, Version: '2021-07-28' },
			});
			await new Promise((resolve) => setTimeout(resolve, rule.intervalMs / 10));
		}
	})();
	const items = Array.from({ length: 200 }, (_, i) => ({ json: { id: `c${i}` } }));
	const started = Date.now();
	let elapsed = 0;
	try {
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			credentials: pitCredentials(server.baseUrl, { locationId: 'loc_SharedLimit1' }),
			items,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(200);
		elapsed = Date.now() - started;
	} finally {
		stop = true;
		await other;
	}
	const ours = server.requests.filter((r) => !r.rawPath.includes('/other'));
	const rejected = ours.length - 200;
	console.log(
		`shared limit: 200 items in ${elapsed} ms (the limit left to them allows 8,000 ms), ${ours.length} requests (${rejected} answered 429 and retried); the other sender made ${otherSent} requests; 429s in all: ${server.rejected429}`,
	);
	expect(rejected).toBeLessThanOrEqual(20);
});
