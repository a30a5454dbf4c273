import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { createPublicKey, verify } from 'node:crypto';
import { createSandbox, type Sandbox } from '../../sandbox/server';

// Plain CommonJS without types; true when HighLevel's OpenAPI files are at hand (else the sandbox serves
// only this package's operations, and the checks that need the full spec are skipped).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped CommonJS module
const sandboxSpec = require('../../sandbox/spec') as {
	resolveApiDocsDir: () => string | undefined;
};
const HAS_SPECS = !!sandboxSpec.resolveApiDocsDir();
const withSpecs = HAS_SPECS ? it : it.skip;

const TOKEN = 'test-token';
const LOC = 'locTest000000000001';
const V = '2021-07-28';

interface Received {
	headers: IncomingHttpHeaders;
	raw: Buffer;
	json: Record<string, unknown>;
}

let sb: Sandbox;
let receiver: Server;
let receiverUrl: string;
const received: Received[] = [];

async function api(
	method: string,
	path: string,
	body?: unknown,
	headers: Record<string, string> = {},
) {
	const res = await fetch(`${sb.url}${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${TOKEN}`,
			Version: V,
			'content-type': 'application/json',
			...headers,
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : undefined };
}

async function control(method: string, path: string, body?: unknown) {
	const res = await fetch(`${sb.url}/__sandbox${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	return {
		status: res.status,
		text,
		body: res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : undefined,
	};
}

async function waitForEvents(n: number, type?: string) {
	for (let i = 0; i < 100; i++) {
		await sb.flush();
		const got = received.filter((r) => !type || r.json.type === type);
		if (got.length >= n) return got;
		await new Promise((r) => setTimeout(r, 20));
	}
	throw new Error(`expected ${n} ${type ?? ''} events, got ${received.length}`);
}

beforeAll(async () => {
	receiver = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			received.push({ headers: req.headers, raw, json: JSON.parse(raw.toString('utf8')) });
			res.writeHead(200).end('ok');
		});
	});
	await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
	const addr = receiver.address() as { port: number };
	receiverUrl = `http://127.0.0.1:${addr.port}/hook`;
	sb = createSandbox({ port: 0, token: TOKEN, locationId: LOC, webhookUrls: [receiverUrl] });
	await sb.start();
});

afterAll(async () => {
	await sb.stop();
	await new Promise<void>((r) => receiver.close(() => r()));
});

beforeEach(async () => {
	await control('POST', '/reset');
	sb.setRateLimit({ max: 100, intervalMs: 10_000, daily: 200_000 });
	received.length = 0;
});

describe('auth, Version header and validation', () => {
	it('rejects a missing or wrong token with 401 and a HighLevel-like body', async () => {
		const r = await api('GET', '/contacts/abc', undefined, { Authorization: 'Bearer nope' });
		expect(r.status).toBe(401);
		expect(r.body).toEqual({ statusCode: 401, message: expect.any(String), error: 'Unauthorized' });
		const res = await fetch(`${sb.url}/contacts/abc`, { headers: { Version: V } });
		expect(res.status).toBe(401);
	});

	withSpecs('checks the operation’s own Version value from the spec', async () => {
		const missing = await api('GET', '/contacts/abc', undefined, { Version: '' });
		expect(missing.status).toBe(400);
		expect(missing.body).toMatchObject({ statusCode: 400, error: 'Bad Request' });
		const wrong = await api('GET', '/contacts/abc', undefined, { Version: '2021-04-15' });
		expect(wrong.status).toBe(422);
		expect(wrong.body.message[0]).toContain('2021-07-28');
		// calendars use 2021-04-15
		expect(
			(await api('GET', '/calendars/?locationId=x', undefined, { Version: '2021-04-15' })).status,
		).toBe(200);
		expect((await api('GET', '/calendars/?locationId=x')).status).toBe(422);
	});

	it('requires locationId to create a contact', async () => {
		const r = await api('POST', '/contacts/', { firstName: 'A' });
		expect(r.status).toBe(422);
		expect(r.body).toMatchObject({ statusCode: 422, error: 'Unprocessable Entity' });
		expect(r.body.message.join(' ')).toContain('locationId');
	});

	withSpecs('answers other spec operations from the spec’s examples', async () => {
		const r = await api('GET', '/locations/someLocation');
		expect(r.status).toBe(200);
		expect(r.body.location).toEqual(expect.objectContaining({ id: expect.any(String) }));
		expect((await api('GET', '/no/such/path')).status).toBe(404);
	});
});

