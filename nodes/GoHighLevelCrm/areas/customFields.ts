import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { picker } from '../../shared/recordPickers';
import customFieldsFacts from '../../shared/spec/custom-fields.json';
import locationsFacts from '../../shared/spec/locations.json';
import type { AreaFacts } from '../../shared/spec/types';

/**
 * Custom fields: the location's fields of contacts and opportunities (locations.json), and the
 * newer custom fields of custom objects, with their folders (custom-fields.json).
 */

const v1 = locationsFacts as AreaFacts;
const v2 = customFieldsFacts as AreaFacts;

const inputs: Record<string, InputChoice> = {
	id: picker('customField', 'id', 'Custom Field ID'),
	name: { placeholder: 'e.g. Favorite Color' },
	dataType: { displayName: 'Data Type', placeholder: 'e.g. TEXT' },
	objectKey: picker('customObject', 'objectKey'),
	fieldKey: {
		placeholder: 'custom_objects.pets.breed',
		description: 'Key of the field, prefixed with the object key',
	},
	parentId: { displayName: 'Folder ID', description: 'ID of the folder the field goes into' },
	showInForms: { description: 'Whether the field can be used in forms' },
	allowCustomOption: { description: 'Whether users may add their own options' },
	options: {
		displayName: 'Options (JSON)',
		description: 'For option fields, e.g. [{"key": "small", "label": "Small"}]',
	},
	acceptedFormat: {
		description: 'Comma-separated file extensions for file fields, e.g. .pdf,.png',
	},
	isMultipleFile: { description: 'Whether a file field takes several files' },
	textBoxListOptions: { displayName: 'Text Box List Options (JSON)' },
};

export const customField: ResourceDefinition = {
	value: 'customField',
	name: 'Custom Field',
	noun: { one: 'custom field', many: 'custom fields' },
	description: 'Custom fields of contacts and opportunities in the location',
	facts: [v1],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /locations/{locationId}/customFields',
			inputs,
			root: 'customField',
		},
		{
			value: 'get',
			endpoint: 'GET /locations/{locationId}/customFields/{id}',
			inputs,
			root: 'customField',
		},
		{
			value: 'getAll',
			endpoint: 'GET /locations/{locationId}/customFields',
			inputs,
			list: { records: 'customFields' },
		},
		{
			value: 'update',
			endpoint: 'PUT /locations/{locationId}/customFields/{id}',
			inputs,
			root: 'customField',
		},
		{ value: 'delete', endpoint: 'DELETE /locations/{locationId}/customFields/{id}', inputs },
	],
};

export const objectField: ResourceDefinition = {
	value: 'objectField',
	name: 'Custom Field (Objects)',
	noun: { one: 'custom field', many: 'custom fields' },
	description: 'Custom fields of custom objects and companies',
	facts: [v2],
	operations: [
		{ value: 'create', endpoint: 'POST /custom-fields/', inputs, root: 'field' },
		{ value: 'get', endpoint: 'GET /custom-fields/{id}', inputs, root: 'field' },
		{
			value: 'getAll',
			endpoint: 'GET /custom-fields/object-key/{objectKey}',
			action: 'Get many custom fields of an object',
			inputs,
			list: { records: 'fields' },
		},
		{ value: 'update', endpoint: 'PUT /custom-fields/{id}', inputs, root: 'field' },
		{ value: 'delete', endpoint: 'DELETE /custom-fields/{id}', inputs },
	],
};

export const objectFieldFolder: ResourceDefinition = {
	value: 'objectFieldFolder',
	name: 'Custom Field Folder',
	noun: { one: 'folder', many: 'folders' },
	description: 'Folders of custom object fields',
	facts: [v2],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /custom-fields/folder',
			inputs: { ...inputs, id: { displayName: 'Folder ID' } },
		},
		{
			value: 'update',
			endpoint: 'PUT /custom-fields/folder/{id}',
			inputs: { ...inputs, id: { displayName: 'Folder ID' } },
		},
		{
			value: 'delete',
			endpoint: 'DELETE /custom-fields/folder/{id}',
			inputs: { ...inputs, id: { displayName: 'Folder ID' } },
		},
	],
};

export const customFieldsArea: ResourceDefinition[] = [customField, objectField, objectFieldFolder];
