import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INodeExecutionData,
	INodeProperties,
	INodePropertyOptions,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toInstant } from '../builder/dates';
import { currentValue } from '../listSearch/crm';
import { editorRequest } from '../transport/editorRequest';
import { lookupOnce } from '../transport/lookupRequest';

/**
 * Custom fields by name: the location's field definitions of contacts or opportunities, loaded once
 * per execution and location, turn the names, keys and IDs a workflow gives into what HighLevel takes
 * (`[{ id, field_value }]`), checked before any request; and on read, the record's fields by name.
 */

export type CustomFieldModel = 'contact' | 'opportunity';

export interface FieldDefinition {
	id: string;
	name: string;
	fieldKey: string;
	dataType: string;
	picklistOptions?: string[];
	/** A custom object's option fields: what is sent (key) and what people see (label). */
	options?: Array<{ key: string; label: string }>;
}

const PATH = '/locations/{locationId}/customFields';
const SCOPES = ['locations/customFields.readonly'];

function definitionsOf(answer: IDataObject): FieldDefinition[] {
	const list = Array.isArray(answer.customFields) ? (answer.customFields as IDataObject[]) : [];
	return list
		.filter((field) => typeof field.id === 'string')
		.map((field) => ({
			id: String(field.id),
			name: String(field.name ?? field.id),
			fieldKey: String(field.fieldKey ?? ''),
			dataType: String(field.dataType ?? 'TEXT').toUpperCase(),
			picklistOptions: Array.isArray(field.picklistOptions)
				? field.picklistOptions.map(String)
				: undefined,
		}));
}

/** A custom object's field definitions (`GET /custom-fields/object-key/…`), options with their keys. */
function objectDefinitionsOf(answer: IDataObject): FieldDefinition[] {
	const list = Array.isArray(answer.fields) ? (answer.fields as IDataObject[]) : [];
	return list
		.filter((field) => typeof field.fieldKey === 'string' || typeof field.id === 'string')
		.map((field) => ({
			id: String(field.id ?? field.fieldKey),
			name: String(field.name ?? field.fieldKey),
			fieldKey: String(field.fieldKey ?? ''),
			dataType: String(field.dataType ?? 'TEXT').toUpperCase(),
			options: Array.isArray(field.options)
				? (field.options as IDataObject[]).map((option) => ({
						key: String(option.key ?? option.label),
						label: String(option.label ?? option.key),
					}))
				: undefined,
		}));
}

/** The location's field definitions of one model, read once per execution and location. */
export async function fieldDefinitions(
	fn: IExecuteSingleFunctions,
	model: CustomFieldModel,
): Promise<FieldDefinition[]> {
	return await cachedDefinitions(fn, model, { path: PATH, qs: { model } }, definitionsOf);
}

/** A custom object's field definitions, read once per execution, location and object. */
export async function objectFieldDefinitions(
	fn: IExecuteSingleFunctions,
	objectKey: string,
): Promise<FieldDefinition[]> {
	return await cachedDefinitions(
		fn,
		`object:${objectKey}`,
		{
			path: `/custom-fields/object-key/${encodeURIComponent(objectKey)}`,
			locationQuery: 'locationId',
		},
		objectDefinitionsOf,
	);
}

async function cachedDefinitions(
	fn: IExecuteSingleFunctions,
	of: string,
	request: { path: string; qs?: IDataObject; locationQuery?: string },
	parse: (answer: IDataObject) => FieldDefinition[],
): Promise<FieldDefinition[]> {
	return await lookupOnce(fn, of, { ...request, version: '2021-07-28', scopes: SCOPES }, parse);
}

const ENTRY_PATHS = [
	'customFields.field',
	'additionalFields.customFields.field',
	'updateFields.customFields.field',
];

/**
 * First step of the operations that write or name custom fields: loads the location's definitions
 * (once per execution and location) before the item's request, when the item uses them.
 */
export function preloadCustomFields(model: CustomFieldModel) {
	return async function (this: IExecuteSingleFunctions): Promise<void> {
		const named = this.getNodeParameter('customFieldNames', false) === true;
		const writes = ENTRY_PATHS.some((path) => {
			const entries = this.getNodeParameter(path, []) as unknown;
			return (
				Array.isArray(entries) &&
				entries.some((entry: Entry) => String(entry?.id ?? '').trim() !== '')
			);
		});
		if (named || writes) await fieldDefinitions(this, model).catch(() => undefined);
	};
}

/**
 * The field a workflow names by ID, by key (`contact.favorite_color`, or `favorite_color` after the
 * `prefix`) or by name.
 */
export function findField(
	fields: FieldDefinition[],
	prefix: string,
	given: string,
): FieldDefinition | undefined {
	const byName = fields.filter((field) => field.name.toLowerCase() === given.toLowerCase());
	return (
		fields.find((field) => field.id === given) ??
		fields.find((field) => field.fieldKey === given || field.fieldKey === `${prefix}.${given}`) ??
		(byName.length === 1 ? byName[0] : undefined)
	);
}