describe('contacts (stateful)', () => {
	it('creates, gets, updates and deletes a contact with HighLevel response shapes', async () => {
		const created = await api('POST', '/contacts/', {
			locationId: LOC,
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ADA@example.com',
			tags: ['vip'],
		});
		expect(created.status).toBe(201);
		const c = created.body.contact;
		expect(c).toMatchObject({
			locationId: LOC,
			firstName: 'Ada',
			email: 'ada@example.com',
			tags: ['vip'],
			name: 'Ada Lovelace',
		});
		expect(c.id).toMatch(/^[A-Za-z0-9]{20}$/);
		expect((await api('GET', `/contacts/${c.id}`)).body).toEqual({
			contact: expect.objectContaining({ id: c.id, firstName: 'Ada' }),
		});
		const upd = await api('PUT', `/contacts/${c.id}`, { city: 'London' });
		expect(upd.status).toBe(200);
		expect(upd.body).toMatchObject({ succeded: true, contact: { city: 'London' } });
		expect((await api('DELETE', `/contacts/${c.id}`)).body).toEqual({ succeded: true });
		expect((await api('GET', `/contacts/${c.id}`)).status).toBe(400);
	});

	it('upserts by email', async () => {
		const a = await api('POST', '/contacts/upsert', {
			locationId: LOC,
			email: 'u@example.com',
			firstName: 'U',
		});
		expect(a.body).toMatchObject({ new: true, contact: { firstName: 'U' } });
		const b = await api('POST', '/contacts/upsert', {
			locationId: LOC,
			email: 'U@example.com',
			firstName: 'V',
		});
		expect(b.body).toMatchObject({
			new: false,
			contact: { id: a.body.contact.id, firstName: 'V' },
		});
	});

	it('pages POST /contacts/search with searchAfter and GET /contacts/ with startAfterId', async () => {
		const ids: string[] = [];
		for (let i = 0; i < 7; i++)
			ids.push(
				(await api('POST', '/contacts/', { locationId: LOC, firstName: `P${i}` })).body.contact.id,
			);
		await api('POST', '/contacts/', { locationId: 'otherLocation', firstName: 'X' });
		const seen: string[] = [];
		let searchAfter: unknown;
		for (let page = 0; page < 5; page++) {
			const r = await api('POST', '/contacts/search', {
				locationId: LOC,
				pageLimit: 3,
				...(searchAfter ? { searchAfter } : {}),
			});
			expect(r.body.total).toBe(7);
			seen.push(...r.body.contacts.map((c: { id: string }) => c.id));
			if (r.body.contacts.length < 3) break;
			searchAfter = r.body.contacts[r.body.contacts.length - 1].searchAfter;
			expect(searchAfter).toEqual([expect.any(Number), expect.any(String)]);
		}
		expect(seen).toEqual(ids);

		const old: string[] = [];
		let q = `locationId=${LOC}&limit=3`;
		for (let page = 0; page < 5; page++) {
			const r = await api('GET', `/contacts/?${q}`);
			expect(r.body.meta.total).toBe(7);
			old.push(...r.body.contacts.map((c: { id: string }) => c.id));
			if (!r.body.meta.nextPageUrl) break;
			expect(r.body.meta.nextPageUrl).toContain(`startAfterId=${r.body.meta.startAfterId}`);
			q = `locationId=${LOC}&limit=3&startAfterId=${r.body.meta.startAfterId}&startAfter=${r.body.meta.startAfter}`;
		}
		expect(old).toEqual(ids);
	});

	it('searches with query and filters', async () => {
		await api('POST', '/contacts/', { locationId: LOC, firstName: 'Grace', tags: ['a'] });
		await api('POST', '/contacts/', { locationId: LOC, firstName: 'Alan', tags: ['b'] });
		expect(
			(await api('POST', '/contacts/search', { locationId: LOC, pageLimit: 10, query: 'grac' }))
				.body.total,
		).toBe(1);
		const f = await api('POST', '/contacts/search', {
			locationId: LOC,
			pageLimit: 10,
			filters: [{ field: 'tags', operator: 'contains', value: 'b' }],
		});
		expect(f.body.contacts.map((c: { firstName: string }) => c.firstName)).toEqual(['Alan']);
	});

	it('handles tags, notes, tasks, followers, campaigns, workflows and bulk tags', async () => {
		const id = (await api('POST', '/contacts/', { locationId: LOC, firstName: 'T' })).body.contact
			.id;
		const other = (await api('POST', '/contacts/', { locationId: LOC, firstName: 'O' })).body
			.contact.id;
		expect(await api('POST', `/contacts/${id}/tags`, { tags: ['x', 'y'] })).toMatchObject({
			status: 201,
			body: { tags: ['x', 'y'] },
		});
		expect((await api('DELETE', `/contacts/${id}/tags`, { tags: ['x'] })).body).toEqual({
			tags: ['y'],
		});

		const note = await api('POST', `/contacts/${id}/notes`, { body: 'hello' });
		expect(note).toMatchObject({ status: 201, body: { note: { body: 'hello', contactId: id } } });
		const noteId = note.body.note.id;
		expect(
			(await api('PUT', `/contacts/${id}/notes/${noteId}`, { body: 'hi' })).body.note.body,
		).toBe('hi');
		expect((await api('GET', `/contacts/${id}/notes`)).body.notes).toHaveLength(1);
		expect((await api('GET', `/contacts/${id}/notes/${noteId}`)).body.note.id).toBe(noteId);
		expect((await api('DELETE', `/contacts/${id}/notes/${noteId}`)).body).toEqual({
			succeded: true,
		});
		expect((await api('POST', `/contacts/${id}/notes`, {})).status).toBe(422);

		const task = await api('POST', `/contacts/${id}/tasks`, {
			title: 'Call',
			dueDate: '2030-01-01T00:00:00Z',
			completed: false,
		});
		expect(task.status).toBe(201);
		const taskId = task.body.task.id;
		expect(
			(await api('PUT', `/contacts/${id}/tasks/${taskId}/completed`, { completed: true })).body.task
				.completed,
		).toBe(true);
		expect(
			(await api('PUT', `/contacts/${id}/tasks/${taskId}`, { title: 'Call back' })).body.task.title,
		).toBe('Call back');
		expect((await api('GET', `/contacts/${id}/tasks`)).body.tasks).toHaveLength(1);
		expect((await api('DELETE', `/contacts/${id}/tasks/${taskId}`)).body).toEqual({
			succeded: true,
		});

		expect(
			(await api('POST', `/contacts/${id}/followers`, { followers: ['u1', 'u2'] })).body,
		).toEqual({ followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] });
		expect((await api('DELETE', `/contacts/${id}/followers`, { followers: ['u1'] })).body).toEqual({
			followers: ['u2'],
			followersRemoved: ['u1'],
		});
		expect((await api('POST', `/contacts/${id}/campaigns/camp1`, {})).body).toEqual({
			succeded: true,
		});
		expect((await api('DELETE', `/contacts/${id}/campaigns/removeAll`)).body).toEqual({
			succeded: true,
		});
		expect((await api('POST', `/contacts/${id}/workflow/wf1`, {})).body).toEqual({
			succeded: true,
		});
		expect((await api('DELETE', `/contacts/${id}/workflow/wf1`, {})).body).toEqual({
			succeded: true,
		});

		const bulk = await api('POST', '/contacts/bulk/tags/update/add', {
			locationId: LOC,
			contacts: [id, other, 'nope'],
			tags: ['bulk'],
		});
		expect(bulk.status).toBe(201);
		expect(bulk.body).toMatchObject({ succeded: false, errorCount: 1 });
		expect((await api('GET', `/contacts/${other}`)).body.contact.tags).toEqual(['bulk']);
		const removeAll = await api('POST', '/contacts/bulk/tags/update/remove', {
			locationId: LOC,
			contacts: [id],
			tags: [],
			removeAllTags: true,
		});
		expect(removeAll.body.responses[0]).toMatchObject({
			type: 'success',
			tagsRemoved: ['y', 'bulk'],
		});
	});
});

