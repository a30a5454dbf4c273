'use strict';
// HighLevel API v2 sandbox: a small local server (node:http) for running the example workflows and the
// e2e suite without a HighLevel account. See sandbox/README.md.
const http = require('node:http');
const crypto = require('node:crypto');
const { SpecIndex, resolveApiDocsDir } = require('./spec');
const { ContactsStore, HttpError } = require('./contacts');
const { CalendarsStore, calendarsRoute } = require('./calendars');
const { ConversationsStore, parseMultipart } = require('./conversations');
const { settingsRoute } = require('./settings');
const webhooks = require('./webhooks');
const { OAuthServer } = require('./oauth');

const CONTROL = '/__sandbox';

function defaults(options) {
	return {
		host: '127.0.0.1',
		port: 0,
		token: 'sandbox-token',
		agencyToken: 'sandbox-agency-token',
		locationId: 'sandboxLocation0001',
		companyId: 'sandboxCompany00001',
		secondLocationId: 'sandboxLocation0002',
		oauth: {
			clientId: 'sandbox-client-id',
			clientSecret: 'sandbox-client-secret',
			expiresIn: 86399,
		},
		apiDocsDir: undefined,
		webhookUrls: [],
		webhookSigning: 'both',
		webhookEvents: undefined,
		logLimit: 5000,
		keysFile: undefined,
		quiet: true,
		...options,
		rateLimit: { max: 100, intervalMs: 10_000, daily: 200_000, ...(options && options.rateLimit) },
	};
}

/**
 * The fields of a multipart/form-data body (uploads): text parts as text, file parts as their file
 * name, type and size (the request log shows them; the bytes are not kept).
 */
function multipartFields(raw, contentType) {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!match) throw new HttpError(400, 'Multipart: Boundary not found', 'Bad Request');
	const delimiter = Buffer.from(`\r\n--${match[1] || match[2]}`);
	const fields = {};
	let at = raw.indexOf(delimiter.subarray(2));
	while (at >= 0) {
		const headEnd = raw.indexOf('\r\n\r\n', at);
		const next = raw.indexOf(delimiter, headEnd);
		if (headEnd < 0 || next < 0) break;
		const head = raw.subarray(at, headEnd).toString('utf8');
		const name = /name="([^"]*)"/.exec(head);
		const file = /filename="([^"]*)"/.exec(head);
		const type = /content-type:\s*([^\r\n]+)/i.exec(head);
		const data = raw.subarray(headEnd + 4, next);
		if (name) {
			fields[name[1]] = file
				? { fileName: file[1], contentType: type ? type[1] : undefined, size: data.length }
				: data.toString('utf8');
		}
		at = next + 2;
	}
	return fields;
}

function readBody(req) {
	return new Promise((resolve, reject) => {
		const chunks = [];
		let size = 0;
		req.on('data', (c) => {
			size += c.length;
			if (size > 10 * 1024 * 1024) {
				reject(new HttpError(413, 'Payload too large'));
				req.destroy();
				return;
			}
			chunks.push(c);
		});
		req.on('end', () => resolve(Buffer.concat(chunks)));
		req.on('error', reject);
	});
}

/** A form-encoded body (JSON is accepted too). */
function parseForm(raw, contentType) {
	const text = raw.toString('utf8');
	if (/json/i.test(String(contentType || ''))) return text ? JSON.parse(text) : {};
	return Object.fromEntries(new URLSearchParams(text));
}

function send(res, status, body, headers = {}) {
	if (Buffer.isBuffer(body)) {
		res.writeHead(status, { 'content-type': 'application/octet-stream', ...headers });
		res.end(body);
		return;
	}
	const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
	res.writeHead(status, {
		'content-type':
			typeof body === 'string' ? 'text/plain; charset=utf-8' : 'application/json; charset=utf-8',
		...headers,
	});
	res.end(text);
}

