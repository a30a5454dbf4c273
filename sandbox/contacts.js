'use strict';
// Stateful implementation of apps/contacts.json: contacts with tags, notes, tasks, followers, campaigns,
// workflows, businesses; emits the webhook events HighLevel would send for those changes.
const crypto = require('node:crypto');

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function newId() {
	const bytes = crypto.randomBytes(20);
	let s = '';
	for (const b of bytes) s += ALNUM[b % ALNUM.length];
	return s;
}

class HttpError extends Error {
	constructor(status, message, error) {
		super(Array.isArray(message) ? message.join(', ') : message);
		this.status = status;
		this.body = { statusCode: status, message, error: error || HTTP_ERRORS[status] || 'Error' };
	}
}
const HTTP_ERRORS = {
	400: 'Bad Request',
	401: 'Unauthorized',
	403: 'Forbidden',
	404: 'Not Found',
	422: 'Unprocessable Entity',
	429: 'Too Many Requests',
};

const CONTACT_FIELDS = [
	'firstName',
	'lastName',
	'name',
	'email',
	'phone',
	'gender',
	'address1',
	'city',
	'state',
	'postalCode',
	'website',
	'timezone',
	'dnd',
	'dndSettings',
	'inboundDndSettings',
	'customFields',
	'source',
	'country',
	'companyName',
	'assignedTo',
	'dateOfBirth',
];

const lc = (v) => (typeof v === 'string' ? v.toLowerCase() : v);

class ContactsStore {
	constructor({ emit, defaultLocationId }) {
		this.emit = emit; // (type, payload) => void
		this.defaultLocationId = defaultLocationId;
		this.reset();
	}

	reset() {
		this.contacts = new Map();
		this.notes = new Map(); // contactId -> Map(noteId -> note)
		this.tasks = new Map();
		this.appointments = []; // booked through the control endpoint
		this.lastTs = 0;
	}

	now() {
		// strictly increasing timestamps keep pagination cursors unambiguous
		const t = Math.max(Date.now(), this.lastTs + 1);
		this.lastTs = t;
		return t;
	}

	get(id) {
		const c = this.contacts.get(id);
		if (!c) throw new HttpError(400, 'Contact not found', 'Bad Request');
		return c;
	}

	view(c) {
		const { _ts, ...rest } = c;
		return JSON.parse(JSON.stringify(rest));
	}

	eventPayload(type, c) {
		const v = this.view(c);
		return { type, locationId: c.locationId, ...v, id: c.id };
	}

	// ---- contacts
	create(body) {
		if (!body || !body.locationId)
			throw new HttpError(422, ['locationId should not be empty'], 'Unprocessable Entity');
		const ts = this.now();
		const c = { id: newId(), locationId: body.locationId };
		for (const k of CONTACT_FIELDS) if (body[k] !== undefined) c[k] = body[k];
		if (c.email) c.email = String(c.email).toLowerCase();
		c.firstNameLowerCase = lc(c.firstName);
		c.lastNameLowerCase = lc(c.lastName);
		if (!c.name && (c.firstName || c.lastName))
			c.name = [c.firstName, c.lastName].filter(Boolean).join(' ');
		c.contactName = c.name;
		c.tags = Array.isArray(body.tags) ? [...new Set(body.tags.map(String))] : [];
		c.followers = [];
		c.campaigns = [];
		c.workflows = [];
		c.businessId = body.businessId || null;
		c.dnd = Boolean(c.dnd);
		c.type = body.type || 'lead';
		c.dateAdded = new Date(ts).toISOString();
		c.dateUpdated = c.dateAdded;
		c._ts = ts;
		this.contacts.set(c.id, c);
		this.emit('ContactCreate', this.eventPayload('ContactCreate', c));
		return c;
	}

