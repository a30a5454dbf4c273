import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/calendars.json';
import type { AreaFacts } from '../../shared/spec/types';
import { calendarId, groupId } from '../pickers';
import { openHours } from './openHours';

/** Calendars themselves (calendars.json): list, create, get, update, delete. */

export const calendarsFacts = facts as AreaFacts;

/** JSON inputs carry a valid example as their placeholder. */
const examples = {
	teamMembers:
		'[{"userId": "USER_ID", "priority": 0.5, "meetingLocationType": "custom", "meetingLocation": "https://meet.example.com/room", "isPrimary": true}]',
	notifications:
		'[{"type": "email", "shouldSendToContact": true, "shouldSendToGuest": false, "shouldSendToUser": true, "shouldSendToSelectedUsers": false, "selectedUsers": ""}]',
	availabilities:
		'[{"date": "2026-02-02T00:00:00.000Z", "hours": [{"openHour": 9, "openMinute": 0, "closeHour": 12, "closeMinute": 0}], "deleted": false}]',
	locationConfigurations: '[{"kind": "zoom_conference", "location": ""}]',
	recurring:
		'{"freq": "WEEKLY", "count": 4, "bookingOption": "skip", "bookingOverlapDefaultStatus": "confirmed"}',
	lookBusyConfig: '{"enabled": true, "LookBusyPercentage": 20}',
};

const calendarInputs: Record<string, InputChoice> = {
	calendarId,
	groupId,
	name: { description: 'Name of the calendar', placeholder: 'e.g. Discovery Call' },
	showDrafted: { description: 'Whether to include draft calendars' },
	openHours,
	teamMembers: {
		displayName: 'Team Members (JSON)',
		placeholder: examples.teamMembers,
		description:
			'Users who take bookings on the calendar, with their priority and meeting location',
	},
	notifications: {
		displayName: 'Notifications (JSON)',
		placeholder: examples.notifications,
		description: 'Who is emailed about bookings (the calendar notifications resource has more)',
	},
	availabilities: {
		displayName: 'Availabilities (JSON)',
		placeholder: examples.availabilities,
		description:
			'Open hours of specific dates; the date is YYYY-MM-DD in the calendar time zone followed by T00:00:00.000Z',
	},
	locationConfigurations: {
		displayName: 'Location Configurations (JSON)',
		placeholder: examples.locationConfigurations,
	},
	recurring: { displayName: 'Recurring (JSON)', placeholder: examples.recurring },
	lookBusyConfig: { displayName: 'Look Busy Config (JSON)', placeholder: examples.lookBusyConfig },
	appoinmentPerSlot: { displayName: 'Appointments per Slot' },
	appoinmentPerDay: { displayName: 'Appointments per Day' },
	slotDuration: { description: 'Length of a booking, in Slot Duration Unit' },
	slotInterval: { description: 'Time between slot starts, in Slot Interval Unit' },
	formSubmitRedirectURL: { displayName: 'Form Submit Redirect URL' },
	alertEmail: { placeholder: 'name@email.com' },
	eventColor: { placeholder: '#039be5' },
};

export const calendar: ResourceDefinition = {
	value: 'calendar',
	// eslint-disable-next-line n8n-nodes-base/node-param-option-name-wrong-for-get-many -- a resource definition (its default operation is Get Many), not an operation option
	name: 'Calendar',
	noun: { one: 'calendar', many: 'calendars' },
	facts: [calendarsFacts],
	defaultOperation: 'getAll',
	operations: [
		{ value: 'create', endpoint: 'POST /calendars/', inputs: calendarInputs, root: 'calendar' },
		{
			value: 'get',
			endpoint: 'GET /calendars/{calendarId}',
			inputs: calendarInputs,
			root: 'calendar',
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/',
			inputs: calendarInputs,
			list: { records: 'calendars' },
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/{calendarId}',
			inputs: calendarInputs,
			root: 'calendar',
		},
		{ value: 'delete', endpoint: 'DELETE /calendars/{calendarId}', inputs: calendarInputs },
	],
};

export const calendarsArea: ResourceDefinition[] = [calendar];
export { calendarInputs, examples as calendarExamples };
