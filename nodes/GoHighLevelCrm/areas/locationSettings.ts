import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { picker } from '../../shared/recordPickers';
import facts from '../../shared/spec/locations.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';

/**
 * The sub-account settings CRM work uses, from locations.json: custom values, the location's tags
 * and its message templates. The rest of locations.json belongs to agency work.
 */

const locations = facts as AreaFacts;

const valueInputs: Record<string, InputChoice> = {
	id: picker('customValue', 'id', 'Custom Value ID'),
	name: { placeholder: 'e.g. Office Phone' },
	value: { placeholder: 'e.g. +1 888-888-8888' },
};

export const customValue: ResourceDefinition = {
	value: 'customValue',
	name: 'Custom Value',
	noun: { one: 'custom value', many: 'custom values' },
	description: 'Values used as {{custom_values.x}} in messages and templates',
	facts: [locations],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /locations/{locationId}/customValues',
			inputs: valueInputs,
			root: 'customValue',
		},
		{
			value: 'get',
			endpoint: 'GET /locations/{locationId}/customValues/{id}',
			inputs: valueInputs,
			root: 'customValue',
		},
		{
			value: 'getAll',
			endpoint: 'GET /locations/{locationId}/customValues',
			list: { records: 'customValues' },
		},
		{
			value: 'update',
			endpoint: 'PUT /locations/{locationId}/customValues/{id}',
			inputs: valueInputs,
			root: 'customValue',
		},
		{
			value: 'delete',
			endpoint: 'DELETE /locations/{locationId}/customValues/{id}',
			inputs: valueInputs,
		},
	],
};

const tagInputs: Record<string, InputChoice> = {
	tagId: picker('tag', 'tagId', 'Tag ID'),
	name: { description: 'Name of the tag', placeholder: 'e.g. vip' },
};

export const locationTag: ResourceDefinition = {
	value: 'locationTag',
	name: 'Location Tag',
	noun: { one: 'tag', many: 'tags' },
	description: 'The tags defined in the location',
	facts: [locations],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /locations/{locationId}/tags',
			inputs: tagInputs,
			root: 'tag',
		},
		{
			value: 'get',
			endpoint: 'GET /locations/{locationId}/tags/{tagId}',
			inputs: tagInputs,
			root: 'tag',
		},
		{ value: 'getAll', endpoint: 'GET /locations/{locationId}/tags', list: { records: 'tags' } },
		{
			value: 'update',
			endpoint: 'PUT /locations/{locationId}/tags/{tagId}',
			inputs: tagInputs,
			root: 'tag',
		},
		{ value: 'delete', endpoint: 'DELETE /locations/{locationId}/tags/{tagId}', inputs: tagInputs },
	],
};

export const template: ResourceDefinition = {
	value: 'template',
	name: 'Template',
	noun: { one: 'template', many: 'templates' },
	description: 'SMS, email and WhatsApp templates of the location',
	facts: [locations],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /locations/{locationId}/templates',
			inputs: {
				originId: {
					displayName: 'Origin ID',
					description: 'ID of the location or agency that owns the templates',
				},
				deleted: { description: 'Whether to list deleted templates' },
			},
			list: {
				records: 'templates',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'delete',
			endpoint: 'DELETE /locations/{locationId}/templates/{id}',
			inputs: { id: { displayName: 'Template ID' } },
		},
	],
};

export const locationSettingsArea: ResourceDefinition[] = [customValue, locationTag, template];