	update(id, body) {
		const c = this.get(id);
		const wasDnd = c.dnd;
		const oldTags = JSON.stringify(c.tags);
		for (const k of CONTACT_FIELDS) if (body[k] !== undefined) c[k] = body[k];
		if (Array.isArray(body.tags)) c.tags = [...new Set(body.tags.map(String))];
		if (body.firstName !== undefined || body.lastName !== undefined) {
			c.firstNameLowerCase = lc(c.firstName);
			c.lastNameLowerCase = lc(c.lastName);
			if (body.name === undefined) c.name = [c.firstName, c.lastName].filter(Boolean).join(' ');
		}
		c.contactName = c.name;
		c.dateUpdated = new Date(this.now()).toISOString();
		this.emit('ContactUpdate', this.eventPayload('ContactUpdate', c));
		if (Boolean(wasDnd) !== Boolean(c.dnd))
			this.emit('ContactDndUpdate', this.eventPayload('ContactDndUpdate', c));
		if (oldTags !== JSON.stringify(c.tags))
			this.emit('ContactTagUpdate', this.eventPayload('ContactTagUpdate', c));
		return c;
	}

	remove(id) {
		const c = this.get(id);
		this.contacts.delete(id);
		this.notes.delete(id);
		this.tasks.delete(id);
		this.emit('ContactDelete', this.eventPayload('ContactDelete', c));
	}

	upsert(body) {
		if (!body || !body.locationId)
			throw new HttpError(422, ['locationId should not be empty'], 'Unprocessable Entity');
		const email = body.email && String(body.email).toLowerCase();
		const existing = [...this.contacts.values()].find(
			(c) =>
				c.locationId === body.locationId &&
				((email && c.email === email) || (body.phone && c.phone === body.phone)),
		);
		if (existing) return { isNew: false, contact: this.update(existing.id, body) };
		return { isNew: true, contact: this.create(body) };
	}

