import { createHash, createPublicKey } from 'node:crypto';

import {
	parseEd25519PublicKey,
	HIGHLEVEL_LEGACY_RSA_PUBLIC_KEY,
} from '../../nodes/GoHighLevelTrigger/signature';
import { REMEMBERED_WEBHOOK_IDS } from '../../nodes/GoHighLevelTrigger/replay';
import { REMEMBERED_NODES } from '../../nodes/GoHighLevelTrigger/recent';
import {
	appointmentPayload,
	deliver,
	keys,
	signed,
	signEd25519,
	signRsa,
	trigger,
} from './harness';

const body = (payload: unknown) => JSON.stringify(payload);
const nowIso = (offsetSeconds = 0) => new Date(Date.now() + offsetSeconds * 1000).toISOString();

describe('node description', () => {
	const d = trigger.description;

	it('is a POST webhook trigger that answers on receipt without echoing data', () => {
		expect(d.name).toBe('goHighLevelTrigger');
		expect(d.group).toEqual(['trigger']);
		expect(d.inputs).toEqual([]);
		expect(d.webhooks).toEqual([
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				responseData: 'noData',
				path: 'webhook',
			},
		]);
		expect(d).not.toHaveProperty('usableAsTool');
		expect(d.credentials).toBeUndefined();
	});

	it('offers the appointment and campaign events first, defaults to them, and has All Events', () => {
		const events = d.properties.find((p) => p.name === 'events')!;
		const values = (events.options as Array<{ value: string }>).map((o) => o.value);
		expect(values.slice(0, 4)).toEqual([
			'AppointmentCreate',
			'AppointmentUpdate',
			'AppointmentDelete',
			'CampaignStatusUpdate',
		]);
		expect(events.default).toEqual(values.slice(0, 4));
		expect(values).toContain('*');
		expect(values).toHaveLength(59);
	});

	it('shows a warning notice exactly when verification is off, and hides the secret', () => {
		const notice = d.properties.find((p) => p.type === 'notice')!;
		expect(notice.displayOptions).toEqual({ show: { verifyRequests: [false] } });
		expect(d.properties.find((p) => p.name === 'verifyRequests')!.default).toBe(true);
		expect(d.properties.find((p) => p.name === 'sharedSecret')!.typeOptions).toEqual({
			password: true,
		});
	});

	it('has no-op webhook lifecycle methods (HighLevel has no subscription API)', async () => {
		for (const m of ['checkExists', 'create', 'delete'] as const) {
			await expect(trigger.webhookMethods.default[m].call({} as never)).resolves.toBe(true);
		}
	});
});

