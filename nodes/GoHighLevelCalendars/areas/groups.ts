import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { groupId } from '../pickers';
import { calendarsFacts } from './calendars';

/** Calendar groups (calendars.json): list, create, check a slug, update, enable or disable, delete. */

const groupInputs: Record<string, InputChoice> = {
	groupId,
	name: { description: 'Name of the group', placeholder: 'e.g. Sales Team' },
	description: {
		description: 'Description of the group',
		placeholder: 'e.g. Calendars of the sales team',
	},
	slug: { placeholder: 'sales-team', description: 'The URL part of the group booking page' },
	isActive: { description: 'Whether the group is active', default: true },
};

export const calendarGroup: ResourceDefinition = {
	value: 'calendarGroup',
	// eslint-disable-next-line n8n-nodes-base/node-param-option-name-wrong-for-get-many -- a resource definition (its default operation is Get Many), not an operation option
	name: 'Calendar Group',
	noun: { one: 'calendar group', many: 'calendar groups' },
	facts: [calendarsFacts],
	defaultOperation: 'getAll',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/groups',
			inputs: groupInputs,
			fields: ['isActive'],
			root: 'group',
		},
		{ value: 'getAll', endpoint: 'GET /calendars/groups', list: { records: 'groups' } },
		{
			value: 'checkSlug',
			endpoint: 'POST /calendars/groups/validate-slug',
			name: 'Check Slug',
			action: 'Check whether a calendar group slug is available',
			inputs: groupInputs,
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/groups/{groupId}',
			inputs: groupInputs,
			root: 'group',
		},
		{
			value: 'updateStatus',
			endpoint: 'PUT /calendars/groups/{groupId}/status',
			name: 'Update Status',
			action: 'Enable or disable a calendar group',
			inputs: groupInputs,
		},
		{ value: 'delete', endpoint: 'DELETE /calendars/groups/{groupId}', inputs: groupInputs },
	],
};

export const groupsArea: ResourceDefinition[] = [calendarGroup];