	inLocation(locationId) {
		return [...this.contacts.values()]
			.filter((c) => !locationId || c.locationId === locationId)
			.sort((a, b) => a._ts - b._ts || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	}

	matchesQuery(c, q) {
		if (!q) return true;
		const needle = String(q).toLowerCase();
		return ['name', 'firstName', 'lastName', 'email', 'phone', 'companyName'].some(
			(k) => c[k] && String(c[k]).toLowerCase().includes(needle),
		);
	}

	matchesFilter(c, f) {
		if (!f || typeof f !== 'object') return true;
		if (Array.isArray(f.filters)) {
			const results = f.filters.map((x) => this.matchesFilter(c, x));
			return String(f.group || 'AND').toUpperCase() === 'OR'
				? results.some(Boolean)
				: results.every(Boolean);
		}
		const field = f.field;
		const actual = field === 'tags' ? c.tags : c[field];
		const values = Array.isArray(f.value) ? f.value : [f.value];
		const str = (v) => String(v ?? '').toLowerCase();
		switch (f.operator) {
			case 'eq':
				return Array.isArray(actual)
					? values.some((v) => actual.map(str).includes(str(v)))
					: str(actual) === str(f.value);
			case 'not_eq':
				return Array.isArray(actual)
					? !values.some((v) => actual.map(str).includes(str(v)))
					: str(actual) !== str(f.value);
			case 'contains':
				return Array.isArray(actual)
					? values.some((v) => actual.map(str).includes(str(v)))
					: str(actual).includes(str(f.value));
			case 'not_contains':
				return Array.isArray(actual)
					? !values.some((v) => actual.map(str).includes(str(v)))
					: !str(actual).includes(str(f.value));
			case 'exists':
				return Array.isArray(actual)
					? actual.length > 0
					: actual !== undefined && actual !== null && actual !== '';
			case 'not_exists':
				return Array.isArray(actual)
					? actual.length === 0
					: actual === undefined || actual === null || actual === '';
			default:
				throw new HttpError(422, [`unsupported filter operator: ${f.operator}`]);
		}
	}

	search(body) {
		if (!body || !body.locationId) throw new HttpError(422, ['locationId should not be empty']);
		const pageLimit = Math.min(Math.max(Number(body.pageLimit || body.limit || 20), 1), 500);
		let list = this.inLocation(body.locationId).filter((c) => this.matchesQuery(c, body.query));
		for (const f of body.filters || []) list = list.filter((c) => this.matchesFilter(c, f));
		const sort = (body.sort || [])[0];
		if (sort && sort.field && sort.field !== 'dateAdded') {
			const dir = String(sort.direction || 'asc').toLowerCase() === 'desc' ? -1 : 1;
			list.sort((a, b) =>
				String(a[sort.field] ?? '') < String(b[sort.field] ?? '')
					? -dir
					: String(a[sort.field] ?? '') > String(b[sort.field] ?? '')
						? dir
						: 0,
			);
		} else if (sort && String(sort.direction).toLowerCase() === 'desc') list.reverse();
		const total = list.length;
		let start = 0;
		if (Array.isArray(body.searchAfter) && body.searchAfter.length) {
			const [, afterId] = body.searchAfter;
			const idx = list.findIndex((c) => c.id === afterId);
			start = idx >= 0 ? idx + 1 : list.length;
		} else if (body.page) start = (Number(body.page) - 1) * pageLimit;
		const page = list
			.slice(start, start + pageLimit)
			.map((c) => ({ ...this.view(c), searchAfter: [c._ts, c.id] }));
		return { contacts: page, total };
	}

	listDeprecated(query, baseUrl) {
		if (!query.locationId) throw new HttpError(422, ['locationId should not be empty']);
		const limit = Math.min(Math.max(Number(query.limit || 20), 1), 100);
		const list = this.inLocation(query.locationId).filter((c) => this.matchesQuery(c, query.query));
		let start = 0;
		if (query.startAfterId) {
			const idx = list.findIndex((c) => c.id === query.startAfterId);
			start = idx >= 0 ? idx + 1 : list.length;
		} else if (query.startAfter) {
			const t = Number(query.startAfter);
			start = list.findIndex((c) => c._ts > t);
			if (start < 0) start = list.length;
		}
		const page = list.slice(start, start + limit);
		const last = page[page.length - 1];
		const more = start + limit < list.length;
		const meta = {
			total: list.length,
			startAfterId: last ? last.id : null,
			startAfter: last ? last._ts : null,
			nextPageUrl: null,
			currentPage: Math.floor(start / limit) + 1,
			nextPage: more ? Math.floor(start / limit) + 2 : null,
			prevPage: start > 0 ? Math.floor(start / limit) : null,
		};
		if (more && last) {
			const u = new URL('/contacts/', baseUrl);
			u.searchParams.set('locationId', query.locationId);
			u.searchParams.set('limit', String(limit));
			u.searchParams.set('startAfterId', last.id);
			u.searchParams.set('startAfter', String(last._ts));
			if (query.query) u.searchParams.set('query', query.query);
			meta.nextPageUrl = u.toString();
		}
		return { contacts: page.map((c) => this.view(c)), meta };
	}

	// ---- tags
	addTags(id, tags) {
		const c = this.get(id);
		if (!Array.isArray(tags)) throw new HttpError(422, ['tags must be an array']);
		const before = c.tags.length;
		for (const t of tags.map(String)) if (!c.tags.includes(t)) c.tags.push(t);
		if (c.tags.length !== before) {
			c.dateUpdated = new Date(this.now()).toISOString();
			this.emit('ContactTagUpdate', this.eventPayload('ContactTagUpdate', c));
		}
		return c.tags;
	}

	removeTags(id, tags) {
		const c = this.get(id);
		if (!Array.isArray(tags)) throw new HttpError(422, ['tags must be an array']);
		const drop = new Set(tags.map(String));
		const before = c.tags.length;
		c.tags = c.tags.filter((t) => !drop.has(t));
		if (c.tags.length !== before) {
			c.dateUpdated = new Date(this.now()).toISOString();
			this.emit('ContactTagUpdate', this.eventPayload('ContactTagUpdate', c));
		}
		return c.tags;
	}

	bulkTags(type, body) {
		if (type !== 'add' && type !== 'remove')
			throw new HttpError(422, ['type must be one of add, remove']);
		if (!body || !Array.isArray(body.contacts) || !body.locationId)
			throw new HttpError(422, ['contacts and locationId are required']);
		if (type === 'add' && !Array.isArray(body.tags))
			throw new HttpError(422, ['tags must be an array']);
		const responses = [];
		let errorCount = 0;
		for (const contactId of body.contacts) {
			const c = this.contacts.get(contactId);
			if (!c || c.locationId !== body.locationId) {
				errorCount++;
				responses.push({
					contactId,
					message: c ? 'contact does not belong to this location' : 'contact not found',
					type: 'error',
				});
				continue;
			}
			const oldTags = [...c.tags];
			if (type === 'add') this.addTags(contactId, body.tags);
			else if (body.removeAllTags === true || body.removeAllTags === 'true')
				this.removeTags(contactId, [...c.tags]);
			else this.removeTags(contactId, body.tags || []);
			responses.push({
				contactId,
				message: 'Tags updated',
				type: 'success',
				oldTags,
				tagsAdded: c.tags.filter((t) => !oldTags.includes(t)),
				tagsRemoved: oldTags.filter((t) => !c.tags.includes(t)),
			});
		}
		return { succeded: errorCount === 0, errorCount, responses };
	}

	// ---- notes
	notesOf(id) {
		this.get(id);
		if (!this.notes.has(id)) this.notes.set(id, new Map());
		return this.notes.get(id);
	}

	note(id, noteId) {
		const n = this.notesOf(id).get(noteId);
		if (!n) throw new HttpError(400, 'Note not found');
		return n;
	}

	createNote(id, body) {
		if (!body || typeof body.body !== 'string' || !body.body)
			throw new HttpError(422, ['body should not be empty']);
		const c = this.get(id);
		const n = {
			id: newId(),
			body: body.body,
			userId: body.userId || '',
			dateAdded: new Date(this.now()).toISOString(),
			contactId: id,
		};
		for (const k of ['title', 'color', 'pinned']) if (body[k] !== undefined) n[k] = body[k];
		this.notesOf(id).set(n.id, n);
		this.emit('NoteCreate', { type: 'NoteCreate', locationId: c.locationId, ...n });
		return n;
	}

	updateNote(id, noteId, body) {
		const c = this.get(id);
		const n = this.note(id, noteId);
		for (const k of ['body', 'userId', 'title', 'color', 'pinned'])
			if (body[k] !== undefined) n[k] = body[k];
		this.emit('NoteUpdate', { type: 'NoteUpdate', locationId: c.locationId, ...n });
		return n;
	}

	deleteNote(id, noteId) {
		const c = this.get(id);
		const n = this.note(id, noteId);
		this.notesOf(id).delete(noteId);
		this.emit('NoteDelete', { type: 'NoteDelete', locationId: c.locationId, ...n });
	}

	// ---- tasks
	tasksOf(id) {
		this.get(id);
		if (!this.tasks.has(id)) this.tasks.set(id, new Map());
		return this.tasks.get(id);
	}

	task(id, taskId) {
		const t = this.tasksOf(id).get(taskId);
		if (!t) throw new HttpError(400, 'Task not found');
		return t;
	}

	createTask(id, body) {
		const missing = ['title', 'dueDate', 'completed'].filter(
			(k) => !body || body[k] === undefined || body[k] === '',
		);
		if (missing.length)
			throw new HttpError(
				422,
				missing.map((k) => `${k} should not be empty`),
			);
		const c = this.get(id);
		const t = {
			id: newId(),
			title: body.title,
			body: body.body || '',
			assignedTo: body.assignedTo || '',
			dueDate: body.dueDate,
			completed: Boolean(body.completed),
			contactId: id,
			dateAdded: new Date(this.now()).toISOString(),
		};
		this.tasksOf(id).set(t.id, t);
		this.emit('TaskCreate', { type: 'TaskCreate', locationId: c.locationId, ...t });
		if (t.completed)
			this.emit('TaskComplete', { type: 'TaskComplete', locationId: c.locationId, ...t });
		return t;
	}

	updateTask(id, taskId, body) {
		const c = this.get(id);
		const t = this.task(id, taskId);
		const was = t.completed;
		for (const k of ['title', 'body', 'dueDate', 'assignedTo'])
			if (body[k] !== undefined) t[k] = body[k];
		if (body.completed !== undefined) t.completed = Boolean(body.completed);
		if (!was && t.completed)
			this.emit('TaskComplete', { type: 'TaskComplete', locationId: c.locationId, ...t });
		return t;
	}

	deleteTask(id, taskId) {
		const c = this.get(id);
		const t = this.task(id, taskId);
		this.tasksOf(id).delete(taskId);
		this.emit('TaskDelete', { type: 'TaskDelete', locationId: c.locationId, ...t });
	}

	// ---- followers, campaigns, workflows, businesses
	addFollowers(id, followers) {
		const c = this.get(id);
		if (!Array.isArray(followers)) throw new HttpError(422, ['followers must be an array']);
		const added = [];
		for (const f of followers.map(String))
			if (!c.followers.includes(f)) (c.followers.push(f), added.push(f));
		return { followers: [...c.followers], followersAdded: added };
	}

	removeFollowers(id, followers) {
		const c = this.get(id);
		if (!Array.isArray(followers)) throw new HttpError(422, ['followers must be an array']);
		const removed = c.followers.filter((f) => followers.includes(f));
		c.followers = c.followers.filter((f) => !followers.includes(f));
		return { followers: [...c.followers], followersRemoved: removed };
	}

	addToCampaign(id, campaignId) {
		const c = this.get(id);
		if (!c.campaigns.includes(campaignId)) c.campaigns.push(campaignId);
	}

	removeFromCampaign(id, campaignId) {
		const c = this.get(id);
		c.campaigns = campaignId === 'removeAll' ? [] : c.campaigns.filter((x) => x !== campaignId);
	}

	addToWorkflow(id, workflowId) {
		const c = this.get(id);
		if (!c.workflows.includes(workflowId)) c.workflows.push(workflowId);
	}

	removeFromWorkflow(id, workflowId) {
		const c = this.get(id);
		c.workflows = c.workflows.filter((x) => x !== workflowId);
	}

	bulkBusiness(body) {
		if (!body || !Array.isArray(body.ids) || !body.locationId)
			throw new HttpError(422, ['locationId and ids are required']);
		const ids = [];
		for (const id of body.ids) {
			const c = this.contacts.get(id);
			if (c && c.locationId === body.locationId) {
				c.businessId = body.businessId || null;
				ids.push(id);
			}
		}
		return { success: true, ids };
	}

	byBusiness(businessId, query) {
		const limit = Math.min(Number(query.limit || 25), 100);
		const skip = Number(query.skip || 0);
		const list = this.inLocation(query.locationId).filter(
			(c) => c.businessId === businessId && this.matchesQuery(c, query.query),
		);
		return {
			contacts: list.slice(skip, skip + limit).map((c) => this.view(c)),
			count: list.length,
		};
	}

	duplicate(query) {
		if (!query.locationId) throw new HttpError(422, ['locationId should not be empty']);
		const email = query.email && String(query.email).toLowerCase();
		const c = this.inLocation(query.locationId).find(
			(x) => (email && x.email === email) || (query.number && x.phone === query.number),
		);
		return { contact: c ? this.view(c) : null };
	}
}

module.exports = { ContactsStore, HttpError, newId };
