import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	INodePropertyMode,
	INodePropertyOptions,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { inUnit, toInstant } from './dates';
import type { DateUnit } from './types';

/**
 * Field helpers. Each returns an n8n parameter whose `routing.send` puts the value into the request
 * body or query; a few add a preSend that reshapes the value (lists, JSON, date-times) once n8n
 * has placed it. Path parameters have no routing: the builder fills them into the URL.
 */

type Target = 'body' | 'query';

interface FieldOptions {
	description?: string;
	placeholder?: string;
	required?: boolean;
	/** Request property, when it differs from the parameter name. Dots nest (`dndSettings.SMS`). */
	property?: string;
	/** Where the value goes; defaults to the body. */
	in?: Target;
	hint?: string;
}

type Transform = (
	value: unknown,
	fail: (problem: string, fix: string) => never,
	fn: IExecuteSingleFunctions,
) => unknown;

function bagOf(options: IHttpRequestOptions, where: Target): IDataObject | undefined {
	const bag = where === 'query' ? options.qs : options.body;
	return bag && typeof bag === 'object' && !Array.isArray(bag) ? (bag as IDataObject) : undefined;
}

function reshape(
	where: Target,
	property: string,
	label: string,
	transform: Transform,
): PreSendAction {
	const path = property.split('.');
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		let parent = bagOf(options, where);
		for (const key of path.slice(0, -1)) parent = parent?.[key] as IDataObject | undefined;
		const last = path[path.length - 1];
		if (!parent || !(last in parent)) return options;
		const fail = (problem: string, fix: string): never => {
			throw new NodeOperationError(this.getNode(), `"${label}" ${problem}`, {
				description: fix,
				itemIndex: this.getItemIndex(),
			});
		};
		const value = transform(parent[last], fail, this);
		if (value === undefined) delete parent[last];
		else parent[last] = value as IDataObject[keyof IDataObject];
		return options;
	};
}

function sendAs(
	name: string,
	options: FieldOptions,
	preSend?: Transform,
	label = name,
): INodeProperties['routing'] {
	const where = options.in ?? 'body';
	const property = options.property ?? name;
	return {
		send: {
			type: where,
			property,
			...(preSend ? { preSend: [reshape(where, property, label, preSend)] } : {}),
		},
	};
}

function base(name: string, displayName: string, options: FieldOptions) {
	return {
		displayName,
		name,
		...(options.description ? { description: options.description } : {}),
		...(options.placeholder ? { placeholder: options.placeholder } : {}),
		...(options.hint ? { hint: options.hint } : {}),
		...(options.required ? { required: true } : {}),
	};
}

/** An ID that goes into the URL path, e.g. `{contactId}`. */
export function pathId(name: string, displayName: string, description: string): INodeProperties {
	const placeholder = 'e.g. pOC0uJ97VYOKH2m3fkMD';
	return {
		displayName,
		name,
		type: 'string',
		default: '',
		required: true,
		placeholder,
		description,
	};
}

export function string(
	name: string,
	displayName: string,
	options: FieldOptions = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'string',
		default: '',
		routing: sendAs(name, options),
	};
}

export function email(
	name: string,
	displayName: string,
	options: FieldOptions = {},
): INodeProperties {
	return {
		...string(name, displayName, options),
		placeholder: options.placeholder ?? 'name@email.com',
	};
}

export function number(
	name: string,
	displayName: string,
	options: FieldOptions & { default?: number; minValue?: number } = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'number',
		default: options.default ?? 0,
		...(options.minValue !== undefined ? { typeOptions: { minValue: options.minValue } } : {}),
		routing: sendAs(name, options),
	};
}

export function boolean(
	name: string,
	displayName: string,
	options: FieldOptions & { default?: boolean } = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'boolean',
		default: options.default ?? false,
		routing: sendAs(name, options),
	};
}

export function choice(
	name: string,
	displayName: string,
	values: INodePropertyOptions[],
	options: FieldOptions & { default?: string } = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'options',
		options: values,
		default: options.default ?? values[0].value,
		routing: sendAs(name, options),
	};
}

/**
 * A list's values from "a, b" or an array (an expression's), trimmed, empty ones dropped; sent as an
 * array, or joined with commas where the endpoint takes one string.
 */
function listValue(required: boolean | undefined, fix: string, join = false): Transform {
	return (value, fail) => {
		const items = Array.isArray(value) ? value : String(value ?? '').split(',');
		const list = items.map((item) => String(item).trim()).filter((item) => item !== '');
		if (required && list.length === 0) fail('is empty', fix);
		return join ? list.join(',') : list;
	};
}

/** Sent as an array of strings; accepts "a, b" or an array from an expression. */
export function stringList(
	name: string,
	displayName: string,
	options: FieldOptions = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'string',
		default: '',
		routing: sendAs(
			name,
			options,
			listValue(
				options.required,
				'Give at least one value, separated by commas, or an array from an expression.',
			),
			displayName,
		),
	};
}

