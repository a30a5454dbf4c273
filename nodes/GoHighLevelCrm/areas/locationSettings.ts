import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeParameterResourceLocator,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { picker } from '../../shared/recordPickers';
import facts from '../../shared/spec/locations.json';
import type { AreaFacts } from '../../shared/spec/types';
import { lookupOnce } from '../../shared/transport/lookupRequest';
import { offsetLimit } from '../../shared/transport/paging';
import { resolvePathValue } from '../../shared/transport/presend';

/**
 * The sub-account settings CRM work uses, from locations.json: custom values, the location's tags
 * and its message templates. The rest of locations.json belongs to agency work.
 */

const locations = facts as AreaFacts;

/** `{{ custom_values.office_phone }}`, `custom_values.office_phone` and `office_phone` all name one key. */
function customValueKey(text: string): string {
	const inner = text
		.replace(/^\{\{\s*/, '')
		.replace(/\s*\}\}$/, '')
		.trim();
	return inner.startsWith('custom_values.') ? inner : `custom_values.${inner}`;
}

/**
 * Custom Value "By Name or Key": the location's custom values (read once per execution) give the ID
 * of the one named, by its key as messages use it or by its name; none, or two of one name, stop the
 * item before any request.
 */
async function customValueByKey(this: IExecuteSingleFunctions): Promise<void> {
	const parameter = this.getNodeParameter('id', '') as INodeParameterResourceLocator | string;
	if (typeof parameter !== 'object' || parameter.mode !== 'key') return;
	const given = String(parameter.value ?? '').trim();
	const values = await lookupOnce(
		this,
		'customValues',
		{
			path: '/locations/{locationId}/customValues',
			version: '2021-07-28',
			scopes: ['locations/customValues.readonly'],
		},
		(answer) => (Array.isArray(answer.customValues) ? answer.customValues : []) as IDataObject[],
	);
	const key = customValueKey(given);
	const byName = values.filter((v) => String(v.name ?? '').toLowerCase() === given.toLowerCase());
	const match =
		values.find((v) => customValueKey(String(v.fieldKey ?? '')) === key) ??
		(byName.length === 1 ? byName[0] : undefined);
	if (!match || match.id === undefined) {
		const known = values
			.slice(0, 8)
			.map((v) => `${String(v.name)} (${String(v.fieldKey ?? '')})`)
			.join(', ');
		throw new NodeOperationError(this.getNode(), `No custom value "${given}"`, {
			description:
				byName.length > 1
					? `The location has ${byName.length} custom values named "${given}": give its key, e.g. ${String(byName[0].fieldKey)}.`
					: `The location has no custom value with this name or key.${known ? ` Its custom values include: ${known}.` : ''}`,
			itemIndex: this.getItemIndex(),
		});
	}
	resolvePathValue(this, 'id', String(match.id));
}

const byKey = { beforeRequest: [customValueByKey] };

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
			hooks: byKey,
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
			hooks: byKey,
			root: 'customValue',
		},
		{
			value: 'delete',
			endpoint: 'DELETE /locations/{locationId}/customValues/{id}',
			inputs: valueInputs,
			hooks: byKey,
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
