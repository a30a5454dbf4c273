import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { inputProperties, type Input } from '../../shared/builder/inputs';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import {
	convert,
	type Fail,
	type FieldDefinition,
	findField,
	listOf,
	MULTI_TYPES,
	NUMBER_TYPES,
	objectFieldDefinitions,
	SINGLE_TYPES,
	unknownFieldError,
} from '../../shared/customFields/byName';
import { picker, users } from '../../shared/recordPickers';
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
 * A record's own fields, which differ per object: fields picked by name from the object's list (or
 * given by key), or the whole `properties` object as JSON. Both may be used; list entries win.
 */
const userIds = (name: string): Input => ({
	name,
	in: 'body',
	required: false,
	schema: { type: 'array', items: { type: 'string' } },
});

const recordFields: INodeProperties[] = [
	{
		displayName: 'Record Fields',
		name: 'recordFields',
		type: 'fixedCollection',
		placeholder: 'Add Field',
		typeOptions: { multipleValues: true },
		default: {},
		description: 'The fields of the object chosen in Object Key, each with its value',
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'key',
						type: 'options',
						typeOptions: {
							loadOptionsMethod: 'getObjectFields',
							loadOptionsDependsOn: ['schemaKey.value'],
						},
						default: '',
						description:
							'Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>',
						hint: 'An expression may also give a field key, e.g. name or custom_objects.pets.name',
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'Checked against the field: a number, an amount, a date (e.g. 2026-01-31) or one of its options (by label or key); for multi-option fields, comma-separated or an array from an expression',
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
		placeholder: '{"name": "Rex", "age": 3}',
		description: "The record's fields as one JSON object keyed by field key, sent as given",
	},
	// The spec leaves the record body undescribed: owner and followers are lists of user IDs.
	...inputProperties(userIds('owner'), users('Owner', 'HighLevel takes one owner per record')),
	...inputProperties(userIds('followers'), users('Follower')),
];

const OPTION_TYPES = new Set([...SINGLE_TYPES, ...MULTI_TYPES]);

/** The option keys HighLevel takes for the labels or keys given, or an error naming the field. */
function optionKeys(definition: FieldDefinition, value: unknown, fail: Fail): string | string[] {
	const options = definition.options ?? [];
	const given = MULTI_TYPES.has(definition.dataType) ? listOf(value) : [String(value ?? '').trim()];
	const keys = given.map((chosen) => {
		const option = options.find((o) => o.key === chosen || o.label === chosen);
		if (!option) {
			fail(
				`has no option ${JSON.stringify(chosen)}`,
				`Choose from: ${options.map((o) => o.label).join(', ')}.`,
			);
		}
		return (option as { key: string }).key;
	});
	return MULTI_TYPES.has(definition.dataType) ? keys : keys[0];
}

/** A record field's value in the shape HighLevel stores it: numbers, money, dates and option keys. */
function recordValue(
	definition: FieldDefinition,
	value: unknown,
	fail: Fail,
	timezone: string,
): unknown {
	if (value === '' || value === null || value === undefined) return value;
	if (OPTION_TYPES.has(definition.dataType) && definition.options?.length) {
		return optionKeys(definition, value, fail);
	}
	if (definition.dataType === 'TEXTBOX_LIST' || definition.dataType === 'FILE_UPLOAD') return value;
	const converted = convert(definition, value, fail, timezone);
	if (definition.dataType === 'MONETORY' || definition.dataType === 'MONETARY') {
		return typeof value === 'object' ? value : { currency: 'default', value: Number(converted) };
	}
	return NUMBER_TYPES.has(definition.dataType) ? Number(converted) : converted;
}

