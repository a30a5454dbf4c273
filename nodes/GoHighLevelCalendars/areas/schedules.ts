import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { offsetLimit } from '../../shared/transport/paging';
import { calendarId, userId } from '../pickers';
import { calendarsFacts } from './calendars';

/** Availability schedules of users (calendars.json), and the calendars that use them. */

export const RULES_EXAMPLE =
	'[{"type": "wday", "day": "monday", "intervals": [{"from": "09:00", "to": "17:00"}]}, {"type": "date", "date": "2026-12-24", "intervals": [{"from": "09:00", "to": "12:00"}]}]';

const scheduleInputs: Record<string, InputChoice> = {
	id: { displayName: 'Schedule ID' },
	calendarId,
	userId,
	name: { description: 'Name of the schedule', placeholder: 'e.g. Office Hours' },
	timezone: {
		displayName: 'Time Zone',
		placeholder: 'America/New_York',
		description: 'IANA time zone of the schedule, e.g. Europe/Berlin',
	},
	rules: {
		displayName: 'Rules (JSON)',
		placeholder: RULES_EXAMPLE,
		description:
			'Weekly ("wday" with a day) and date ("date" with YYYY-MM-DD) rules, each with intervals from/to as HH:MM',
	},
	calendarIds: { displayName: 'Calendar IDs', description: 'Comma-separated calendar IDs' },
};

export const schedule: ResourceDefinition = {
	value: 'schedule',
	// eslint-disable-next-line n8n-nodes-base/node-param-option-name-wrong-for-get-many -- a resource definition (its default operation is Get Many), not an operation option
	name: 'Schedule',
	noun: { one: 'schedule', many: 'schedules' },
	description: "A user's availability schedule, shared by calendars",
	facts: [calendarsFacts],
	defaultOperation: 'getAll',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/schedules',
			inputs: scheduleInputs,
			root: 'schedule',
		},
		{
			value: 'get',
			endpoint: 'GET /calendars/schedules/{id}',
			inputs: scheduleInputs,
			root: 'schedule',
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/schedules/search',
			description: "Search a user's schedules, optionally of one calendar",
			inputs: scheduleInputs,
			list: {
				records: 'schedules',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/schedules/{id}',
			inputs: scheduleInputs,
			root: 'schedule',
		},
		{ value: 'delete', endpoint: 'DELETE /calendars/schedules/{id}', inputs: scheduleInputs },
		{
			value: 'addCalendar',
			endpoint: 'PUT /calendars/schedules/{id}/associations/{calendarId}',
			name: 'Add Calendar',
			action: 'Use a schedule for a calendar',
			inputs: scheduleInputs,
		},
		{
			value: 'removeCalendar',
			endpoint: 'DELETE /calendars/schedules/{id}/associations/{calendarId}',
			name: 'Remove Calendar',
			action: 'Stop using a schedule for a calendar',
			inputs: scheduleInputs,
		},
	],
};

export const schedulesArea: ResourceDefinition[] = [schedule];
