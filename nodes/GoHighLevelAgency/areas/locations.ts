import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/locations.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { users } from '../../shared/recordPickers';
import { companyId } from '../pickers';

/**
 * The agency half of the Sub-Accounts API area (locations.json): sub-accounts themselves, their
 * time zones and recurring tasks. The sub-account's settings (custom fields, values, tags,
 * templates, tasks) are in the CRM node.
 */

const area = facts as unknown as AreaFacts;

const json = (example: string, what: string): InputChoice => ({
	description: `${what}, as JSON, e.g. ${example}`,
});

const subAccountInputs: Record<string, InputChoice> = {
	companyId,
	name: { placeholder: 'e.g. Mark Shoes', description: 'Name of the sub-account (the business)' },
	email: { description: 'Only the sub-accounts with this email' },
	order: { description: 'Sort order by creation: asc or desc' },
	timezone: { placeholder: 'e.g. US/Central' },
	snapshotId: {
		displayName: 'Snapshot ID',
		description: 'A snapshot to load into the new sub-account (Snapshot → Get Many lists them)',
	},
	snapshot: json('{"id": "…", "override": false}', 'A snapshot to load into the sub-account'),
	prospectInfo: json(
		'{"firstName": "John", "lastName": "Doe", "email": "john@example.com"}',
		'The contact person of the business',
	),
	settings: json('{"allowDuplicateContact": false}', 'Sub-account settings'),
	social: json('{"facebookUrl": "https://facebook.com/…"}', 'Social profile links'),
	twilio: json('{"sid": "…", "authToken": "…"}', 'Twilio account to use'),
	mailgun: json('{"apiKey": "…", "domain": "…"}', 'Mailgun account to use'),
	deleteTwilioAccount: {
		description:
			"Whether to delete the sub-account's Twilio account too; HighLevel requires the choice",
	},
};

const taskInputs: Record<string, InputChoice> = {
	id: { displayName: 'Recurring Task ID' },
	title: { placeholder: 'e.g. Call back' },
	contactIds: { displayName: 'Contact IDs', description: 'Comma-separated contact IDs' },
	owners: users('Owner'),
	rruleOptions: {
		displayName: 'Recurrence (JSON)',
		description:
			'When tasks are created, e.g. {"intervalType": "weekly", "interval": 1, "startDate": "2026-01-05T09:00:00Z", "dayOfWeek": "MO", "dueAfterSeconds": 86400}',
	},
	ignoreTaskCreation: { description: 'Whether to skip creating the first task now' },
};

export const subAccount: ResourceDefinition = {
	value: 'subAccount',
	name: 'Sub-Account',
	// Actions are sentence case, which a hyphen breaks: "sub account" there.
	noun: { one: 'sub account', many: 'sub accounts' },
	description: "The agency's sub-accounts (locations)",
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /locations/',
			description:
				'Create a sub-account for a business, optionally from a snapshot. Needs an agency token, the company ID and a name.',
			inputs: subAccountInputs,
		},
		{
			value: 'get',
			endpoint: 'GET /locations/{locationId}',
			description:
				'Get one sub-account with its business details and settings. Needs the sub-account.',
			inputs: subAccountInputs,
			root: 'location',
		},
		{
			value: 'search',
			endpoint: 'GET /locations/search',
			name: 'Search',
			action: 'Search sub accounts',
			description:
				"List the agency's sub-accounts, optionally only those with an email. An agency token lists them all.",
			inputs: subAccountInputs,
			list: {
				records: 'locations',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
					asText: true,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /locations/{locationId}',
			description:
				"Change a sub-account's name, address, contact details or settings. Needs an agency token, the sub-account and the company ID.",
			inputs: subAccountInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /locations/{locationId}',
			description:
				'Delete a sub-account, with or without its Twilio account (Delete Twilio Account). HighLevel allows this only to an agency token of an app granted its internal scope locations.internal-access-only, which it does not give to every app.',
			inputs: subAccountInputs,
		},
		{
			value: 'getTimezones',
			endpoint: 'GET /locations/{locationId}/timezones',
			name: 'Get Timezones',
			action: 'Get the time zones a sub account can use',
			description: 'List the time zones HighLevel offers for a sub-account. Needs the sub-account.',
			inputs: subAccountInputs,
		},
	],
};

export const recurringTask: ResourceDefinition = {
	value: 'recurringTask',
	name: 'Recurring Task',
	noun: { one: 'recurring task', many: 'recurring tasks' },
	description: 'Tasks a sub-account creates on a schedule',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /locations/{locationId}/recurring-tasks',
			description:
				'Create a task that repeats on a schedule in a sub-account. Needs a title and the recurrence.',
			inputs: taskInputs,
			root: 'recurringTask',
		},
		{
			value: 'get',
			endpoint: 'GET /locations/{locationId}/recurring-tasks/{id}',
			description: "Get one recurring task. Needs the recurring task's ID.",
			inputs: taskInputs,
			root: 'recurringTask',
		},
		{
			value: 'update',
			endpoint: 'PUT /locations/{locationId}/recurring-tasks/{id}',
			description:
				"Change a recurring task's title, contacts, owners or recurrence. Needs the recurring task's ID.",
			inputs: taskInputs,
			root: 'recurringTask',
		},
		{
			value: 'delete',
			endpoint: 'DELETE /locations/{locationId}/recurring-tasks/{id}',
			description: "Delete a recurring task. Needs the recurring task's ID.",
			inputs: taskInputs,
		},
	],
};