describe('calendars and appointments (stateful)', () => {
	const CV = { Version: '2021-04-15' };

	it('lists the sandbox calendar, and creates, gets and updates calendars', async () => {
		const list = await api('GET', `/calendars/?locationId=${LOC}`, undefined, CV);
		expect(list.status).toBe(200);
		expect(list.body.calendars).toEqual([
			expect.objectContaining({ id: 'sandboxCalendar0001', locationId: LOC }),
		]);
		const created = await api('POST', '/calendars/', { locationId: LOC, name: 'Sales' }, CV);
		expect(created.body.calendar).toMatchObject({ locationId: LOC, name: 'Sales' });
		const id = created.body.calendar.id;
		expect((await api('GET', `/calendars/${id}`, undefined, CV)).body.calendar.name).toBe('Sales');
		const updated = await api('PUT', `/calendars/${id}`, { slotDuration: 45 }, CV);
		expect(updated.body.calendar).toMatchObject({ id, slotDuration: 45 });
		expect((await api('GET', '/calendars/nope', undefined, CV)).status).toBe(400);
	});

	it('books, gets, lists, updates and deletes an appointment, with signed deliveries', async () => {
		const contact = (await api('POST', '/contacts/', { locationId: LOC, firstName: 'Ada' })).body
			.contact.id;
		const booked = await api(
			'POST',
			'/calendars/events/appointments',
			{
				locationId: LOC,
				calendarId: 'sandboxCalendar0001',
				contactId: contact,
				startTime: '2026-02-02T09:00:00+05:30',
				title: 'Consult',
			},
			CV,
		);
		expect(booked.status).toBe(200);
		const appointment = booked.body;
		expect(appointment).toMatchObject({
			calendarId: 'sandboxCalendar0001',
			contactId: contact,
			locationId: LOC,
			title: 'Consult',
			appointmentStatus: 'confirmed',
			startTime: '2026-02-02T03:30:00.000Z',
			endTime: '2026-02-02T04:00:00.000Z',
		});
		const [created] = await waitForEvents(1, 'AppointmentCreate');
		expect(created.json).toMatchObject({
			type: 'AppointmentCreate',
			locationId: LOC,
			appointment: { id: appointment.id, contactId: contact, calendarId: 'sandboxCalendar0001' },
		});
		const signature = Buffer.from(String(created.headers['x-ghl-signature']), 'base64');
		expect(verify(null, created.raw, createPublicKey(sb.keys.ed25519PublicKeyPem), signature)).toBe(
			true,
		);

		const got = await api('GET', `/calendars/events/appointments/${appointment.id}`, undefined, CV);
		expect(got.body).toEqual({ event: appointment });
		const range = `locationId=${LOC}&calendarId=sandboxCalendar0001&startTime=${Date.UTC(2026, 1, 2)}&endTime=${Date.UTC(2026, 1, 3)}`;
		expect((await api('GET', `/calendars/events?${range}`, undefined, CV)).body.events).toEqual([
			appointment,
		]);
		const outside = `locationId=${LOC}&calendarId=sandboxCalendar0001&startTime=${Date.UTC(2026, 1, 3)}&endTime=${Date.UTC(2026, 1, 4)}`;
		expect((await api('GET', `/calendars/events?${outside}`, undefined, CV)).body.events).toEqual(
			[],
		);
		const noFilter = `locationId=${LOC}&startTime=0&endTime=1`;
		expect((await api('GET', `/calendars/events?${noFilter}`, undefined, CV)).status).toBe(422);
		expect((await api('GET', `/contacts/${contact}/appointments`)).body.events).toEqual([
			appointment,
		]);

		const moved = await api(
			'PUT',
			`/calendars/events/appointments/${appointment.id}`,
			{ appointmentStatus: 'cancelled' },
			CV,
		);
		expect(moved.body).toMatchObject({ id: appointment.id, appointmentStatus: 'cancelled' });
		await waitForEvents(1, 'AppointmentUpdate');

		const deleted = await api('DELETE', `/calendars/events/${appointment.id}`, {}, CV);
		expect(deleted.body).toEqual({ succeeded: true });
		await waitForEvents(1, 'AppointmentDelete');
		expect(
			(await api('GET', `/calendars/events/appointments/${appointment.id}`, undefined, CV)).status,
		).toBe(400);
	});

	it('refuses a booking on an unknown calendar or without its required fields', async () => {
		const base = { locationId: LOC, contactId: 'c1', startTime: '2026-02-02T09:00:00Z' };
		const unknown = await api(
			'POST',
			'/calendars/events/appointments',
			{ ...base, calendarId: 'nope' },
			CV,
		);
		expect(unknown.status).toBe(400);
		expect(unknown.body.message).toBe('Calendar not found');
		const missing = await api('POST', '/calendars/events/appointments', { locationId: LOC }, CV);
		expect(missing.status).toBe(422);
	});

	it('an appointment booked through the control endpoint can be got by its id', async () => {
		const booked = await control('POST', '/appointments', { contactId: 'c1', title: 'Demo' });
		const id = booked.body.appointment.id;
		expect(booked.body.deliveries[0]).toMatchObject({ status: 200 });
		const got = await api('GET', `/calendars/events/appointments/${id}`, undefined, CV);
		expect(got.body.event).toMatchObject({ id, contactId: 'c1', title: 'Demo', locationId: LOC });
	});
});