function parseRecordJson(fn: IExecuteSingleFunctions): IDataObject {
	const json = fn.getNodeParameter('recordJson', '{}') as unknown;
	if (typeof json === 'string' ? json.trim() === '' : !json) return {};
	let parsed: unknown = json;
	try {
		if (typeof json === 'string') parsed = JSON.parse(json);
	} catch (error) {
		throw new NodeOperationError(
			fn.getNode(),
			`"Record Fields (JSON)" is not valid JSON (${(error as Error).message})`,
			{
				description: 'Give one JSON object keyed by field key, or use Record Fields.',
				itemIndex: fn.getItemIndex(),
			},
		);
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		throw new NodeOperationError(fn.getNode(), '"Record Fields (JSON)" must be a JSON object', {
			description: 'Give one JSON object keyed by field key, e.g. {"name": "Rex"}.',
			itemIndex: fn.getItemIndex(),
		});
	}
	return parsed as IDataObject;
}

/** Records are keyed by a field's own key, the last part of `custom_objects.pets.name`. */
const shortKey = (definition: FieldDefinition) =>
	(definition.fieldKey || definition.id).split('.').pop() as string;

type FieldEntry = { key?: unknown; value?: unknown };

function recordEntries(fn: IExecuteSingleFunctions): FieldEntry[] {
	return (fn.getNodeParameter('recordFields.field', []) as FieldEntry[]).filter(
		(entry) => String(entry.key ?? '').trim() !== '',
	);
}

const objectKeyOf = (fn: IExecuteSingleFunctions) =>
	String(fn.getNodeParameter('schemaKey', '', { extractValue: true }) ?? '').trim();

/** Reads the object's field definitions before the item's request, when its fields are given. */
async function preloadObjectFields(this: IExecuteSingleFunctions): Promise<void> {
	if (recordEntries(this).length === 0) return;
	await objectFieldDefinitions(this, objectKeyOf(this)).catch(() => undefined);
}

/**
 * Builds `properties` from the record inputs: each listed field is looked up in the object's
 * definitions (by name, key or ID) and its value checked and shaped, before any request; without
 * permission to read the definitions, keys and values are sent as given.
 */
async function recordBody(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const properties = parseRecordJson(this);
	const entries = recordEntries(this);
	if (entries.length) {
		const objectKey = objectKeyOf(this);
		let definitions: FieldDefinition[] | undefined;
		try {
			definitions = await objectFieldDefinitions(this, objectKey);
		} catch (error) {
			const status = Number((error as { httpCode?: string }).httpCode);
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already the transport's NodeApiError with HighLevel's message
			if (status !== 401 && status !== 403) throw error;
		}
		for (const entry of entries) {
			const given = String(entry.key).trim();
			if (!definitions) {
				properties[given] = entry.value as IDataObject[string];
				continue;
			}
			const definition = findField(definitions, objectKey, given);
			// A text-list field's entries go by `field.entry` keys, e.g. my_textbox_list.option_a.
			const listEntry = definitions.some(
				(d) => d.dataType === 'TEXTBOX_LIST' && given.startsWith(`${shortKey(d)}.`),
			);
			if (!definition && listEntry) {
				properties[given] = entry.value as IDataObject[string];
				continue;
			}
			if (!definition) throw unknownFieldError(this, definitions, given, `field of ${objectKey}`);
			const fail: Fail = (problem, fix) => {
				throw new NodeOperationError(this.getNode(), `Field "${definition.name}" ${problem}`, {
					description: fix,
					itemIndex: this.getItemIndex(),
				});
			};
			properties[shortKey(definition)] = recordValue(
				definition,
				entry.value,
				fail,
				this.getTimezone(),
			) as IDataObject[string];
		}
	}
	const body = (options.body ?? {}) as IDataObject;
	if (Object.keys(properties).length) body.properties = properties;
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
			hooks: { beforeRequest: [preloadObjectFields], preSend: [recordBody] },
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
			hooks: { beforeRequest: [preloadObjectFields], preSend: [recordBody] },
			root: 'record',
		},
		{ value: 'delete', endpoint: 'DELETE /objects/{schemaKey}/records/{id}', inputs },
	],
};

export const objectsArea: ResourceDefinition[] = [customObject, objectRecord];
