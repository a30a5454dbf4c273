import fc from 'fast-check';

import { deliver, signEd25519, signRsa } from './harness';

const RUNS = 3000;

const headerValue = fc.oneof(
	fc.string(),
	fc.base64String({ maxLength: 120 }),
	fc.uint8Array({ minLength: 64, maxLength: 64 }).map((b) => Buffer.from(b).toString('base64')),
	fc.uint8Array({ minLength: 256, maxLength: 256 }).map((b) => Buffer.from(b).toString('base64')),
	fc.array(fc.string(), { maxLength: 3 }),
);

const bodyBytes = fc.oneof(
	fc.json().map((s) => Buffer.from(s)),
	fc.string().map((s) => Buffer.from(s)),
	fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b)),
	fc
		.record(
			{
				type: fc.constantFrom('AppointmentCreate', 'CampaignStatusUpdate', 'INSTALL', 'X'),
				locationId: fc.string(),
				timestamp: fc.oneof(fc.string(), fc.integer(), fc.constant(new Date().toISOString())),
				webhookId: fc.oneof(fc.string(), fc.integer()),
			},
			{ requiredKeys: ['type'] },
		)
		.map((o) => Buffer.from(JSON.stringify(o))),
);

const params = fc.record({
	source: fc.constantFrom('marketplaceApp', 'workflowAction'),
	events: fc.constantFrom(['*'], ['AppointmentCreate'], []),
	sharedSecret: fc.constantFrom('', 'the-real-secret'),
	allowLegacyRsa: fc.boolean(),
	locationIds: fc.constantFrom('', 'loc-1'),
});

describe('fuzz', () => {
	afterAll(() => {
		console.log(`GoHighLevel Trigger fuzz: ${RUNS} runs per property, 3 properties`);
	});

	it('random bodies and headers never throw and never start an execution', async () => {
		await fc.assert(
			fc.asyncProperty(
				bodyBytes,
				fc.record(
					{
						'x-ghl-signature': headerValue,
						'x-wh-signature': headerValue,
						'x-ghl-webhook-secret': headerValue,
					},
					{ requiredKeys: [] },
				),
				fc.record({ token: headerValue }, { requiredKeys: [] }),
				params,
				async (body, headers, query, p) => {
					const out = await deliver({
						body,
						headers: headers as Record<string, string>,
						query,
						params: p,
					});
					expect(out.started).toBe(false);
					expect([401, 413]).toContain(out.status);
				},
			),
			{ numRuns: RUNS },
		);
	});

	it('validly signed random bodies never throw; only JSON objects can start an execution', async () => {
		await fc.assert(
			fc.asyncProperty(bodyBytes, fc.boolean(), params, async (body, rsa, p) => {
				const headers: Record<string, string> = rsa
					? { 'x-wh-signature': signRsa(body) }
					: { 'x-ghl-signature': signEd25519(body) };
				const out = await deliver({
					body,
					headers,
					params: { ...p, source: 'marketplaceApp', allowLegacyRsa: true },
				});
				expect([200, 400, 401]).toContain(out.status);
				if (out.started) {
					const parsed = JSON.parse(body.toString('utf8'));
					expect(typeof parsed === 'object' && parsed !== null && !Array.isArray(parsed)).toBe(
						true,
					);
				}
			}),
			{ numRuns: RUNS },
		);
	});

	it('flipping any one byte of a signed body is rejected', async () => {
		await fc.assert(
			fc.asyncProperty(
				bodyBytes.filter((b) => b.length > 0),
				fc.nat(),
				fc.integer({ min: 1, max: 255 }),
				async (body, at, xor) => {
					const signature = signEd25519(body);
					const tampered = Buffer.from(body);
					tampered[at % tampered.length] ^= xor;
					const out = await deliver({
						body: tampered,
						headers: { 'x-ghl-signature': signature },
						params: { events: ['*'] },
					});
					expect(out).toMatchObject({ status: 401, started: false });
				},
			),
			{ numRuns: RUNS },
		);
	});
});