describe('Marketplace source: Ed25519 (x-ghl-signature)', () => {
	const payload = appointmentPayload();

	it('starts one execution for a validly signed delivery', async () => {
		const out = await deliver(signed(body(payload)));
		expect(out.started).toBe(true);
		expect(out.result.workflowData).toHaveLength(1);
		expect(out.result.workflowData![0]).toHaveLength(1);
		expect(out.json!._ghl).toEqual({
			event: 'AppointmentCreate',
			source: 'marketplaceApp',
			verifiedBy: 'ed25519',
		});
	});

	it.each([
		['PEM', () => keys.edPublicPem],
		['raw base64', () => Buffer.from(keys.edPublicRaw, 'base64url').toString('base64')],
		['raw hex', () => Buffer.from(keys.edPublicRaw, 'base64url').toString('hex')],
		[
			'SPKI DER base64',
			() =>
				createPublicKey(keys.edPublicPem)
					.export({ type: 'spki', format: 'der' })
					.toString('base64'),
		],
	])('accepts the public key as %s', async (_, key) => {
		const out = await deliver(signed(body(payload), { params: { publicKey: key() } }));
		expect(out.started).toBe(true);
	});

	it('rejects an RSA key pasted as the Ed25519 key, with a warning', async () => {
		const out = await deliver(signed(body(payload), { params: { publicKey: keys.rsaPublicPem } }));
		expect(out.status).toBe(401);
		expect(out.warnings.join(' ')).toMatch(/Ed25519/);
		expect(() => parseEd25519PublicKey(keys.rsaPublicPem)).toThrow();
	});

	it('rejects a body changed by one byte', async () => {
		const text = body(payload);
		const tampered = Buffer.from(text);
		tampered[text.indexOf('apt-1') + 4] = '2'.charCodeAt(0);
		const out = await deliver({
			body: tampered,
			headers: { 'x-ghl-signature': signEd25519(text) },
		});
		expect(out).toMatchObject({ status: 401, started: false });
	});

	it('verifies the raw bytes, so a re-serialised body (same JSON, other whitespace or key order) fails', async () => {
		const pretty = JSON.stringify(payload, null, 2);
		const reordered = JSON.stringify({
			appointment: payload.appointment,
			locationId: 'loc-1',
			type: 'AppointmentCreate',
		});
		const compact = body(payload);
		// Signed as sent, each variant passes …
		expect((await deliver(signed(pretty))).started).toBe(true);
		// … but a signature over one serialisation does not cover another.
		for (const variant of [pretty, reordered]) {
			const out = await deliver({
				body: variant,
				headers: { 'x-ghl-signature': signEd25519(compact) },
			});
			expect(out.status).toBe(401);
		}
		// The parsed body n8n hands over (req.body) must not be used to verify: here it matches the signature, the raw bytes do not.
		const out = await deliver({
			body: compact,
			rawBody: Buffer.from(pretty),
			headers: { 'x-ghl-signature': signEd25519(compact) },
		});
		expect(out.status).toBe(401);
	});

	it('rejects a signature made with another key', async () => {
		const text = body(payload);
		const out = await deliver({
			body: text,
			headers: { 'x-ghl-signature': signEd25519(text, keys.otherEdPrivate) },
		});
		expect(out).toMatchObject({ status: 401, started: false });
	});

	it.each([
		['missing', {}],
		['empty', { 'x-ghl-signature': '' }],
		['not base64', { 'x-ghl-signature': '%%%not*base64%%%' }],
		['base64 of the wrong length', { 'x-ghl-signature': Buffer.alloc(32, 1).toString('base64') }],
		['sent twice', { 'x-ghl-signature': ['a', 'b'] }],
	])('rejects a %s signature header with 401', async (_, headers) => {
		const out = await deliver({ body: body(payload), headers: headers as Record<string, string> });
		expect(out).toMatchObject({ status: 401, started: false, responseBody: 'Unauthorized' });
	});

	it('rejects a signature that is valid except for garbage around its base64', async () => {
		const text = body(payload);
		const out = await deliver({
			body: text,
			headers: { 'x-ghl-signature': `${signEd25519(text)}!!` },
		});
		expect(out.status).toBe(401);
	});

	it('fails closed (401 and a warning) when n8n did not keep the raw body', async () => {
		const out = await deliver(signed(body(payload), { rawBody: null }));
		expect(out).toMatchObject({ status: 401, started: false });
		expect(out.warnings.join(' ')).toMatch(/raw body/);
	});

	it('rejects x-ghl-signature deliveries while no Ed25519 key is configured', async () => {
		const out = await deliver(signed(body(payload), { params: { publicKey: '' } }));
		expect(out.status).toBe(401);
		expect(out.warnings.join(' ')).toMatch(/no Ed25519 public key/);
	});
});

