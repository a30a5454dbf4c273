'use strict';
// Stateful part of apps/calendars.json: calendars, calendar groups and appointments (create, get, update,
// delete, the events of a time range), with the AppointmentCreate / Update / Delete deliveries HighLevel
// sends. Appointments live in the contacts store's list, which GET /contacts/{contactId}/appointments reads.
const { HttpError, newId } = require('./contacts');

const SANDBOX_CALENDAR = 'sandboxCalendar0001';

const CALENDAR_FIELDS = [
	'name',
	'description',
	'slug',
	'widgetSlug',
	'calendarType',
	'groupId',
	'teamMembers',
	'eventType',
	'eventTitle',
	'eventColor',
	'slotDuration',
	'slotDurationUnit',
	'slotInterval',
	'slotIntervalUnit',
	'openHours',
	'availabilities',
	'notifications',
	'isActive',
];

const APPOINTMENT_FIELDS = [
	'calendarId',
	'contactId',
	'title',
	'appointmentStatus',
	'assignedUserId',
	'address',
	'meetingLocationType',
	'meetingLocationId',
	'description',
	'rrule',
	'startTime',
	'endTime',
];

function pick(body, fields) {
	const out = {};
	for (const k of fields) if (body[k] !== undefined) out[k] = body[k];
	return out;
}

/** ISO date-time or epoch ms → ms; undefined when unreadable. */
function instant(value) {
	if (value === undefined || value === null || value === '') return undefined;
	const n = /^\d+$/.test(String(value)) ? Number(value) : Date.parse(String(value));
	return Number.isFinite(n) ? n : undefined;
}

class CalendarsStore {
	/** `contacts` is the ContactsStore: its `appointments` list is shared. */
	constructor({ emit, defaultLocationId, contacts }) {
		this.emit = emit; // (type, payload) => void
		this.defaultLocationId = defaultLocationId;
		this.contacts = contacts;
		this.reset();
	}

	reset() {
		this.calendars = new Map();
		this.groups = new Map();
		const now = new Date().toISOString();
		this.calendars.set(SANDBOX_CALENDAR, {
			id: SANDBOX_CALENDAR,
			locationId: this.defaultLocationId,
			name: 'Sandbox calendar',
			calendarType: 'event',
			slotDuration: 30,
			slotDurationUnit: 'mins',
			isActive: true,
			dateAdded: now,
			dateUpdated: now,
		});
	}

	get appointments() {
		return this.contacts.appointments;
	}

	// ---- calendars
	calendar(id) {
		const c = this.calendars.get(id);
		if (!c) throw new HttpError(400, 'Calendar not found', 'Bad Request');
		return c;
	}

	listCalendars(q) {
		const location = q.locationId || this.defaultLocationId;
		return [...this.calendars.values()].filter(
			(c) => c.locationId === location && (!q.groupId || c.groupId === q.groupId),
		);
	}

	createCalendar(body) {
		const now = new Date().toISOString();
		const c = {
			id: newId(),
			locationId: body.locationId,
			isActive: true,
			...pick(body, CALENDAR_FIELDS),
			dateAdded: now,
			dateUpdated: now,
		};
		this.calendars.set(c.id, c);
		return c;
	}

	updateCalendar(id, body) {
		const c = this.calendar(id);
		Object.assign(c, pick(body, CALENDAR_FIELDS), { dateUpdated: new Date().toISOString() });
		return c;
	}

	deleteCalendar(id) {
		this.calendar(id);
		this.calendars.delete(id);
	}

	// ---- groups
	listGroups(q) {
		const location = q.locationId || this.defaultLocationId;
		return [...this.groups.values()].filter((g) => g.locationId === location);
	}

	createGroup(body) {
		const g = {
			id: newId(),
			locationId: body.locationId,
			name: body.name,
			description: body.description,
			slug: body.slug,
			isActive: body.isActive ?? true,
		};
		this.groups.set(g.id, g);
		return g;
	}

	// ---- appointments
	appointment(id) {
		const a = this.appointments.find((x) => x.id === id);
		if (!a) throw new HttpError(400, 'Appointment not found', 'Bad Request');
		return a;
	}