describe('pipelines and custom fields (seeded)', () => {
	it('lists the pipelines with their stages, for the location asked', async () => {
		const res = await api('GET', `/opportunities/pipelines?locationId=${LOC}`);
		expect(res.status).toBe(200);
		expect(res.body.pipelines.map((p: { name: string }) => p.name)).toEqual([
			'Sales Pipeline',
			'Renovation Projects',
		]);
		expect(res.body.pipelines[0]).toMatchObject({ locationId: LOC, id: 'sandboxPipeline00001' });
		expect(res.body.pipelines[0].stages.map((s: { name: string }) => s.name)).toEqual([
			'New Lead',
			'Contacted',
			'Proposal Sent',
			'Closed Won',
		]);
		expect((await api('GET', '/opportunities/pipelines')).status).toBe(422);
	});

	it('lists the custom fields of a model, and gets one by id', async () => {
		const names = async (model: string) =>
			(await api('GET', `/locations/${LOC}/customFields?model=${model}`)).body.customFields.map(
				(f: { name: string; model: string }) => `${f.model}:${f.name}`,
			);
		expect(await names('contact')).toEqual([
			'contact:Favorite Color',
			'contact:Company Size',
			'contact:Lead Source Detail',
			'contact:Preferred Contact Method',
			'contact:Birthday',
		]);
		expect(await names('opportunity')).toEqual([
			'opportunity:Project Budget',
			'opportunity:Expected Start',
			'opportunity:Services',
		]);
		expect(await names('all')).toHaveLength(8);
		const one = await api('GET', `/locations/${LOC}/customFields/sandboxField00000004`);
		expect(one.body.customField).toMatchObject({
			name: 'Preferred Contact Method',
			fieldKey: 'contact.preferred_contact_method',
			dataType: 'SINGLE_OPTIONS',
			picklistOptions: ['Email', 'Phone', 'SMS'],
			locationId: LOC,
			position: 3,
		});
		expect((await api('GET', `/locations/${LOC}/customFields/nope`)).status).toBe(400);
		expect((await api('GET', `/locations/${LOC}/customFields?model=task`)).status).toBe(422);
	});
});