/** The error for a field the location does not define, listing some it does. */
export function unknownFieldError(
	fn: IExecuteSingleFunctions,
	fields: FieldDefinition[],
	given: string,
	what: string,
): NodeOperationError {
	const known = fields
		.slice(0, 8)
		.map((f) => `${f.name} (${f.fieldKey || f.id})`)
		.join(', ');
	return new NodeOperationError(fn.getNode(), `Unknown custom field "${given}"`, {
		description: `The location has no ${what} with this ID, key or name.${known ? ` Its fields include: ${known}.` : ''}`,
		itemIndex: fn.getItemIndex(),
	});
}

export const NUMBER_TYPES = new Set(['NUMERICAL', 'MONETORY', 'MONETARY', 'NUMBER', 'FLOAT']);
export const SINGLE_TYPES = new Set(['SINGLE_OPTIONS', 'RADIO', 'DROPDOWN']);
export const MULTI_TYPES = new Set(['MULTIPLE_OPTIONS', 'CHECKBOX', 'TEXTBOX_LIST']);

export type Fail = (problem: string, fix: string) => never;

export function listOf(value: unknown): string[] {
	const items = Array.isArray(value) ? value : String(value ?? '').split(',');
	return items.map((item) => String(item).trim()).filter((item) => item !== '');
}

/** The value as the field's type takes it, or an error naming the field. */
export function convert(
	field: FieldDefinition,
	value: unknown,
	fail: Fail,
	timezone: string,
): unknown {
	const type = field.dataType;
	if (value === '' || value === null || value === undefined) return '';
	if (NUMBER_TYPES.has(type)) {
		const number = typeof value === 'number' ? value : Number(String(value).trim());
		if (typeof value === 'boolean' || String(value).trim() === '' || !Number.isFinite(number)) {
			fail(`expects a number, not ${JSON.stringify(value)}`, 'Give a number, e.g. 42 or 19.99.');
		}
		// Checked as a number, sent as the spec types every single value: text.
		return String(number);
	}
	if (type === 'DATE') {
		const instant = toInstant(value, timezone);
		if (instant === undefined) {
			fail(
				`expects a date, not ${JSON.stringify(value)}`,
				'Give a date such as 2026-01-31, an ISO date-time or a date from an expression.',
			);
		}
		return new Date(instant as number).toISOString().slice(0, 10);
	}
	const options = field.picklistOptions?.length ? field.picklistOptions : undefined;
	if (SINGLE_TYPES.has(type)) {
		const chosen = String(value).trim();
		if (options && !options.includes(chosen)) {
			fail(`has no option ${JSON.stringify(chosen)}`, `Choose one of: ${options.join(', ')}.`);
		}
		return chosen;
	}
	if (MULTI_TYPES.has(type)) {
		const chosen = listOf(value);
		const unknown = options ? chosen.filter((option) => !options.includes(option)) : [];
		if (unknown.length) {
			fail(
				`has no option ${unknown.map((option) => JSON.stringify(option)).join(', ')}`,
				`Choose from: ${options?.join(', ')}.`,
			);
		}
		return chosen;
	}
	return typeof value === 'object' ? value : String(value);
}

interface Entry {
	id?: unknown;
	field_value?: unknown;
}

/**
 * preSend of the Custom Fields input: each entry's field (an ID, a key or a name) is looked up in the
 * location's definitions and its value checked and converted; an unknown field or a wrong value stops
 * the item before any request, naming the field. When the credential may not read the definitions
 * (no `locations/customFields.readonly` scope), entries are sent as given, as before.
 */
export function resolveCustomFields(model: CustomFieldModel): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = options.body as IDataObject | undefined;
		const entries = body?.customFields;
		if (!Array.isArray(entries) || entries.length === 0) return options;
		let fields: FieldDefinition[];
		try {
			fields = await fieldDefinitions(this, model);
		} catch (error) {
			const status = Number((error as { httpCode?: string }).httpCode);
			if (status === 401 || status === 403) return options;
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already the transport's NodeApiError with HighLevel's message
			throw error;
		}
		const itemIndex = this.getItemIndex();
		const resolved = (entries as Entry[]).map((entry) => {
			const given = String(entry.id ?? '').trim();
			const field = findField(fields, model, given);
			if (!field) throw unknownFieldError(this, fields, given, `${model} custom field`);
			const fail: Fail = (problem, fix) => {
				throw new NodeOperationError(this.getNode(), `Custom field "${field.name}" ${problem}`, {
					description: fix,
					itemIndex,
				});
			};
			return {
				id: field.id,
				field_value: convert(field, entry.field_value, fail, this.getTimezone()),
			};
		});
		options.body = { ...body, customFields: resolved };
		return options;
	};
}

/**
 * The Custom Fields input of contacts and opportunities: fields picked by name from the location's
 * list (or an expression giving an ID or a key), each with its value. Parameter names are those of
 * the earlier ID/value list, so saved workflows keep their fields.
 */
