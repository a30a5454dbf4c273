import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { picker } from '../../shared/recordPickers';
import facts from '../../shared/spec/objects.json';
import type { AreaFacts } from '../../shared/spec/types';
import { pageNumber } from '../../shared/transport/paging';

/** The Custom Objects API area (objects.json): object schemas and their records, 9 operations. */

const objects = facts as AreaFacts;

const inputs: Record<string, InputChoice> = {
	key: picker('customObject', 'key'),
	schemaKey: picker('customObject', 'schemaKey'),
	id: picker('objectRecord', 'id', 'Record ID'),
	labels: { description: 'Singular and plural names, e.g. {"singular": "Pet", "plural": "Pets"}' },
	primaryDisplayPropertyDetails: {
		displayName: 'Primary Display Property',
		description:
			'The field shown as the record\'s name, e.g. {"key": "custom_objects.pets.name", "name": "Name", "dataType": "TEXT"}',
	},
	searchableProperties: { description: 'Comma-separated field keys that search looks in' },
	fetchProperties: { description: 'Set to "true" to include the object\'s fields' },
	query: {
		displayName: 'Query',
		name: 'query',
		type: 'string',
		default: '',
		// The spec requires the key; an empty query matches every record, so the builder must not make it required.
		// eslint-disable-next-line n8n-nodes-base/node-param-required-false -- overrides the spec's "required" for the builder
		required: false,
		description: 'Free-text search; empty matches all',
	},
};

/**
 * A record's own fields, which differ per object: a list of field key/value pairs, or the whole
 * `properties` object as JSON. Both may be used; list entries win.
 */
const recordFields: INodeProperties[] = [
	{
		displayName: 'Record Fields',
		name: 'recordFields',
		type: 'fixedCollection',
		placeholder: 'Add Field',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'The record\'s fields by key, e.g. "name" or "custom_objects.pets.name"',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{ displayName: 'Key', name: 'key', type: 'string', default: '' },
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description: 'For numbers, options lists or money, give the value from an expression',
					},
				],
			},
		],
	},
	{
		displayName: 'Record Fields (JSON)',
		name: 'recordJson',
		type: 'json',
		default: '{}',
		placeholder: '{"name": "Rex", "custom_objects.pets.age": 3}',
		description: "The record's fields as one JSON object, keyed by field key",
	},
	{
		displayName: 'Owner User IDs',
		name: 'owner',
		type: 'string',
		default: '',
		description: 'Comma-separated user IDs; HighLevel takes one owner per record',
	},
	{
		displayName: 'Follower User IDs',
		name: 'followers',
		type: 'string',
		default: '',
		description: 'Comma-separated user IDs',
	},
];

const commaList = (value: unknown): string[] =>
	(Array.isArray(value) ? value : String(value ?? '').split(','))
		.map((item) => String(item).trim())
		.filter((item) => item !== '');

/** Builds `{ properties, owner, followers }` from the record inputs. */
async function recordBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const properties: IDataObject = {};
	const json = this.getNodeParameter('recordJson', '{}') as unknown;
	if (typeof json === 'string' ? json.trim() !== '' : json) {
		let parsed: unknown = json;
		try {
			if (typeof json === 'string') parsed = JSON.parse(json);
		} catch (error) {
			throw new NodeOperationError(
				this.getNode(),
				`"Record Fields (JSON)" is not valid JSON (${(error as Error).message})`,
				{
					description: 'Give one JSON object keyed by field key, or use Record Fields.',
					itemIndex: this.getItemIndex(),
				},
			);
		}
		if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
			throw new NodeOperationError(this.getNode(), '"Record Fields (JSON)" must be a JSON object', {
				description: 'Give one JSON object keyed by field key, e.g. {"name": "Rex"}.',
				itemIndex: this.getItemIndex(),
			});
		}
		Object.assign(properties, parsed);
	}
	const entries = this.getNodeParameter('recordFields.field', []) as Array<{
		key?: string;
		value?: unknown;
	}>;
	for (const entry of entries) {
		const key = String(entry.key ?? '').trim();
		if (key) properties[key] = entry.value as IDataObject[string];
	}
	const body = (options.body ?? {}) as IDataObject;
	if (Object.keys(properties).length) body.properties = properties;
	const owner = commaList(this.getNodeParameter('owner', ''));
	const followers = commaList(this.getNodeParameter('followers', ''));
	if (owner.length) body.owner = owner;
	if (followers.length) body.followers = followers;
	options.body = body;
	return options;
}

export const customObject: ResourceDefinition = {
	value: 'customObject',
	name: 'Custom Object',
	noun: { one: 'custom object', many: 'custom objects' },
	description: 'Custom object schemas',
	facts: [objects],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /objects/',
			description: 'Create a custom object. HighLevel allows this only with an agency token.',
			inputs,
			root: 'object',
		},
		{ value: 'get', endpoint: 'GET /objects/{key}', inputs },
		{ value: 'getAll', endpoint: 'GET /objects/', list: { records: 'objects' } },
		{ value: 'update', endpoint: 'PUT /objects/{key}', inputs, root: 'object' },
	],
};

export const objectRecord: ResourceDefinition = {
	value: 'objectRecord',
	name: 'Custom Object Record',
	noun: { one: 'record', many: 'records' },
	description: 'Records of a custom object (or of a standard object such as business)',
	facts: [objects],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /objects/{schemaKey}/records',
			// The spec leaves this body undescribed; HighLevel takes the location, fields, owner and followers.
			location: { in: 'body', name: 'locationId' },
			inputs,
			extra: recordFields,
			hooks: { preSend: [recordBody] },
			root: 'record',
		},
		{ value: 'get', endpoint: 'GET /objects/{schemaKey}/records/{id}', inputs, root: 'record' },
		{
			value: 'getAll',
			endpoint: 'POST /objects/{schemaKey}/records/search',
			description: 'Search the records of an object',
			idempotent: true,
			inputs,
			list: {
				records: 'records',
				paging: pageNumber({
					in: 'body',
					pageField: 'page',
					sizeField: 'pageLimit',
					maxPageSize: 100,
					initial: { searchAfter: [] },
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /objects/{schemaKey}/records/{id}',
			inputs,
			extra: recordFields,
			hooks: { preSend: [recordBody] },
			root: 'record',
		},
		{ value: 'delete', endpoint: 'DELETE /objects/{schemaKey}/records/{id}', inputs },
	],
};

export const objectsArea: ResourceDefinition[] = [customObject, objectRecord];