/**
 * Several values picked from a list the node loads (users, tags), or given by an expression; sent as
 * an array of strings, or joined with commas where the endpoint takes one string.
 */
export function pickMany(
	name: string,
	displayName: string,
	loadOptionsMethod: string,
	options: FieldOptions & { join?: boolean } = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'multiOptions',
		typeOptions: { loadOptionsMethod },
		default: [],
		routing: sendAs(
			name,
			options,
			listValue(
				options.required,
				'Choose at least one value, or give them with an expression.',
				options.join,
			),
			displayName,
		),
	};
}

/** The node version from which inputs that take several users, tags or workflows are lists. */
export const LISTS_VERSION = 1.1;

/**
 * A list to pick from (node version 1.1 on) and the comma-separated text field version 1 had, which
 * workflows saved with it keep showing and running.
 */
export function listFromVersion11(list: INodeProperties, text: INodeProperties): INodeProperties[] {
	const only = (property: INodeProperties, versions: number[]): INodeProperties => ({
		...property,
		displayOptions: {
			...property.displayOptions,
			show: { ...property.displayOptions?.show, '@version': versions },
		},
	});
	return [only(text, [1]), only(list, [LISTS_VERSION])];
}

/** A JSON object or array, parsed with an error that names the field. */
export function json(
	name: string,
	displayName: string,
	options: FieldOptions & { default?: string; shape?: 'object' | 'array' } = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'json',
		default: options.default ?? (options.shape === 'array' ? '[]' : '{}'),
		routing: sendAs(
			name,
			options,
			(value, fail) => {
				let parsed = value;
				if (typeof value === 'string') {
					if (value.trim() === '') return undefined;
					try {
						parsed = JSON.parse(value);
					} catch (error) {
						fail(
							`is not valid JSON (${(error as Error).message})`,
							'Fix the JSON, or build the value with an expression.',
						);
					}
				}
				const isArray = Array.isArray(parsed);
				if (
					options.shape === 'array'
						? !isArray
						: isArray || typeof parsed !== 'object' || parsed === null
				) {
					fail(
						`must be a JSON ${options.shape ?? 'object'}`,
						`Give a JSON ${options.shape ?? 'object'}.`,
					);
				}
				return parsed;
			},
			displayName,
		),
	};
}

/**
 * Sent as ISO 8601 UTC, epoch milliseconds or a date, as the endpoint takes it; values without an
 * offset are read in the workflow's time zone.
 */
export function dateTime(
	name: string,
	displayName: string,
	options: FieldOptions & { unit?: DateUnit } = {},
): INodeProperties {
	return {
		...base(name, displayName, options),
		type: 'dateTime',
		default: '',
		routing: sendAs(
			name,
			options,
			(value, fail, fn) => {
				if (value === '' || value === null || value === undefined) {
					if (options.required) fail('is empty', 'Pick a date and time.');
					return undefined;
				}
				const instant = toInstant(value, fn.getTimezone());
				if (instant === undefined) {
					fail(
						`is not a valid date-time: ${JSON.stringify(value)}`,
						'Use an ISO 8601 value such as 2026-01-31T09:00:00 or a date from an expression.',
					);
				}
				return inUnit(instant as number, options.unit ?? 'iso', fn.getTimezone());
			},
			displayName,
		),
	};
}

/**
 * A record picked from a searchable list, typed as an ID, or pasted as a HighLevel app URL. Used for
 * path parameters: the builder reads the chosen value and puts it, URL-encoded, into the path.
 */
export function locator(
	name: string,
	displayName: string,
	options: {
		searchListMethod: string;
		description: string;
		urlPattern?: RegExp;
		placeholder?: string;
		/** An example of the app URL the By URL mode takes. */
		urlPlaceholder?: string;
		/** Further ways to name the record, resolved by the operation's hooks (e.g. by key). */
		extraModes?: INodePropertyMode[];
	},
): INodeProperties {
	return {
		displayName,
		name,
		type: 'resourceLocator',
		default: { mode: 'list', value: '' },
		required: true,
		description: options.description,
		modes: [
			{
				displayName: 'From List',
				name: 'list',
				type: 'list',
				typeOptions: { searchListMethod: options.searchListMethod, searchable: true },
			},
			{
				displayName: 'By ID',
				name: 'id',
				type: 'string',
				placeholder: options.placeholder ?? 'e.g. pOC0uJ97VYOKH2m3fkMD',
			},
			...(options.urlPattern
				? [
						{
							displayName: 'By URL',
							name: 'url',
							type: 'string' as const,
							placeholder:
								options.urlPlaceholder ??
								'https://app.gohighlevel.com/v2/location/…/contacts/detail/…',
							extractValue: { type: 'regex' as const, regex: options.urlPattern.source },
						},
					]
				: []),
			...(options.extraModes ?? []),
		],
	};
}
