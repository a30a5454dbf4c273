import type { IDataObject } from 'n8n-workflow';

const APPOINTMENT_EVENTS = ['AppointmentCreate', 'AppointmentUpdate', 'AppointmentDelete'];

/** Top-level name → field of `appointment` it is copied from. */
const APPOINTMENT_FIELDS: Array<[string, string]> = [
	['appointmentId', 'id'],
	['calendarId', 'calendarId'],
	['contactId', 'contactId'],
	['assignedUserId', 'assignedUserId'],
	['appointmentStatus', 'appointmentStatus'],
	['title', 'title'],
	['startTime', 'startTime'],
	['endTime', 'endTime'],
];

const has = (obj: IDataObject, key: string) => Object.prototype.hasOwnProperty.call(obj, key);

function isObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface DeliveryMeta {
	event: string | null;
	source: string;
	verifiedBy: string;
}

/**
 * The payload as HighLevel sent it, plus for appointment events the appointment's ids, status
 * and times copied to the top level (never overwriting a field HighLevel sent), plus `_ghl`
 * with what the node decided. Campaign events already carry id, contactId, status and
 * dateAdded at the top level, so they need no copies.
 *
 * `_ghl` is always the node's own verdict. A `_ghl` in the payload (HighLevel documents none) is
 * dropped, not kept under another name, so no sender can put a verdict of its own in the item.
 */
export function buildOutput(payload: IDataObject, meta: DeliveryMeta): IDataObject {
	const json: IDataObject = { ...payload };
	delete json._ghl;
	const appointment = payload.appointment;
	if (meta.event !== null && APPOINTMENT_EVENTS.includes(meta.event) && isObject(appointment)) {
		for (const [top, field] of APPOINTMENT_FIELDS) {
			if (!has(json, top) && appointment[field] !== undefined) json[top] = appointment[field];
		}
	}
	json._ghl = { ...meta };
	return json;
}
