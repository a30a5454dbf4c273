import type { INodeProperties } from 'n8n-workflow';

import * as field from '../shared/builder/fields';

/**
 * Record pickers of the Calendars node: search a list (paged as the user scrolls), or type an ID.
 * A picker whose input is optional somewhere leaves `required` to the builder, which sets it where
 * the spec requires the input.
 */

function optionalWhereOptional(property: INodeProperties): INodeProperties {
	const rest = { ...property };
	delete rest.required;
	return rest;
}

export const calendarId = optionalWhereOptional(
	field.locator('calendarId', 'Calendar', {
		searchListMethod: 'searchCalendars',
		description: 'The calendar, picked from the list or given by ID',
		urlPattern: /\/calendars\/(?:edit\/)?([A-Za-z0-9_-]{10,})/,
	}),
);

export const groupId = optionalWhereOptional(
	field.locator('groupId', 'Calendar Group', {
		searchListMethod: 'searchCalendarGroups',
		description: 'The calendar group, picked from the list or given by ID',
	}),
);

export const userId = optionalWhereOptional(
	field.locator('userId', 'User', {
		searchListMethod: 'searchUsers',
		description: 'The user (team member), picked from the list or given by ID',
	}),
);

export const assignedUserId = optionalWhereOptional(
	field.locator('assignedUserId', 'Assigned User', {
		searchListMethod: 'searchUsers',
		description: 'The user (team member) the event is assigned to',
	}),
);

/** The contact whose appointments fill the Appointment list; only read by that list. */
export const appointmentContact: INodeProperties = {
	...optionalWhereOptional(
		field.locator('appointmentContact', 'Contact (for the Appointment List)', {
			searchListMethod: 'searchContacts',
			description:
				"Only used to fill the Appointment list with this contact's appointments; not sent. Not needed when the appointment is given by ID.",
			urlPattern: /\/contacts\/detail\/([A-Za-z0-9_-]+)/,
		}),
	),
	default: { mode: 'list', value: '' },
};

function appointmentPicker(name: string): INodeProperties {
	return field.locator(name, 'Appointment', {
		searchListMethod: 'searchAppointments',
		description:
			'The appointment: pick it from the list of a contact\'s appointments (choose the contact in "Contact (for the Appointment List)"), or give its ID, e.g. {{ $json.appointmentId }} from the GoHighLevel Trigger',
	});
}

/** `{eventId}` of the appointment operations. */
export const eventId = appointmentPicker('eventId');

/** `{appointmentId}` of the appointment note operations. */
export const appointmentId = appointmentPicker('appointmentId');

/**
 * `{eventId}` of the blocked-slot operations: typed, as there is no list of blocked slots by ID to pick
 * from; a resource locator like the appointment's, so the parameter keeps one type across resources.
 */
export const blockedSlotId: INodeProperties = {
	...field.locator('eventId', 'Blocked Slot', {
		searchListMethod: 'searchAppointments',
		description: 'ID of the blocked slot, e.g. {{ $json.id }} from Create or Get Many',
	}),
	default: { mode: 'id', value: '' },
	modes: [
		{ displayName: 'By ID', name: 'id', type: 'string', placeholder: 'e.g. pOC0uJ97VYOKH2m3fkMD' },
	],
};