describe('rate limits', () => {
	it('sends HighLevel’s rate-limit headers and 429s past the burst limit, then recovers', async () => {
		sb.setRateLimit({ max: 3, intervalMs: 300, daily: 1000 });
		const first = await api('GET', '/contacts/?locationId=' + LOC);
		expect(first.headers.get('x-ratelimit-max')).toBe('3');
		expect(first.headers.get('x-ratelimit-remaining')).toBe('2');
		expect(first.headers.get('x-ratelimit-interval-milliseconds')).toBe('300');
		expect(first.headers.get('x-ratelimit-limit-daily')).toBe('1000');
		expect(first.headers.get('x-ratelimit-daily-remaining')).toBe('999');
		await api('GET', '/contacts/?locationId=' + LOC);
		await api('GET', '/contacts/?locationId=' + LOC);
		const limited = await api('GET', '/contacts/?locationId=' + LOC);
		expect(limited.status).toBe(429);
		expect(limited.body).toMatchObject({ statusCode: 429 });
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
		await new Promise((r) => setTimeout(r, 350));
		expect((await api('GET', '/contacts/?locationId=' + LOC)).status).toBe(200);
		const log = (await control('GET', '/requests')).body.requests;
		expect(log.filter((e: { status: number }) => e.status === 429)).toHaveLength(1);
	});

	it('counts over a sliding window when asked: a slot frees as its request ages out', async () => {
		sb.setRateLimit({ max: 2, intervalMs: 400, daily: 1000, window: 'sliding' });
		const get = async () => await api('GET', '/contacts/?locationId=' + LOC);
		const sleep = async (ms: number) => await new Promise((r) => setTimeout(r, ms));
		expect((await get()).status).toBe(200);
		await sleep(300);
		expect((await get()).status).toBe(200);
		await sleep(150);
		// the first has aged out, the second still counts: one slot (a fixed window would give two)
		expect((await get()).status).toBe(200);
		const limited = await get();
		expect(limited.status).toBe(429);
		expect(limited.headers.get('x-ratelimit-remaining')).toBe('0');
		expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
		const log = (await control('GET', '/requests')).body.requests;
		expect(log.every((e: { countedAt?: number }) => typeof e.countedAt === 'number')).toBe(true);
		sb.setRateLimit({ window: 'fixed' });
	});

	it('enforces the daily limit', async () => {
		sb.setRateLimit({ max: 100, intervalMs: 10_000, daily: 2 });
		await api('GET', '/contacts/?locationId=' + LOC);
		await api('GET', '/contacts/?locationId=' + LOC);
		const r = await api('GET', '/contacts/?locationId=' + LOC);
		expect(r.status).toBe(429);
		expect(r.headers.get('x-ratelimit-daily-remaining')).toBe('0');
	});
});