	/**
	 * Books an appointment (the API's create, or the control endpoint's "book"): the calendar must
	 * exist; the end defaults to the calendar's slot length; AppointmentCreate is delivered. Returns the
	 * appointment and the delivery's promise (its results, for callers that wait).
	 */
	book(body, extra = {}) {
		const calendar = this.calendar(body.calendarId || SANDBOX_CALENDAR);
		const start = instant(body.startTime);
		if (start === undefined) throw new HttpError(422, ['startTime must be a valid ISO 8601 date']);
		const minutes =
			(calendar.slotDuration || 30) * (calendar.slotDurationUnit === 'hours' ? 60 : 1);
		const end = instant(body.endTime) ?? start + minutes * 60_000;
		if (end <= start) throw new HttpError(422, ['endTime must be after startTime']);
		const now = new Date().toISOString();
		const a = {
			title: 'Sandbox appointment',
			appointmentStatus: 'confirmed',
			address: '',
			assignedUserId: '',
			source: 'sandbox',
			...extra,
			...pick(body, APPOINTMENT_FIELDS),
			id: newId(),
			locationId: body.locationId || calendar.locationId,
			calendarId: calendar.id,
			contactId: body.contactId || '',
			startTime: new Date(start).toISOString(),
			endTime: new Date(end).toISOString(),
			isRecurring: !!body.rrule,
			dateAdded: now,
			dateUpdated: now,
		};
		this.appointments.push(a);
		const delivery = Promise.resolve(
			this.emit('AppointmentCreate', { locationId: a.locationId, appointment: a }),
		);
		delivery.catch(() => undefined);
		return { appointment: a, delivery };
	}

	updateAppointment(id, body) {
		const a = this.appointment(id);
		if (body.calendarId) this.calendar(body.calendarId);
		const change = pick(body, APPOINTMENT_FIELDS);
		for (const k of ['startTime', 'endTime']) {
			if (change[k] === undefined) continue;
			const t = instant(change[k]);
			if (t === undefined) throw new HttpError(422, [`${k} must be a valid ISO 8601 date`]);
			change[k] = new Date(t).toISOString();
		}
		Object.assign(a, change, { dateUpdated: new Date().toISOString() });
		this.emit('AppointmentUpdate', { locationId: a.locationId, appointment: a });
		return a;
	}

	deleteEvent(id) {
		const at = this.appointments.findIndex((x) => x.id === id);
		if (at < 0) throw new HttpError(400, 'Event not found', 'Bad Request');
		const [a] = this.appointments.splice(at, 1);
		this.emit('AppointmentDelete', { locationId: a.locationId, appointment: a });
	}

	/** GET /calendars/events: events overlapping [startTime, endTime] (epoch ms) of a calendar, user or group. */
	events(q) {
		if (!q.calendarId && !q.userId && !q.groupId)
			throw new HttpError(422, ['calendarId, userId or groupId should not be empty']);
		const from = instant(q.startTime);
		const to = instant(q.endTime);
		if (from === undefined || to === undefined)
			throw new HttpError(422, ['startTime and endTime must be epoch milliseconds']);
		const inGroup = (a) => {
			const c = this.calendars.get(a.calendarId);
			return c && c.groupId === q.groupId;
		};
		return this.appointments.filter(
			(a) =>
				a.locationId === (q.locationId || this.defaultLocationId) &&
				(!q.calendarId || a.calendarId === q.calendarId) &&
				(!q.userId || a.assignedUserId === q.userId) &&
				(!q.groupId || inGroup(a)) &&
				Date.parse(a.startTime) < to &&
				Date.parse(a.endTime) > from,
		);
	}
}

/** The calendars routes this store answers; undefined for the others (served from the spec). */
function calendarsRoute(store, route, params, url, body) {
	const q = Object.fromEntries(url.searchParams);
	switch (`${route.method} ${route.template}`) {
		case 'GET /calendars/':
			return [200, { calendars: store.listCalendars(q) }];
		case 'POST /calendars/':
			return [200, { calendar: store.createCalendar(body) }];
		case 'GET /calendars/{calendarId}':
			return [200, { calendar: store.calendar(params.calendarId) }];
		case 'PUT /calendars/{calendarId}':
			return [200, { calendar: store.updateCalendar(params.calendarId, body) }];
		case 'DELETE /calendars/{calendarId}':
			store.deleteCalendar(params.calendarId);
			return [200, { success: true }];
		case 'GET /calendars/groups':
			return [200, { groups: store.listGroups(q) }];
		case 'POST /calendars/groups':
			return [201, { group: store.createGroup(body) }];
		case 'POST /calendars/events/appointments':
			return [200, store.book(body).appointment];
		case 'GET /calendars/events/appointments/{eventId}':
			return [200, { event: store.appointment(params.eventId) }];
		case 'PUT /calendars/events/appointments/{eventId}':
			return [200, store.updateAppointment(params.eventId, body)];
		case 'DELETE /calendars/events/{eventId}':
			store.deleteEvent(params.eventId);
			return [201, { succeeded: true }];
		case 'GET /calendars/events':
			return [200, { events: store.events(q) }];
		default:
			return undefined;
	}
}

module.exports = { CalendarsStore, calendarsRoute, SANDBOX_CALENDAR };