export function customFieldsByName(model: CustomFieldModel): INodeProperties {
	return {
		displayName: 'Custom Fields',
		name: 'customFields',
		type: 'fixedCollection',
		placeholder: 'Add Custom Field',
		typeOptions: { multipleValues: true },
		default: {},
		options: [
			{
				displayName: 'Field',
				name: 'field',
				values: [
					{
						displayName: 'Field Name or ID',
						name: 'id',
						type: 'options',
						typeOptions: {
							loadOptionsMethod:
								model === 'contact' ? 'getContactCustomFields' : 'getOpportunityCustomFields',
						},
						default: '',
						description: `Choose from the list, or specify an ID using an <a href="https://docs.n8n.io/code/expressions/">expression</a>. A key (e.g. ${model}.favorite_color) or the field's name works too.`,
					},
					{
						displayName: 'Value',
						name: 'value',
						type: 'string',
						default: '',
						description:
							'Checked against the field: a number, a date (e.g. 2026-01-31) or one of its options; for multi-select and checkbox fields, comma-separated or an array from an expression',
					},
				],
			},
		],
		routing: {
			send: {
				type: 'body',
				property: 'customFields',
				value:
					'={{ ($value.field || []).filter(f => String(f.id || "").trim() !== "").map(f => ({ id: String(f.id).trim(), field_value: f.value ?? "" })) }}',
				preSend: [resolveCustomFields(model)],
			},
		},
	};
}

async function modelFieldOptions(
	fn: ILoadOptionsFunctions,
	model: CustomFieldModel,
): Promise<INodePropertyOptions[]> {
	const answer = await editorRequest.call(fn, {
		method: 'GET',
		path: PATH,
		version: '2021-07-28',
		scopes: SCOPES,
		qs: { model },
		location: { in: 'path', name: 'locationId' },
	});
	return fieldOptions(definitionsOf(answer), (field) => field.id);
}

/** A list of field definitions by name, each with its key and type. */
function fieldOptions(
	fields: FieldDefinition[],
	value: (field: FieldDefinition) => string,
): INodePropertyOptions[] {
	return fields
		.map((field) => ({
			name: field.name,
			value: value(field),
			description: `${field.fieldKey} · ${field.dataType}`,
		}))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** loadOptions of a custom object record's fields: the fields of the object chosen in Object Key. */
export async function getObjectFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	const object = currentValue(this, 'schemaKey');
	if (!object) return [];
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: `/custom-fields/object-key/${encodeURIComponent(object)}`,
		version: '2021-07-28',
		scopes: SCOPES,
		location: { in: 'query', name: 'locationId' },
	});
	return fieldOptions(objectDefinitionsOf(answer), (field) => field.fieldKey || field.id);
}

/** loadOptions of the contact Custom Fields list. */
export async function getContactCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await modelFieldOptions(this, 'contact');
}

/** loadOptions of the opportunity Custom Fields list. */
export async function getOpportunityCustomFields(
	this: ILoadOptionsFunctions,
): Promise<INodePropertyOptions[]> {
	return await modelFieldOptions(this, 'opportunity');
}

/** The value a record's custom field entry holds, whichever of HighLevel's shapes it comes in. */
function entryValue(entry: IDataObject): unknown {
	for (const key of [
		'value',
		'field_value',
		'fieldValue',
		'fieldValueString',
		'fieldValueNumber',
		'fieldValueArray',
		'fieldValueDate',
		'fieldValueFiles',
	]) {
		if (entry[key] !== undefined) return entry[key];
	}
	return undefined;
}

/** The switch that adds `customFieldsByName` to contacts or opportunities read. */
export const customFieldNamesOption: INodeProperties = {
	displayName: 'Add Custom Fields by Name',
	name: 'customFieldNames',
	type: 'boolean',
	default: false,
	description:
		'Whether to add the record\'s custom fields keyed by their names ("customFieldsByName"), next to the raw "customFields" list',
};

/**
 * postReceive of reads: with "Add Custom Fields by Name" on, each record gets `customFieldsByName`,
 * from the location's definitions. `records` names the list of a page (lists are read page by page);
 * without it the item is the record.
 */
export function addCustomFieldNames(model: CustomFieldModel, records?: string): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		if (!this.getNodeParameter('customFieldNames', false)) return items;
		const fields = await fieldDefinitions(this, model);
		const byId = new Map(fields.map((field) => [field.id, field]));
		const withNames = (record: IDataObject): IDataObject => {
			const entries = Array.isArray(record.customFields)
				? (record.customFields as IDataObject[])
				: [];
			const named: IDataObject = {};
			for (const entry of entries) {
				const field = byId.get(String(entry.id));
				named[field?.name ?? String(entry.id)] = entryValue(entry) as IDataObject[string];
			}
			return { ...record, customFieldsByName: named };
		};
		return items.map((item) => {
			if (!records) return { ...item, json: withNames(item.json) };
			const list = item.json[records];
			if (!Array.isArray(list)) return item;
			return {
				...item,
				json: { ...item.json, [records]: (list as IDataObject[]).map(withNames) },
			};
		});
	};
}