describe('Marketplace source: legacy RSA (x-wh-signature)', () => {
	const text = body(appointmentPayload());

	it('accepts a valid RSA-SHA256 signature over the raw body', async () => {
		const out = await deliver({ body: text, headers: { 'x-wh-signature': signRsa(text) } });
		expect(out.started).toBe(true);
		expect(out.json!._ghl).toMatchObject({ verifiedBy: 'rsa-sha256' });
	});

	it('rejects it when legacy signatures are not allowed', async () => {
		const out = await deliver({
			body: text,
			headers: { 'x-wh-signature': signRsa(text) },
			params: { allowLegacyRsa: false },
		});
		expect(out.status).toBe(401);
	});

	it("uses HighLevel's built-in key when no override is set (so a test key's signature fails)", async () => {
		const out = await deliver({
			body: text,
			headers: { 'x-wh-signature': signRsa(text) },
			params: { legacyRsaPublicKey: '' },
		});
		expect(out.status).toBe(401);
	});

	it("keeps HighLevel's published key intact (RSA-4096, pinned fingerprint)", () => {
		const key = createPublicKey(HIGHLEVEL_LEGACY_RSA_PUBLIC_KEY);
		expect(key.asymmetricKeyDetails).toMatchObject({ modulusLength: 4096 });
		const der = key.export({ type: 'spki', format: 'der' });
		expect(createHash('sha256').update(der).digest('hex')).toBe(
			'2f62045d413b1b7747e26770ce7f57840cbf86288cd20ceb90d299a62501fd25',
		);
	});

	it('does not fall back to a valid x-wh-signature when x-ghl-signature is present but invalid', async () => {
		const out = await deliver({
			body: text,
			headers: {
				'x-ghl-signature': signEd25519(text, keys.otherEdPrivate),
				'x-wh-signature': signRsa(text),
			},
		});
		expect(out).toMatchObject({ status: 401, started: false });
	});

	it('rejects a tampered body', async () => {
		const out = await deliver({
			body: text.replace('apt-1', 'apt-2'),
			headers: { 'x-wh-signature': signRsa(text) },
		});
		expect(out.status).toBe(401);
	});
});

describe('pasted public keys', () => {
	const text = body(appointmentPayload());
	const headerless = (pem: string) =>
		pem
			.split('\n')
			.filter((line) => line !== '' && !line.startsWith('-----'))
			.join('\n');
	const pastes: Array<[string, (pem: string) => string]> = [
		['on one line', (pem) => pem.trim().replace(/\n/g, ' ')],
		['on one line without separators', (pem) => pem.trim().replace(/\n/g, '')],
		['with indented lines', (pem) => pem.replace(/^/gm, '    ')],
		['with CRLF line ends', (pem) => pem.replace(/\n/g, '\r\n')],
		['with CR line ends', (pem) => pem.replace(/\n/g, '\r')],
		[
			'indented, with tabs, CRLF and blank lines',
			(pem) => pem.replace(/^/gm, '\t ').replace(/\n/g, '\r\n\r\n'),
		],
		['with literal \\n escapes (copied out of JSON)', (pem) => pem.trim().replace(/\n/g, '\\n')],
	];

	it.each(pastes)('accepts the Ed25519 PEM %s', async (_, paste) => {
		const out = await deliver(signed(text, { params: { publicKey: paste(keys.edPublicPem) } }));
		expect(out).toMatchObject({ status: 200, started: true });
	});

	it.each([...pastes, ['without its header lines', headerless] as const])(
		'accepts the legacy RSA PEM %s',
		async (_, paste) => {
			const out = await deliver({
				body: text,
				headers: { 'x-wh-signature': signRsa(text) },
				params: { legacyRsaPublicKey: paste(keys.rsaPublicPem) },
			});
			expect(out).toMatchObject({ status: 200, started: true });
		},
	);

	const garbage: Array<[string, string]> = [
		[
			'a PEM block whose body is not base64',
			'-----BEGIN PUBLIC KEY-----\nnot*a*key\n-----END PUBLIC KEY-----',
		],
		['a PEM block cut off before its footer', keys.edPublicPem.slice(0, 70)],
		[
			'a footer that does not match the header',
			keys.edPublicPem.replace('END PUBLIC', 'END RSA PUBLIC'),
		],
		['base64 that is no key', Buffer.from('no key in here at all').toString('base64')],
		['prose', 'paste the key from the developer portal here'],
	];

	it.each(garbage)('fails closed on %s as the Ed25519 key (401, a warning)', async (_, key) => {
		const out = await deliver(signed(text, { params: { publicKey: key } }));
		expect(out).toMatchObject({ status: 401, started: false });
		expect(out.warnings.join(' ')).toMatch(/Ed25519 public key in the node is unusable/);
	});

	it.each(garbage)('fails closed on %s as the legacy RSA key (401, a warning)', async (_, key) => {
		const out = await deliver({
			body: text,
			headers: { 'x-wh-signature': signRsa(text) },
			params: { legacyRsaPublicKey: key },
		});
		expect(out).toMatchObject({ status: 401, started: false });
		expect(out.warnings.join(' ')).toMatch(/legacy RSA public key in the node is unusable/);
	});
});