describe('signed webhooks', () => {
	const verifyEd = (pem: string, r: Received) =>
		verify(
			null,
			r.raw,
			createPublicKey(pem),
			Buffer.from(String(r.headers['x-ghl-signature']), 'base64'),
		);
	const verifyRsa = (pem: string, r: Received) =>
		verify(
			'sha256',
			r.raw,
			createPublicKey(pem),
			Buffer.from(String(r.headers['x-wh-signature']), 'base64'),
		);

	it('signs state-change events with Ed25519 (x-ghl-signature) and RSA (x-wh-signature)', async () => {
		const pem = (await control('GET', '/public-key')).text;
		const rsaPem = (await control('GET', '/public-key?type=rsa')).text;
		expect(pem).toContain('BEGIN PUBLIC KEY');
		const id = (
			await api('POST', '/contacts/', {
				locationId: LOC,
				firstName: 'Hook',
				email: 'h@example.com',
			})
		).body.contact.id;
		const [ev] = await waitForEvents(1, 'ContactCreate');
		expect(ev.json).toMatchObject({
			type: 'ContactCreate',
			locationId: LOC,
			id,
			firstName: 'Hook',
		});
		expect(new Date(String(ev.json.timestamp)).toISOString()).toBe(ev.json.timestamp);
		expect(ev.json.webhookId).toMatch(/^[0-9a-f-]{36}$/);
		expect(verifyEd(pem, ev)).toBe(true);
		expect(verifyRsa(rsaPem, ev)).toBe(true);
		// a single flipped byte breaks the signature
		const tampered = { ...ev, raw: Buffer.from(ev.raw.toString().replace('Hook', 'Hoak')) };
		expect(verifyEd(pem, tampered)).toBe(false);

		await api('POST', `/contacts/${id}/tags`, { tags: ['t1'] });
		const [tag] = await waitForEvents(1, 'ContactTagUpdate');
		expect(tag.json).toMatchObject({ id, tags: ['t1'] });
		await api('POST', `/contacts/${id}/notes`, { body: 'n' });
		const [note] = await waitForEvents(1, 'NoteCreate');
		expect(note.json).toMatchObject({ contactId: id, body: 'n', locationId: LOC });
		expect(verifyEd(pem, note)).toBe(true);
	});

	it('sends on-demand events: appointment booked, campaign status, any documented type, forged', async () => {
		const pem = sb.keys.ed25519PublicKeyPem;
		const appt = await control('POST', '/appointments', { contactId: 'c1', title: 'Demo' });
		expect(appt.status).toBe(201);
		const [a] = await waitForEvents(1, 'AppointmentCreate');
		expect(a.json).toMatchObject({
			type: 'AppointmentCreate',
			locationId: LOC,
			appointment: { contactId: 'c1', title: 'Demo' },
		});
		expect(verifyEd(pem, a)).toBe(true);

		await control('POST', '/campaigns/camp9/status', { contactId: 'c1', status: 'completed' });
		const [c] = await waitForEvents(1, 'CampaignStatusUpdate');
		expect(c.json).toMatchObject({
			id: 'camp9',
			contactId: 'c1',
			status: 'completed',
			locationId: LOC,
		});

		await control('POST', '/events', { type: 'OpportunityCreate', name: 'Deal' });
		const [o] = await waitForEvents(1, 'OpportunityCreate');
		expect(o.json).toMatchObject({ type: 'OpportunityCreate', name: 'Deal' });

		await control('POST', '/events', { type: 'ContactCreate', id: 'forged1', signing: 'forged' });
		const forged = (await waitForEvents(1, 'ContactCreate')).find((r) => r.json.id === 'forged1')!;
		expect(forged.headers['x-ghl-signature']).toBeDefined();
		expect(verifyEd(pem, forged)).toBe(false);

		await control('POST', '/events', { type: 'ContactCreate', id: 'unsigned1', signing: 'none' });
		const unsigned = (await waitForEvents(2, 'ContactCreate')).find(
			(r) => r.json.id === 'unsigned1',
		)!;
		expect(unsigned.headers['x-ghl-signature']).toBeUndefined();

		const deliveries = (await control('GET', '/deliveries')).body.deliveries;
		expect(deliveries.length).toBeGreaterThanOrEqual(5);
		expect(deliveries[0]).toMatchObject({ url: receiverUrl, status: 200 });
	});

	it('repeats one delivery: a given webhookId, the same signed bytes sent `copies` times at once', async () => {
		const answer = await control('POST', '/events', {
			type: 'ContactCreate',
			id: 'repeated1',
			webhookId: 'webhook-repeated-1',
			copies: 3,
		});
		expect(answer.body.event.webhookId).toBe('webhook-repeated-1');
		expect(answer.body.deliveries).toHaveLength(3);
		const copies = (await waitForEvents(3, 'ContactCreate')).filter(
			(r) => r.json.id === 'repeated1',
		);
		expect(copies).toHaveLength(3);
		expect(new Set(copies.map((r) => r.raw.toString('base64'))).size).toBe(1);
		expect(copies[0].json.webhookId).toBe('webhook-repeated-1');
		expect(new Set(copies.map((r) => String(r.headers['x-ghl-signature']))).size).toBe(1);
	});
});

