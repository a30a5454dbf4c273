import type { INodeProperties } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { offsetLimit } from '../../shared/transport/paging';
import { ARRAY_RECORDS, wrapArray } from './arrays';
import { calendarsFacts } from './calendars';

/** Calendar resources (calendars.json): the rooms and equipment bookings use. */

const resourceType: INodeProperties = {
	displayName: 'Resource Type',
	name: 'resourceType',
	type: 'options',
	options: [
		{ name: 'Equipment', value: 'equipments' },
		{ name: 'Room', value: 'rooms' },
	],
	default: 'rooms',
};

const resourceInputs: Record<string, InputChoice> = {
	resourceType,
	id: { displayName: 'Resource ID' },
	name: { description: 'Name of the room or equipment', placeholder: 'e.g. Meeting Room 1' },
	description: {
		description: 'Description of the room or equipment',
		placeholder: 'e.g. Second floor, seats eight',
	},
	quantity: { description: 'How many of it there are' },
	outOfService: { description: 'How many are out of service' },
	capacity: { description: 'How many people it holds' },
	calendarIds: { displayName: 'Calendar IDs', description: 'Comma-separated calendar IDs' },
	isActive: { description: 'Whether it can be booked' },
};

export const calendarResource: ResourceDefinition = {
	value: 'calendarResource',
	// eslint-disable-next-line n8n-nodes-base/node-param-option-name-wrong-for-get-many -- a resource definition (its default operation is Get Many), not an operation option
	name: 'Calendar Resource',
	noun: { one: 'calendar resource', many: 'calendar resources' },
	description: 'Rooms and equipment',
	facts: [calendarsFacts],
	defaultOperation: 'getAll',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/resources/{resourceType}',
			inputs: resourceInputs,
		},
		{
			value: 'get',
			endpoint: 'GET /calendars/resources/{resourceType}/{id}',
			inputs: resourceInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/resources/{resourceType}',
			inputs: resourceInputs,
			hooks: { postReceive: [wrapArray] },
			list: {
				records: ARRAY_RECORDS,
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
			endpoint: 'PUT /calendars/resources/{resourceType}/{id}',
			inputs: resourceInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /calendars/resources/{resourceType}/{id}',
			inputs: resourceInputs,
		},
	],
};

export const resourcesArea: ResourceDefinition[] = [calendarResource];