describe('replay protection', () => {
	it('accepts a fresh timestamp', async () => {
		const out = await deliver(signed(body(appointmentPayload({ timestamp: nowIso(-10) }))));
		expect(out.started).toBe(true);
	});

	it.each([
		['stale (ISO)', () => nowIso(-301)],
		['future (ISO)', () => nowIso(301)],
		['stale (epoch ms)', () => Date.now() - 10 * 60_000],
		['future (epoch seconds)', () => Math.floor(Date.now() / 1000) + 600],
		['unparseable', () => 'yesterday-ish'],
		['null', () => null],
	])('rejects a %s timestamp with 401', async (_, ts) => {
		const out = await deliver(signed(body(appointmentPayload({ timestamp: ts() }))));
		expect(out).toMatchObject({ status: 401, started: false });
	});

	it('honours a configured window', async () => {
		const text = body(appointmentPayload({ timestamp: nowIso(-400) }));
		expect(
			(await deliver(signed(text, { params: { options: { replayWindowSeconds: 600 } } }))).started,
		).toBe(true);
		expect(
			(await deliver(signed(text, { params: { options: { replayWindowSeconds: 60 } } }))).status,
		).toBe(401);
	});

	it('ignores a repeated webhookId with 200, across executions, and remembers a bounded number', async () => {
		const staticData = {};
		const text = body(appointmentPayload({ webhookId: 'wh-1', timestamp: nowIso() }));
		expect((await deliver(signed(text, { staticData }))).started).toBe(true);
		const again = await deliver(signed(text, { staticData }));
		expect(again).toMatchObject({ status: 200, started: false });

		for (let i = 0; i < REMEMBERED_WEBHOOK_IDS; i++) {
			await deliver(signed(body(appointmentPayload({ webhookId: `other-${i}` })), { staticData }));
		}
		const ids = (staticData as { seenWebhookIds: string[] }).seenWebhookIds;
		expect(ids).toHaveLength(REMEMBERED_WEBHOOK_IDS);
		expect(ids).not.toContain('wh-1');
		// Forgotten after 1000 newer ids: accepted again.
		expect((await deliver(signed(text, { staticData }))).started).toBe(true);
	});

	it('remembers ids in this process although each request has its own copy of the static data', async () => {
		const text = body(appointmentPayload({ webhookId: 'wh-copies' }));
		const workflowId = 'wf-copies';
		expect((await deliver(signed(text, { workflowId, staticData: {} }))).started).toBe(true);
		const again = await deliver(signed(text, { workflowId, staticData: {} }));
		expect(again).toMatchObject({ status: 200, started: false });
		// Another workflow, or another trigger node, has a memory of its own.
		expect((await deliver(signed(text, { workflowId: 'wf-other', staticData: {} }))).started).toBe(
			true,
		);
	});

	it(`keeps that memory for the ${REMEMBERED_NODES} most recently used trigger nodes`, async () => {
		const text = body(appointmentPayload({ webhookId: 'wh-evicted' }));
		const first = { workflowId: 'wf-evict-first' };
		expect((await deliver(signed(text, { ...first, staticData: {} }))).started).toBe(true);
		for (let i = 0; i < REMEMBERED_NODES; i++) {
			await deliver(signed(text, { workflowId: `wf-evict-${i}` }));
		}
		// Forgotten in memory; the persisted ids (here: none were saved) are all that is left.
		expect((await deliver(signed(text, { ...first, staticData: {} }))).started).toBe(true);
		const saved = { seenWebhookIds: ['wh-evicted'] };
		expect(
			(await deliver(signed(text, { workflowId: 'wf-restarted', staticData: saved }))).started,
		).toBe(false);
	});

	it('accepts a payload with neither timestamp nor webhookId on its signature alone', async () => {
		const staticData = {};
		const text = body(appointmentPayload());
		expect((await deliver(signed(text, { staticData }))).started).toBe(true);
		expect((await deliver(signed(text, { staticData }))).started).toBe(true);
		expect(staticData).toEqual({});
	});
});

