import type { INodeProperties } from 'n8n-workflow';

import type { SchemaFacts } from '../spec/types';
import * as field from './fields';
import { labelOf } from './naming';
import type { InputChoice } from './types';

/** One input of an operation, as the spec declares it. */
export interface Input {
	name: string;
	in: 'path' | 'query' | 'body';
	required: boolean;
	schema: SchemaFacts;
}

function isWholeProperty(choice: InputChoice | undefined): choice is INodeProperties {
	return !!choice && 'name' in choice && 'type' in choice;
}

function isScalar(schema: SchemaFacts | undefined): boolean {
	return !!schema && ['string', 'number', 'integer', 'boolean'].includes(String(schema.type));
}

/** A value that satisfies a schema's requirements, used as a JSON input's starting point. */
export function sampleOf(schema: SchemaFacts): unknown {
	if (schema.enum?.length) return schema.enum[0];
	switch (schema.type) {
		case 'string':
			return '';
		case 'number':
		case 'integer':
			return schema.minimum ?? 0;
		case 'boolean':
			return false;
		case 'array':
			return schema.minItems && schema.items ? [sampleOf(schema.items)] : [];
		default: {
			const out: Record<string, unknown> = {};
			for (const name of schema.required ?? []) {
				out[name] = sampleOf(schema.properties?.[name] ?? {});
			}
			return out;
		}
	}
}

/**
 * The n8n properties for an input: one, or for a list picked from loaded options, the list (version
 * 1.1 on) and the comma-separated text field version 1 had.
 */
export function inputProperties(input: Input, choice: InputChoice | undefined): INodeProperties[] {
	const list = choice && !isWholeProperty(choice) && choice.loadOptions ? choice : undefined;
	if (!list?.loadOptions || !['array', 'string'].includes(String(input.schema.type))) {
		return [inputProperty(input, choice)];
	}
	const where: 'query' | 'body' = input.in === 'query' ? 'query' : 'body';
	const displayName = list.displayName ?? labelOf(input.name);
	const options = { in: where, property: input.name, required: input.required || undefined };
	const join = input.schema.type === 'string';
	const text = list.textInVersion1 ?? { displayName, description: list.description ?? '' };
	const textField = field.stringList(input.name, text.displayName, {
		...options,
		description: text.description,
		placeholder: input.required ? examplePlaceholder(input) : undefined,
	});
	return field.listFromVersion11(
		field.pickMany(input.name, displayName, list.loadOptions, {
			...options,
			description: list.description,
			join,
		}),
		join ? { ...textField, routing: { send: { type: where, property: input.name } } } : textField,
	);
}

/**
 * The n8n property for an input: its type follows the spec (text, number, switch, list of options,
 * date-time, comma-separated list, JSON), its label the API name unless the definition gives one.
 * Path inputs carry no routing: the transport puts them into the URL.
 */
export function inputProperty(input: Input, choice: InputChoice | undefined): INodeProperties {
	const where = input.in === 'query' ? 'query' : 'body';
	if (isWholeProperty(choice)) {
		const property =
			input.required && choice.required === undefined ? { ...choice, required: true } : choice;
		if (property.routing || input.in === 'path') return property;
		return { ...property, routing: { send: { type: where, property: input.name } } };
	}
	const displayName = choice?.displayName ?? labelOf(input.name);
	const { schema } = input;
	const options = {
		in: where,
		property: input.name,
		required: input.required || undefined,
		description: choice?.description,
		placeholder: choice?.placeholder ?? (input.required ? examplePlaceholder(input) : undefined),
		hint: choice?.hint,
	} as const;

	if (input.in === 'path') {
		return {
			displayName,
			name: input.name,
			type: 'string',
			default: '',
			required: true,
			placeholder: options.placeholder ?? 'e.g. value',
			...(choice?.description ? { description: choice.description } : {}),
		};
	}
	if (choice?.date || schema.format === 'date-time') {
		return field.dateTime(input.name, displayName, { ...options, unit: choice?.date ?? 'iso' });
	}
	if (schema.enum?.length && isScalar(schema)) {
		const values = [...new Set(schema.enum.map(String))]
			.map((value) => ({ name: labelOf(value), value }))
			.sort((a, b) => a.name.localeCompare(b.name));
		const choice_ = field.choice(input.name, displayName, values, {
			...options,
			default: typeof choice?.default === 'string' ? choice.default : values[0].value,
		});
		return schema.type === 'string' ? choice_ : { ...choice_, routing: numeric(choice_, where) };
	}
	switch (schema.type) {
		case 'string':
			return field.string(input.name, displayName, options);
		case 'number':
		case 'integer':
			return field.number(input.name, displayName, {
				...options,
				minValue: schema.minimum,
				default: typeof choice?.default === 'number' ? choice.default : schema.minimum,
			});
		case 'boolean':
			return field.boolean(input.name, displayName, {
				...options,
				default: typeof choice?.default === 'boolean' ? choice.default : undefined,
			});
		case 'array':
			if (isScalar(schema.items) && schema.items?.type === 'string') {
				return field.stringList(input.name, displayName, options);
			}
			return field.json(input.name, displayName, {
				...options,
				shape: 'array',
				default: JSON.stringify(input.required ? sampleOf(schema) : []),
			});
		default:
			return field.json(input.name, displayName, {
				...options,
				default: JSON.stringify(input.required ? sampleOf(schema) : {}),
			});
	}
}

const ID_LIKE = /(^id$|Id$|_id$|ID$|Ids$|IDs$)/;

/** What a required input shows while empty: an example of an ID, a key or a list. */
function examplePlaceholder(input: Input): string | undefined {
	if (input.schema.type === 'array') return 'e.g. first, second';
	if (ID_LIKE.test(input.name)) return 'e.g. 6ULx1gL9eBxsSMaqWfyo';
	if (/key/i.test(input.name)) return 'e.g. custom_objects.pets';
	if (input.in === 'path') return 'e.g. value';
	return undefined;
}

/** An options list over numbers sends the number, not its label's string. */
function numeric(property: INodeProperties, where: 'query' | 'body'): INodeProperties['routing'] {
	return { send: { type: where, property: property.name, value: '={{ Number($value) }}' } };
}