function createSandbox(options = {}) {
	const cfg = defaults(options);
	const docsDir = resolveApiDocsDir(cfg.apiDocsDir);
	const spec = new SpecIndex(docsDir);
	const keys = webhooks.loadOrCreateKeys(cfg.keysFile);
	const log = []; // API + control request log
	const deliveries = [];
	const pending = new Set();
	let webhookUrls = [...cfg.webhookUrls];
	let signing = cfg.webhookSigning;
	let webhookEvents = cfg.webhookEvents ? [...cfg.webhookEvents] : undefined;
	let rate = { ...cfg.rateLimit };
	const buckets = new Map(); // token|location -> { windowStart, count, dayStart, dayCount }
	let seq = 0;
	let server;
	let baseUrl;

	// Deliveries go out one at a time, in order (as HighLevel's queue does), so a burst of state changes
	// cannot flood the receiver. `webhookEvents` (like a Marketplace app's subscriptions) limits the types sent.
	let queue = Promise.resolve();
	function emit(type, payload) {
		const body = {
			...payload,
			type,
			timestamp: new Date().toISOString(),
			webhookId: crypto.randomUUID(),
		};
		if (!webhookUrls.length || (webhookEvents && !webhookEvents.includes(type))) {
			if (deliveries.length < cfg.logLimit)
				deliveries.push({
					type,
					webhookId: body.webhookId,
					status: null,
					note: webhookUrls.length ? 'not subscribed' : 'no webhook URL configured',
					payload: body,
				});
			return Promise.resolve([]);
		}
		const targets = [...webhookUrls];
		const p = queue
			.then(() => webhooks.deliver({ keys, targets, payload: body, signing }))
			.then((results) => {
				for (const r of results) deliveries.push({ ...r, payload: body });
				if (deliveries.length > cfg.logLimit)
					deliveries.splice(0, deliveries.length - cfg.logLimit);
				return results;
			});
		queue = p.catch(() => undefined);
		pending.add(p);
		p.finally(() => pending.delete(p)).catch(() => undefined);
		return p;
	}

	const store = new ContactsStore({
		emit: (t, p) => void emit(t, p),
		defaultLocationId: cfg.locationId,
	});
	const calendars = new CalendarsStore({
		emit: (t, p) => emit(t, p),
		defaultLocationId: cfg.locationId,
		contacts: store,
	});

	const conversations = new ConversationsStore({
		contacts: store,
		emit: (t, p) => void emit(t, p),
		now: () => store.now(),
	});

	const oauth = new OAuthServer({
		...cfg.oauth,
		companyId: cfg.companyId,
		userId: 'sandboxUser00000001',
		locations: [
			{ id: cfg.locationId, name: 'Sandbox Sub-Account' },
			{ id: cfg.secondLocationId, name: 'Second Sandbox Sub-Account' },
		],
		pit: { token: cfg.token, locationId: cfg.locationId },
		agencyPit: cfg.agencyToken,
	});

	/** The locations a request names (path, query or body), for the token's location check. */
	function locationsNamed(params, url, body) {
		const q = url.searchParams;
		return [
			params.locationId,
			q.get('locationId'),
			q.get('location_id'),
			body && typeof body === 'object' ? body.locationId : undefined,
		].filter((x) => typeof x === 'string' && x);
	}

	/** `GET /oauth/chooselocation` (HighLevel serves it under /v2 on the Marketplace host) and `POST /oauth/token`. */
	function handleOAuth(req, res, url, raw, entry) {
		const page = /^(?:\/v2)?\/oauth\/chooselocation(\/grant)?\/?$/.exec(url.pathname);
		if (page && req.method === 'GET') {
			entry.operation = page[1] ? 'oauth:grant' : 'oauth:chooselocation';
			if (page[1]) {
				res.writeHead(302, { location: oauth.grantRedirect(url) });
				return res.end();
			}
			return send(res, 200, oauth.chooseLocationPage(url), {
				'content-type': 'text/html; charset=utf-8',
			});
		}
		entry.operation = 'oauth:token';
		const body = parseForm(raw, req.headers['content-type']);
		entry.body = { grant_type: body.grant_type };
		return send(res, 200, oauth.token(body));
	}

	function rateLimit(key) {
		const now = Date.now();
		let b = buckets.get(key);
		if (!b)
			buckets.set(
				key,
				(b = { windowStart: now, count: 0, dayStart: now, dayCount: 0, acceptedAt: [] }),
			);
		if (rate.window === 'sliding') {
			// every request accepted within the last interval counts; a slot frees as its request ages out
			while (b.acceptedAt.length && b.acceptedAt[0] <= now - rate.intervalMs) b.acceptedAt.shift();
			b.count = b.acceptedAt.length;
			b.windowStart = b.acceptedAt.length ? b.acceptedAt[0] : now;
		} else if (now - b.windowStart >= rate.intervalMs) ((b.windowStart = now), (b.count = 0));
		if (now - b.dayStart >= 86_400_000) ((b.dayStart = now), (b.dayCount = 0));
		const limited = b.count >= rate.max || b.dayCount >= rate.daily;
		if (!limited) {
			b.count += 1;
			b.dayCount += 1;
			if (rate.window === 'sliding') b.acceptedAt.push(now);
		}
		const headers = {
			'X-RateLimit-Max': String(rate.max),
			'X-RateLimit-Remaining': String(Math.max(0, rate.max - b.count)),
			'X-RateLimit-Interval-Milliseconds': String(rate.intervalMs),
			'X-RateLimit-Limit-Daily': String(rate.daily),
			'X-RateLimit-Daily-Remaining': String(Math.max(0, rate.daily - b.dayCount)),
		};
		if (limited) {
			const wait =
				b.dayCount >= rate.daily
					? b.dayStart + 86_400_000 - now
					: b.windowStart + rate.intervalMs - now;
			headers['Retry-After'] = String(Math.max(1, Math.ceil(wait / 1000)));
		}
		return { limited, headers, at: now };
	}

	function record(entry) {
		log.push(entry);
		if (log.length > cfg.logLimit) log.splice(0, log.length - cfg.logLimit);
	}

	// ---- stateful contacts routes (apps/contacts.json); returns undefined when not handled here
	function contacts(route, params, req, url, body) {
		const t = `${route.method} ${route.template}`;
		const id = params.contactId;
		const q = Object.fromEntries(url.searchParams);
		switch (t) {
			case 'POST /contacts/':
				return [201, { contact: store.view(store.create(body)) }];
			case 'GET /contacts/':
				return [200, store.listDeprecated(q, baseUrl)];
			case 'POST /contacts/search':
				return [200, store.search(body)];
			case 'GET /contacts/search/duplicate':
				return [200, store.duplicate(q)];
			case 'POST /contacts/upsert': {
				const r = store.upsert(body);
				return [
					200,
					{ new: r.isNew, contact: store.view(r.contact), traceId: crypto.randomUUID() },
				];
			}
			case 'GET /contacts/{contactId}':
				return [200, { contact: store.view(store.get(id)) }];
			case 'PUT /contacts/{contactId}':
				return [200, { succeded: true, contact: store.view(store.update(id, body)) }];
			case 'DELETE /contacts/{contactId}':
				store.remove(id);
				return [200, { succeded: true }];
			case 'POST /contacts/{contactId}/tags':
				return [201, { tags: [...store.addTags(id, body.tags)] }];
			case 'DELETE /contacts/{contactId}/tags':
				return [200, { tags: [...store.removeTags(id, body.tags)] }];
			case 'POST /contacts/bulk/tags/update/{type}':
				return [201, store.bulkTags(params.type, body)];
			case 'POST /contacts/bulk/business':
				return [200, store.bulkBusiness(body)];
			case 'GET /contacts/business/{businessId}':
				return [200, store.byBusiness(params.businessId, q)];
			case 'GET /contacts/{contactId}/notes':
				return [200, { notes: [...store.notesOf(id).values()] }];
			case 'POST /contacts/{contactId}/notes':
				return [201, { note: store.createNote(id, body) }];
			case 'GET /contacts/{contactId}/notes/{id}':
				return [200, { note: store.note(id, params.id) }];
			case 'PUT /contacts/{contactId}/notes/{id}':
				return [200, { note: store.updateNote(id, params.id, body) }];
			case 'DELETE /contacts/{contactId}/notes/{id}':
				store.deleteNote(id, params.id);
				return [200, { succeded: true }];
			case 'GET /contacts/{contactId}/tasks':
				return [200, { tasks: [...store.tasksOf(id).values()] }];
			case 'POST /contacts/{contactId}/tasks':
				return [201, { task: store.createTask(id, body) }];
			case 'GET /contacts/{contactId}/tasks/{taskId}':
				return [200, { task: store.task(id, params.taskId) }];
			case 'PUT /contacts/{contactId}/tasks/{taskId}':
				return [200, { task: store.updateTask(id, params.taskId, body) }];
			case 'PUT /contacts/{contactId}/tasks/{taskId}/completed':
				if (typeof body.completed !== 'boolean')
					throw new HttpError(422, ['completed must be a boolean value']);
				return [200, { task: store.updateTask(id, params.taskId, { completed: body.completed }) }];
			case 'DELETE /contacts/{contactId}/tasks/{taskId}':
				store.deleteTask(id, params.taskId);
				return [200, { succeded: true }];
			case 'GET /contacts/{contactId}/appointments':
				store.get(id);
				return [200, { events: store.appointments.filter((a) => a.contactId === id) }];
			case 'POST /contacts/{contactId}/followers':
				return [201, store.addFollowers(id, body.followers)];
			case 'DELETE /contacts/{contactId}/followers':
				return [200, store.removeFollowers(id, body.followers)];
			case 'POST /contacts/{contactId}/campaigns/{campaignId}':
				store.addToCampaign(id, params.campaignId);
				return [201, { succeded: true }];
			case 'DELETE /contacts/{contactId}/campaigns/{campaignId}':
			case 'DELETE /contacts/{contactId}/campaigns/removeAll':
				store.removeFromCampaign(id, params.campaignId || 'removeAll');
				return [200, { succeded: true }];
			case 'POST /contacts/{contactId}/workflow/{workflowId}':
				store.addToWorkflow(id, params.workflowId);
				return [200, { succeded: true }];
			case 'DELETE /contacts/{contactId}/workflow/{workflowId}':
				store.removeFromWorkflow(id, params.workflowId);
				return [200, { succeded: true }];
			default:
				return undefined;
		}
	}

	async function handleApi(req, res, url, raw, entry) {
		const m = spec.match(req.method, url.pathname);
		if (!m) throw new HttpError(404, `Cannot ${req.method} ${url.pathname}`, 'Not Found');
		if (m.methodNotAllowed)
			throw new HttpError(404, `Cannot ${req.method} ${url.pathname}`, 'Not Found');
		const { route, params } = m;
		entry.operation = `${route.app}:${route.op.operationId || route.template}`;

		// Refused before anything else, as HighLevel does; the location check follows the body's parsing.
		const caller = oauth.authorize(req.headers.authorization, route, [params.locationId]);
		const rl = rateLimit(caller.key);
		for (const [k, v] of Object.entries(rl.headers)) res.setHeader(k, v);
		entry.countedAt = rl.at; // when the rate limit counted (or refused) it, in ms
		if (rl.limited) {
			entry.rateLimited = true;
			try {
				entry.body = raw.length ? JSON.parse(raw.toString('utf8')) : undefined; // whose request was refused
			} catch {
				/* not JSON */
			}
			throw new HttpError(429, 'Too many requests', 'Too Many Requests');
		}

		const versions = spec.versions(route);
		const version = req.headers.version;
		if (versions) {
			if (!version) throw new HttpError(400, 'Version header was not found', 'Bad Request');
			if (!versions.includes(version))
				throw new HttpError(
					422,
					[`Version must be one of the following values: ${versions.join(', ')}`],
					'Unprocessable Entity',
				);
		}

		let body = {};
		let files = [];
		const contentType = String(req.headers['content-type'] || '');
		if (raw.length && /^multipart\/form-data/i.test(contentType)) {
			({ files } = parseMultipart(raw, contentType));
			// Text parts as text, file parts as their name, type and size.
			body = multipartFields(raw, contentType);
			entry.files = files.map((f) => ({
				field: f.field,
				fileName: f.fileName,
				mimeType: f.mimeType,
				size: f.bytes.length,
				sha256: crypto.createHash('sha256').update(f.bytes).digest('hex'),
			}));
		} else if (raw.length && /^application\/x-www-form-urlencoded/i.test(contentType)) {
			body = parseForm(raw, contentType);
		} else if (raw.length) {
			try {
				body = JSON.parse(raw.toString('utf8'));
			} catch {
				throw new HttpError(400, 'Unexpected token in JSON body', 'Bad Request');
			}
		}
		entry.body = body;
		if (['POST', 'PUT', 'PATCH'].includes(route.method)) {
			const missing = spec
				.requiredBodyFields(route)
				.filter((k) => body[k] === undefined || body[k] === null || body[k] === '');
			if (missing.length)
				throw new HttpError(
					422,
					missing.map((k) => `${k} should not be empty`),
					'Unprocessable Entity',
				);
		}

		oauth.authorize(req.headers.authorization, route, locationsNamed(params, url, body));

		const handled =
			route.app === 'oauth'
				? oauthRoute(route, caller, url, body)
				: route.app === 'contacts'
					? contacts(route, params, req, url, body)
					: route.app === 'calendars'
						? calendarsRoute(calendars, route, params, url, body)
						: route.app === 'conversations'
							? conversations.handle(
									`${route.method} ${route.template}`,
									params,
									Object.fromEntries(url.searchParams),
									body,
									{ files, baseUrl },
								)
							: settingsRoute(route, params, url);
		if (handled) return send(res, handled[0], handled[1], handled[2]);
		const ex = spec.exampleResponse(route);
		entry.fromSpec = true;
		return send(res, ex.status, ex.body);
	}

	function oauthRoute(route, caller, url, body) {
		switch (`${route.method} ${route.template}`) {
			case 'POST /oauth/locationToken':
				return [200, oauth.locationToken(caller, body)];
			case 'GET /oauth/installedLocations':
				return [200, oauth.installedLocations(Object.fromEntries(url.searchParams))];
			default:
				return undefined;
		}
	}

	// ---- control endpoint
	async function handleControl(req, res, url, raw) {
		const p = url.pathname.slice(CONTROL.length) || '/';
		const isJson = !/^\/uploads\//.test(p);
		const body = isJson && raw.length ? JSON.parse(raw.toString('utf8')) : {};
		const m = (method, re) => req.method === method && re.exec(p);
		let r;
		if (m('GET', /^\/?$/) || m('GET', /^\/health$/))
			return send(res, 200, {
				ok: true,
				baseUrl,
				locationId: cfg.locationId,
				companyId: cfg.companyId,
				apiDocsDir: docsDir,
				operations: spec.routes.length,
			});
		if (m('GET', /^\/config$/))
			return send(res, 200, {
				token: cfg.token,
				agencyToken: cfg.agencyToken,
				locationId: cfg.locationId,
				secondLocationId: cfg.secondLocationId,
				companyId: cfg.companyId,
				oauth: { clientId: cfg.oauth.clientId, clientSecret: cfg.oauth.clientSecret },
				rateLimit: rate,
				webhookUrls,
				webhookSigning: signing,
				webhookEvents: webhookEvents || null,
			});
		if (m('PUT', /^\/config$/) || m('POST', /^\/config$/)) {
			if (body.rateLimit) {
				rate = { ...rate, ...body.rateLimit };
				buckets.clear();
			}
			if (body.webhookUrls) webhookUrls = [...body.webhookUrls];
			if (body.webhookUrl !== undefined) webhookUrls = body.webhookUrl ? [body.webhookUrl] : [];
			if (body.webhookSigning) signing = body.webhookSigning;
			if (body.webhookEvents !== undefined)
				webhookEvents = body.webhookEvents ? [...body.webhookEvents] : undefined;
			return send(res, 200, {
				rateLimit: rate,
				webhookUrls,
				webhookSigning: signing,
				webhookEvents: webhookEvents || null,
			});
		}
		if (m('GET', /^\/requests$/)) {
			const since = Number(url.searchParams.get('since') || 0);
			return send(res, 200, { requests: log.filter((e) => e.seq > since) });
		}
		if (m('DELETE', /^\/requests$/)) {
			log.length = 0;
			return send(res, 200, { ok: true });
		}
		if (m('GET', /^\/public-key(\.pem)?$/)) {
			const type = url.searchParams.get('type') === 'rsa' ? 'rsa' : 'ed25519';
			return send(res, 200, keys[type].publicKeyPem, { 'content-type': 'application/x-pem-file' });
		}
		if (m('GET', /^\/public-keys$/))
			return send(res, 200, { ed25519: keys.ed25519.publicKeyPem, rsa: keys.rsa.publicKeyPem });
		if (m('GET', /^\/deliveries$/)) return send(res, 200, { deliveries });
		if (m('DELETE', /^\/deliveries$/)) {
			deliveries.length = 0;
			return send(res, 200, { ok: true });
		}
		if (m('GET', /^\/event-types$/))
			return send(res, 200, { types: webhooks.listEventTypes(docsDir) });
		if (m('GET', /^\/state$/))
			return send(res, 200, {
				conversations: [...conversations.conversations.values()].map((c) => conversations.view(c)),
				messages: [...conversations.messages.values()].map((m) => conversations.messageView(m)),
				contacts: [...store.contacts.values()].map((c) => store.view(c)),
				notes: Object.fromEntries([...store.notes].map(([k, v]) => [k, [...v.values()]])),
				tasks: Object.fromEntries([...store.tasks].map(([k, v]) => [k, [...v.values()]])),
				appointments: store.appointments,
				calendars: [...calendars.calendars.values()],
				calendarGroups: [...calendars.groups.values()],
			});
		if (m('GET', /^\/oauth$/)) return send(res, 200, oauth.view());
		if (m('POST', /^\/oauth\/expire$/)) return send(res, 200, { expired: oauth.expireAll() });
		if (m('POST', /^\/reset$/)) {
			store.reset();
			oauth.reset();
			calendars.reset();
			conversations.reset();
			log.length = 0;
			deliveries.length = 0;
			buckets.clear();
			return send(res, 200, { ok: true });
		}
		if (m('POST', /^\/flush$/)) {
			await Promise.allSettled([...pending]);
			return send(res, 200, { ok: true });
		}
		// Messages sent and received, newest last: what a contact was sent (e.g. the SMS of a workflow).
		if (m('GET', /^\/messages$/)) {
			const q = Object.fromEntries(url.searchParams);
			const messages = [...conversations.messages.values()]
				.filter(
					(x) =>
						(!q.contactId || x.contactId === q.contactId) &&
						(!q.type || x.type === q.type) &&
						(!q.direction || x.direction === q.direction),
				)
				.map((x) => conversations.messageView(x));
			return send(res, 200, { messages });
		}
		// "The contact replies" -> the message lands in the contact's conversation, InboundMessage is sent
		if (m('POST', /^\/inbound$/)) {
			if (!body.contactId) throw new HttpError(422, ['contactId should not be empty']);
			const message = conversations.inbound(
				{ contactId: body.contactId, type: body.type || 'SMS', message: body.message || '' },
				false,
			);
			await Promise.allSettled([...pending]);
			return send(res, 201, {
				message: conversations.messageView(message),
				deliveries: deliveries.filter((d) => d.payload && d.payload.messageId === message.id),
			});
		}
		// Uploaded files, as the URLs the upload answered; and the large-file upload's target
		if ((r = m('GET', /^\/files\/([^/]+)(?:\/[^/]*)?$/))) {
			const file = conversations.files.get(decodeURIComponent(r[1]));
			if (!file) throw new HttpError(404, 'No such file', 'Not Found');
			return send(res, 200, file.bytes, {
				'content-type': file.mimeType,
				'content-disposition': `attachment; filename="${file.fileName.replace(/["\r\n]/g, '')}"`,
			});
		}
		if ((r = m('PUT', /^\/uploads\/([^/]+)$/))) {
			const upload = conversations.uploads.get(decodeURIComponent(r[1]));
			if (!upload) throw new HttpError(404, 'No such upload', 'Not Found');
			upload.bytes = raw;
			return send(res, 200, { ok: true, size: raw.length });
		}
		// "Book an appointment" -> AppointmentCreate (the same booking as POST /calendars/events/appointments)
		if (m('POST', /^\/appointments$/)) {
			const base = webhooks.docExample(docsDir, 'AppointmentCreate') || { appointment: {} };
			const start = body.startTime || new Date(Date.now() + 86_400_000).toISOString();
			const booked = calendars.book({ ...body, startTime: start }, base.appointment);
			const results = await booked.delivery;
			return send(res, 201, { appointment: booked.appointment, deliveries: results });
		}
		// "Set campaign status" -> CampaignStatusUpdate
		if ((r = m('POST', /^\/campaigns\/([^/]+)\/status$/))) {
			const base = webhooks.docExample(docsDir, 'CampaignStatusUpdate') || {};
			const payload = {
				...base,
				locationId: cfg.locationId,
				id: decodeURIComponent(r[1]),
				contactId: body.contactId || base.contactId,
				status: body.status || 'completed',
				templateId: body.templateId || base.templateId,
				replied: body.replied ?? base.replied,
				dateAdded: new Date().toISOString(),
			};
			const results = await emit('CampaignStatusUpdate', payload);
			return send(res, 200, { event: payload, deliveries: results });
		}
		// Any documented event on demand: { type, signing?, ...fields }
		if (m('POST', /^\/events$/)) {
			const { type, signing: sig, rawBody, copies, webhookId, ...fields } = body;
			if (!type) throw new HttpError(422, ['type should not be empty']);
			const base = webhooks.docExample(docsDir, type) || {};
			const payload = {
				...base,
				locationId: cfg.locationId,
				...fields,
				type,
				timestamp: new Date().toISOString(),
				webhookId: webhookId || crypto.randomUUID(),
			};
			// `copies`: the same signed bytes sent that many times at once (a delivery HighLevel repeats).
			const raw = rawBody !== undefined ? rawBody : JSON.stringify(payload);
			const sent = await Promise.all(
				Array.from({ length: Math.min(Math.max(1, Number(copies) || 1), 20) }, () =>
					webhooks.deliver({
						keys,
						targets: fields.url ? [fields.url] : webhookUrls,
						payload,
						signing: sig || signing,
						rawBody: raw,
					}),
				),
			);
			const results = sent.flat();
			for (const x of results) deliveries.push({ ...x, payload });
			return send(res, 200, { event: payload, deliveries: results });
		}
		throw new HttpError(404, `Unknown control endpoint ${req.method} ${url.pathname}`, 'Not Found');
	}

	async function handler(req, res) {
		const url = new URL(req.url, baseUrl);
		const entry = {
			seq: ++seq,
			at: new Date().toISOString(),
			method: req.method,
			path: url.pathname,
			query: Object.fromEntries(url.searchParams),
			headers: { ...req.headers },
		};
		try {
			const raw = await readBody(req);
			if (url.pathname === CONTROL || url.pathname.startsWith(`${CONTROL}/`)) {
				entry.control = true;
				await handleControl(req, res, url, raw);
			} else if (
				/^(?:\/v2)?\/oauth\/chooselocation/.test(url.pathname) ||
				(req.method === 'POST' && url.pathname === '/oauth/token')
			) {
				handleOAuth(req, res, url, raw, entry);
			} else {
				await handleApi(req, res, url, raw, entry);
			}
		} catch (e) {
			const status = e instanceof HttpError ? e.status : e instanceof SyntaxError ? 400 : 500;
			const body =
				e instanceof HttpError
					? e.body
					: {
							statusCode: status,
							message: e.message,
							error: status === 400 ? 'Bad Request' : 'Internal Server Error',
						};
			if (!res.headersSent) send(res, status, body);
			entry.error = body.message;
		}
		entry.status = res.statusCode;
		if (!entry.control) record(entry);
	}

	return {
		get url() {
			return baseUrl;
		},
		get port() {
			return server && server.address() && server.address().port;
		},
		config: cfg,
		apiDocsDir: docsDir,
		keys: {
			ed25519PublicKeyPem: keys.ed25519.publicKeyPem,
			rsaPublicKeyPem: keys.rsa.publicKeyPem,
		},
		store,
		oauth,
		calendars,
		conversations,
		requests: log,
		deliveries,
		setWebhookUrls(urls) {
			webhookUrls = [...urls];
		},
		setWebhookEvents(types) {
			webhookEvents = types ? [...types] : undefined;
		},
		setRateLimit(r) {
			rate = { ...rate, ...r };
			buckets.clear();
		},
		emit,
		flush: () => Promise.allSettled([...pending]),
		async start() {
			server = http.createServer((req, res) => void handler(req, res));
			server.keepAliveTimeout = 5000;
			await new Promise((resolve, reject) => {
				server.once('error', reject);
				server.listen(cfg.port, cfg.host, resolve);
			});
			const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
			baseUrl = `http://${cfg.host}:${port}`;
			return baseUrl;
		},
		async stop() {
			await Promise.allSettled([...pending]);
			if (!server) return;
			server.closeAllConnections && server.closeAllConnections();
			await new Promise((resolve) => server.close(() => resolve()));
			server = undefined;
		},
	};
}

module.exports = { createSandbox, CONTROL };