describe('filters', () => {
	it('answers 200 and starts nothing for an event that is not selected', async () => {
		const out = await deliver(
			signed(body({ type: 'ContactCreate', locationId: 'loc-1', id: 'c1' })),
		);
		expect(out).toMatchObject({ status: 200, started: false });
		expect(out.result).toEqual({});
	});

	it('starts a selected non-default event', async () => {
		const out = await deliver(
			signed(body({ type: 'ContactCreate', locationId: 'loc-1' }), {
				params: { events: ['ContactCreate'] },
			}),
		);
		expect(out.started).toBe(true);
	});

	it('maps wire types that differ from the event name (INSTALL → AppInstall)', async () => {
		const out = await deliver(
			signed(body({ type: 'INSTALL', appId: 'a', locationId: 'l' }), {
				params: { events: ['AppInstall'] },
			}),
		);
		expect(out.json!._ghl).toMatchObject({ event: 'AppInstall' });
	});

	it('starts an unknown event type only under All events', async () => {
		const text = body({ type: 'SomethingNew', locationId: 'loc-1' });
		expect((await deliver(signed(text))).started).toBe(false);
		expect(
			(await deliver(signed(text, { params: { events: ['ContactCreate', 'AppointmentCreate'] } })))
				.started,
		).toBe(false);
		const all = await deliver(signed(text, { params: { events: ['*'] } }));
		expect(all.started).toBe(true);
		expect(all.json!._ghl).toMatchObject({ event: null });
	});

	it('ignores other locations (200) when a location filter is set', async () => {
		const params = { locationIds: ' loc-9 , loc-1 ' };
		expect((await deliver(signed(body(appointmentPayload()), { params }))).started).toBe(true);
		const other = await deliver(
			signed(body(appointmentPayload({ locationId: 'loc-2' })), { params }),
		);
		expect(other).toMatchObject({ status: 200, started: false });
		const none = await deliver(signed(body({ type: 'AppointmentCreate' }), { params }));
		expect(none.started).toBe(false);
	});

	it('reads the location of invoices from altId/altType', async () => {
		const invoice = { type: 'InvoicePaid', altId: 'loc-1', altType: 'location' };
		const params = { locationIds: 'loc-1', events: ['InvoicePaid'] };
		expect((await deliver(signed(body(invoice), { params }))).started).toBe(true);
		expect((await deliver(signed(body({ ...invoice, altId: 'loc-2' }), { params }))).started).toBe(
			false,
		);
	});

	it.each(['LocationCreate', 'LocationUpdate'])(
		'matches %s by its id, the sub-account itself',
		async (type) => {
			const location = { type, id: 'loc-1', companyId: 'agency-1', name: 'Main Street' };
			const params = { locationIds: 'loc-1', events: [type] };
			expect((await deliver(signed(body(location), { params }))).started).toBe(true);
			const other = { ...location, id: 'loc-2' };
			expect((await deliver(signed(body(other), { params }))).started).toBe(false);
		},
	);

	it("does not take another event's id for a location", async () => {
		const contact = { type: 'ContactCreate', id: 'loc-1', locationId: 'loc-2' };
		const params = { locationIds: 'loc-1', events: ['ContactCreate'] };
		expect((await deliver(signed(body(contact), { params }))).started).toBe(false);
	});

	it('matches an agency user by the sub-accounts it is given', async () => {
		const user = { type: 'UserCreate', companyId: 'agency-1', id: 'u1', locations: ['a', 'loc-1'] };
		const params = { locationIds: 'loc-1', events: ['UserCreate'] };
		expect((await deliver(signed(body(user), { params }))).started).toBe(true);
		const elsewhere = { ...user, locations: ['a', 'b'] };
		expect((await deliver(signed(body(elsewhere), { params }))).started).toBe(false);
	});

	it('ignores under a location filter an event that names no sub-account, even by its companyId', async () => {
		const agencyInstall = { type: 'INSTALL', appId: 'app-1', companyId: 'loc-1' };
		const events = ['AppInstall'];
		expect((await deliver(signed(body(agencyInstall), { params: { events } }))).started).toBe(true);
		const filtered = await deliver(
			signed(body(agencyInstall), { params: { events, locationIds: 'loc-1' } }),
		);
		expect(filtered).toMatchObject({ status: 200, started: false });
	});
});