describe('webhook subscriptions', () => {
	afterEach(() => sb.setWebhookEvents(undefined));

	it('sends only the subscribed event types, one delivery at a time in order', async () => {
		sb.setWebhookEvents(['NoteCreate']);
		const id = (await api('POST', '/contacts/', { locationId: LOC, firstName: 'Sub' })).body.contact
			.id;
		for (let i = 0; i < 5; i++) await api('POST', `/contacts/${id}/notes`, { body: `n${i}` });
		const got = await waitForEvents(5);
		expect(got.map((r) => r.json.type)).toEqual(Array(5).fill('NoteCreate'));
		expect(got.map((r) => r.json.body)).toEqual(['n0', 'n1', 'n2', 'n3', 'n4']);
		const { deliveries } = (await control('GET', '/deliveries')).body;
		expect(deliveries.find((d: { type: string }) => d.type === 'ContactCreate')).toMatchObject({
			status: null,
			note: 'not subscribed',
		});
	});
});

describe('request log', () => {
	it('records API requests with headers and bodies', async () => {
		await api('POST', '/contacts/', { locationId: LOC, firstName: 'Log' });
		const { requests } = (await control('GET', '/requests')).body;
		expect(requests).toHaveLength(1);
		expect(requests[0]).toMatchObject({
			method: 'POST',
			path: '/contacts/',
			status: 201,
			operation: HAS_SPECS ? 'contacts:create-contact' : 'contacts:POST /contacts/',
			body: { firstName: 'Log' },
		});
		expect(requests[0].headers).toMatchObject({ authorization: `Bearer ${TOKEN}`, version: V });
	});
});

describe('uploads', () => {
	it('accepts a multipart/form-data upload and logs its fields and files', async () => {
		const { encodeMultipart } = await import('../../nodes/shared/transport/multipart');
		const { body, contentType } = encodeMultipart([
			{ name: 'name', value: 'banner.png' },
			{ name: 'file', value: Buffer.from([1, 2, 3]), fileName: 'b.png', contentType: 'image/png' },
		]);
		const res = await fetch(`${sb.url}/medias/upload-file`, {
			method: 'POST',
			headers: { Authorization: `Bearer ${TOKEN}`, Version: V, 'content-type': contentType },
			body,
		});
		expect(res.status).toBeLessThan(300);
		const logged = sb.requests[sb.requests.length - 1] as unknown as { body: unknown };
		expect(logged.body).toEqual({
			name: 'banner.png',
			file: { fileName: 'b.png', contentType: 'image/png', size: 3 },
		});
	});
});
