import * as field from '../../shared/builder/fields';
import { simplifyAppointment } from '../../shared/builder/simplify';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { offsetLimit } from '../../shared/transport/paging';
import { contactId } from '../../GoHighLevelCrm/pickers';
import {
	appointmentContact,
	appointmentId,
	assignedUserId,
	blockedSlotId,
	calendarId,
	eventId,
	groupId,
	userId,
} from '../pickers';
import { calendarsFacts } from './calendars';

/**
 * Appointments, the events of a time range, blocked slots and appointment notes (calendars.json).
 * Date units: appointment and blocked-slot bodies take ISO 8601 date-times (sent in UTC, `Z`); the
 * event and blocked-slot lists take epoch milliseconds.
 */

/** Inputs of the time-range lists: the range in epoch ms, and one of calendar, user or group. */
const rangeInputs: Record<string, InputChoice> = {
	startTime: {
		date: 'epochMs',
		displayName: 'Start Time',
		description: 'Start of the range: a date-time or ISO string (sent as epoch milliseconds)',
	},
	endTime: {
		date: 'epochMs',
		displayName: 'End Time',
		description: 'End of the range: a date-time or ISO string (sent as epoch milliseconds)',
	},
	calendarId,
	userId,
	groupId,
};

const rangeHint = 'HighLevel needs one of Calendar, User or Calendar Group under Filters';

const eventInputs: Record<string, InputChoice> = {
	eventId,
	calendarId,
	contactId,
	assignedUserId,
	startTime: {
		date: 'iso',
		description: 'A date-time or ISO string with an offset (sent as ISO 8601 in UTC)',
	},
	endTime: {
		date: 'iso',
		description:
			'A date-time or ISO string with an offset (sent as ISO 8601 in UTC); the slot duration when empty',
	},
	title: { description: 'Title of the appointment or blocked slot' },
	appointmentStatus: { default: 'confirmed' },
	meetingLocationType: { description: 'Where the meeting takes place' },
	meetingLocationId: {
		displayName: 'Meeting Location ID',
		description: "ID of one of the calendar's location configurations",
	},
	overrideLocationConfig: {
		description: 'Whether to use the address given here rather than the calendar configuration',
	},
	address: { description: 'Meeting address or link' },
	description: { description: 'Description of the appointment' },
	ignoreDateRange: {
		description: "Whether to ignore the calendar's minimum scheduling notice and date range",
	},
	ignoreFreeSlotValidation: { description: 'Whether to book even when the slot is not free' },
	toNotify: { description: 'Whether to run the automations and notifications of the calendar' },
	rrule: { displayName: 'Recurrence Rule', placeholder: 'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5' },
};

export const appointment: ResourceDefinition = {
	value: 'appointment',
	name: 'Appointment',
	noun: { one: 'appointment', many: 'appointments' },
	description: 'Appointments, and the events of a calendar, user or group in a time range',
	facts: [calendarsFacts],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/events/appointments',
			fields: ['endTime', 'title'],
			inputs: eventInputs,
			simplify: simplifyAppointment,
		},
		{
			value: 'get',
			endpoint: 'GET /calendars/events/appointments/{eventId}',
			inputs: eventInputs,
			extra: [appointmentContact],
			root: 'event',
			simplify: simplifyAppointment,
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/events',
			name: 'Get Many',
			action: 'Get many events in a time range',
			description: `Appointments and other events between two times. ${rangeHint}.`,
			inputs: rangeInputs,
			list: { records: 'events' },
			simplify: simplifyAppointment,
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/events/appointments/{eventId}',
			inputs: eventInputs,
			extra: [appointmentContact],
			simplify: simplifyAppointment,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /calendars/events/{eventId}',
			inputs: eventInputs,
			extra: [appointmentContact],
		},
	],
};

const blockedSlotInputs: Record<string, InputChoice> = {
	...eventInputs,
	eventId: blockedSlotId,
};

export const blockedSlot: ResourceDefinition = {
	value: 'blockedSlot',
	name: 'Blocked Slot',
	noun: { one: 'blocked slot', many: 'blocked slots' },
	description: 'Times blocked on a calendar or for a user',
	facts: [calendarsFacts],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/events/block-slots',
			fields: ['startTime', 'endTime', 'title'],
			inputs: blockedSlotInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/blocked-slots',
			description: `Blocked slots between two times. ${rangeHint}.`,
			inputs: rangeInputs,
			list: { records: 'events' },
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/events/block-slots/{eventId}',
			inputs: blockedSlotInputs,
		},
		{ value: 'delete', endpoint: 'DELETE /calendars/events/{eventId}', inputs: blockedSlotInputs },
	],
};

const noteInputs: Record<string, InputChoice> = {
	appointmentId,
	noteId: { displayName: 'Note ID' },
	body: {
		...field.string('body', 'Note', { placeholder: 'e.g. Bring the signed contract' }),
		typeOptions: { rows: 4 },
	},
	userId,
};

export const appointmentNote: ResourceDefinition = {
	value: 'appointmentNote',
	name: 'Appointment Note',
	noun: { one: 'appointment note', many: 'appointment notes' },
	description: 'Notes on an appointment',
	facts: [calendarsFacts],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/appointments/{appointmentId}/notes',
			inputs: noteInputs,
			extra: [appointmentContact],
			root: 'note',
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/appointments/{appointmentId}/notes',
			inputs: noteInputs,
			extra: [appointmentContact],
			list: {
				records: 'notes',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'offset',
					limitField: 'limit',
					maxPageSize: 20,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/appointments/{appointmentId}/notes/{noteId}',
			inputs: noteInputs,
			extra: [appointmentContact],
			root: 'note',
		},
		{
			value: 'delete',
			endpoint: 'DELETE /calendars/appointments/{appointmentId}/notes/{noteId}',
			inputs: noteInputs,
			extra: [appointmentContact],
		},
	],
};

export const appointmentsArea: ResourceDefinition[] = [appointment, blockedSlot, appointmentNote];