describe('malformed requests', () => {
	it.each([
		['invalid JSON', '{"type":"AppointmentCreate",'],
		['a JSON array', '[{"type":"AppointmentCreate"}]'],
		['a JSON string', '"AppointmentCreate"'],
		['JSON null', 'null'],
		['an empty body', ''],
	])('answers 400 to %s (validly signed)', async (_, text) => {
		const out = await deliver(signed(text));
		expect(out).toMatchObject({ status: 400, started: false });
	});

	it('answers 413 to a body over 1 MiB, even when signed', async () => {
		const big = body({ ...appointmentPayload(), padding: 'x'.repeat(1024 * 1024) });
		const out = await deliver(signed(big));
		expect(out).toMatchObject({ status: 413, started: false });
		const justUnder = body({ ...appointmentPayload(), padding: 'x'.repeat(1024 * 1024 - 400) });
		expect((await deliver(signed(justUnder))).started).toBe(true);
	});

	it('answers 500 instead of throwing when something unexpected fails', async () => {
		// A broken parameter value makes the handler throw internally.
		const out = await deliver(
			signed(body(appointmentPayload()), { params: { locationIds: 42 as never } }),
		);
		expect(out).toMatchObject({ status: 500, started: false });
		expect(out.warnings.join(' ')).toMatch(/unexpected error/);
		// A multi-select that is not an array selects nothing (a string's substring match must not select).
		const str = await deliver(
			signed(body(appointmentPayload()), { params: { events: 'AppointmentCreate' as never } }),
		);
		expect(str).toMatchObject({ status: 200, started: false });
	});
});

describe('output', () => {
	it('keeps every field and lifts the appointment ids, status and times to the top level', async () => {
		const payload = appointmentPayload({ type: 'AppointmentUpdate' });
		const out = await deliver(signed(body(payload)));
		const { _ghl, ...rest } = out.json!;
		expect(_ghl).toMatchObject({ event: 'AppointmentUpdate' });
		expect(rest).toEqual({
			...payload,
			appointmentId: 'apt-1',
			calendarId: 'cal-1',
			contactId: 'con-1',
			assignedUserId: 'usr-1',
			appointmentStatus: 'confirmed',
			title: 'Intro call',
			startTime: '2024-05-01T10:00:00+02:00',
			endTime: '2024-05-01T10:30:00+02:00',
		});
	});

	it('never overwrites a top-level field HighLevel sent', async () => {
		const out = await deliver(signed(body(appointmentPayload({ contactId: 'top-level' }))));
		expect(out.json!.contactId).toBe('top-level');
	});

	it("always gives the node's own _ghl: a _ghl in the payload cannot forge the verdict", async () => {
		const forged = {
			type: 'SomethingNew',
			locationId: 'loc-1',
			_ghl: { event: 'AppointmentCreate', source: 'marketplaceApp', verifiedBy: 'ed25519' },
		};
		const unverified = await deliver({
			body: body(forged),
			params: { verifyRequests: false, events: ['*'] },
		});
		expect(unverified.json!._ghl).toEqual({
			event: null,
			source: 'marketplaceApp',
			verifiedBy: 'none',
		});

		const viaSecret = await deliver({
			body: body({ ...forged, _ghl: 'theirs' }),
			params: { source: 'workflowAction', sharedSecret: 's3cret-value', publicKey: '' },
			headers: { 'x-ghl-webhook-secret': 's3cret-value' },
		});
		expect(viaSecret.json!._ghl).toEqual({
			event: null,
			source: 'workflowAction',
			verifiedBy: 'secret',
		});
		// The sender's value is dropped, not kept under another name.
		expect(JSON.stringify(viaSecret.json)).not.toContain('theirs');
	});

	it('passes a campaign status update through with its ids and status at the top level', async () => {
		const payload = {
			type: 'CampaignStatusUpdate',
			locationId: 'loc-1',
			id: 'camp-1',
			contactId: 'con-1',
			status: 'paused',
			templateId: 'tpl-1',
			replied: 'no',
			dateAdded: '2021-11-26T12:41:02.193Z',
		};
		const out = await deliver(signed(body(payload)));
		expect(out.json).toEqual({
			...payload,
			_ghl: { event: 'CampaignStatusUpdate', source: 'marketplaceApp', verifiedBy: 'ed25519' },
		});
	});
});

describe('Workflow action source (shared secret)', () => {
	const params = { source: 'workflowAction', sharedSecret: 's3cret-value', publicKey: '' };
	const text = body({ contact_id: 'c1', location: { id: 'loc-1' }, customData: { a: 1 } });

	it('accepts the right secret in the header', async () => {
		const out = await deliver({
			body: text,
			params,
			headers: { 'x-ghl-webhook-secret': 's3cret-value' },
		});
		expect(out.started).toBe(true);
		expect(out.json!._ghl).toEqual({ event: null, source: 'workflowAction', verifiedBy: 'secret' });
	});

	it('accepts the right secret as ?token=', async () => {
		expect((await deliver({ body: text, params, query: { token: 's3cret-value' } })).started).toBe(
			true,
		);
	});

	it('honours a custom header name', async () => {
		const custom = { ...params, secretHeaderName: 'X-My-Secret' };
		expect(
			(await deliver({ body: text, params: custom, headers: { 'x-my-secret': 's3cret-value' } }))
				.started,
		).toBe(true);
		expect(
			(
				await deliver({
					body: text,
					params: custom,
					headers: { 'x-ghl-webhook-secret': 's3cret-value' },
				})
			).status,
		).toBe(401);
	});

	it.each([
		['wrong header', { headers: { 'x-ghl-webhook-secret': 's3cret-valuf' } }],
		['prefix of the secret', { headers: { 'x-ghl-webhook-secret': 's3cret' } }],
		['wrong token', { query: { token: 'nope' } }],
		['token sent twice', { query: { token: ['s3cret-value', 's3cret-value'] } }],
		['no secret at all', {}],
		[
			'an Ed25519 signature instead of the secret',
			{ headers: { 'x-ghl-signature': signEd25519(text) } },
		],
	])('rejects %s with 401', async (_, extra) => {
		const out = await deliver({ body: text, params, ...(extra as object) });
		expect(out).toMatchObject({ status: 401, started: false });
	});

	it('rejects everything while no secret is configured', async () => {
		const out = await deliver({
			body: text,
			params: { ...params, sharedSecret: '' },
			headers: { 'x-ghl-webhook-secret': '' },
		});
		expect(out.status).toBe(401);
		expect(out.warnings.join(' ')).toMatch(/no shared secret/);
	});

	it('also verifies x-ghl-signature when a public key is set', async () => {
		const withKey = { ...params, publicKey: keys.edPublicPem };
		const secret = { 'x-ghl-webhook-secret': 's3cret-value' };
		const good = await deliver({
			body: text,
			params: withKey,
			headers: { ...secret, 'x-ghl-signature': signEd25519(text) },
		});
		expect(good.json!._ghl).toMatchObject({ verifiedBy: 'secret+ed25519' });
		const bad = await deliver({
			body: text,
			params: withKey,
			headers: { ...secret, 'x-ghl-signature': signEd25519(text, keys.otherEdPrivate) },
		});
		expect(bad.status).toBe(401);
	});

	it('applies the location filter to location.id', async () => {
		const headers = { 'x-ghl-webhook-secret': 's3cret-value' };
		expect(
			(await deliver({ body: text, params: { ...params, locationIds: 'loc-1' }, headers })).started,
		).toBe(true);
		expect(
			(await deliver({ body: text, params: { ...params, locationIds: 'loc-2' }, headers })).started,
		).toBe(false);
	});
});

describe('verification turned off', () => {
	it('accepts an unsigned delivery', async () => {
		const out = await deliver({
			body: body(appointmentPayload()),
			params: { verifyRequests: false },
		});
		expect(out.started).toBe(true);
		expect(out.json!._ghl).toMatchObject({ verifiedBy: 'none' });
	});

	it('falls back to the parsed body when there is no raw body', async () => {
		const out = await deliver({
			body: body(appointmentPayload()),
			rawBody: null,
			params: { verifyRequests: false },
		});
		expect(out.started).toBe(true);
	});

	it('still applies replay protection', async () => {
		const out = await deliver({
			body: body(appointmentPayload({ timestamp: nowIso(-3600) })),
			params: { verifyRequests: false },
		});
		expect(out.status).toBe(401);
	});
});
