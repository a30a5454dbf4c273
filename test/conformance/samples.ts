import {
	NodeHelpers,
	type INode,
	type INodeParameters,
	type INodeProperties,
	type INodePropertyCollection,
	type INodeType,
	type NodeParameterValueType,
} from 'n8n-workflow';

import type { OperationFacts, SchemaFacts } from '../../nodes/shared/spec/types';

/**
 * Parameter values for one operation of a built node, as a user would fill them in the editor:
 * `required` fills only the required top-level inputs shown for the operation; `all` fills every
 * input shown, every option of every collection included.
 */

export type InputMode = 'required' | 'all';

/** Node-level controls, not inputs of an operation. */
const CONTROLS = new Set([
	'authentication',
	'resource',
	'operation',
	'locationId',
	'returnAll',
	'requestOptions',
]);

export const RECORD_ID = 'rec-1';
/** Parameters naming an input binary property (an upload's file). */
const BINARY_PROPERTY = /binaryPropertyName$/;
/** A plain path ID that must be URL-encoded to stay in its segment. */
export const PATH_ID = 'id 1/2';
export const DATE_TIME = '2026-01-31T09:00:00Z';

/** A value that validates against a schema; `all` fills every property of objects, not just the required ones. */
export function validSample(
	schema: SchemaFacts | undefined,
	mode: InputMode = 'required',
): unknown {
	if (!schema) return 'text';
	if (schema.enum?.length) return schema.enum.find((value) => value !== null) ?? schema.enum[0];
	const alternative = schema.oneOf?.[0] ?? schema.anyOf?.[0];
	if (alternative && !schema.type) return validSample(alternative, mode);
	switch (schema.type) {
		case 'string':
			return sampleString(schema);
		case 'number':
		case 'integer':
			return sampleNumber(schema.minimum, schema.maximum);
		case 'boolean':
			return true;
		case 'array': {
			const count = Math.max(1, schema.minItems ?? 0);
			return Array.from({ length: count }, () => validSample(schema.items ?? {}, mode));
		}
		case 'object':
		case undefined: {
			const out: Record<string, unknown> = {};
			const names = mode === 'all' ? Object.keys(schema.properties ?? {}) : (schema.required ?? []);
			for (const name of new Set([...names, ...(schema.required ?? [])])) {
				out[name] = validSample(schema.properties?.[name] ?? {}, mode);
			}
			return out;
		}
	}
}

/** Values tried, in order, for a string with a pattern: times, dates, colours, codes. */
const PATTERN_CANDIDATES = ['09:00', '2026-01-31', '#FFAA00', 'US', 'USD', 'abc', 'a1', '1'];

function sampleString(schema: SchemaFacts): string {
	let value: string;
	switch (schema.format) {
		case 'date-time':
			value = DATE_TIME;
			break;
		case 'date':
			value = DATE_TIME.slice(0, 10);
			break;
		case 'email':
			value = 'ada@example.com';
			break;
		case 'uri':
		case 'url':
			value = 'https://example.com/a';
			break;
		default:
			value = 'text';
	}
	if (schema.pattern && !new RegExp(schema.pattern).test(value)) {
		value =
			PATTERN_CANDIDATES.find((candidate) => new RegExp(schema.pattern!).test(candidate)) ?? value;
	}
	if (schema.minLength && value.length < schema.minLength)
		value = value.padEnd(schema.minLength, 'x');
	if (schema.maxLength !== undefined && value.length > schema.maxLength)
		value = value.slice(0, schema.maxLength);
	return value;
}

/** 2 when the limits allow it, else the nearest limit. */
function sampleNumber(min?: number, max?: number): number {
	return Math.min(Math.max(2, min ?? 2), max ?? Infinity);
}

/** The spec schema of the input a property sends, if the property is one of the operation's inputs. */
export function schemaOfProperty(
	property: INodeProperties,
	facts: OperationFacts,
): SchemaFacts | undefined {
	const send = property.routing?.send;
	const name = (typeof send?.property === 'string' && send.property) || property.name;
	// Without routing the input is a path parameter (the transport fills it into the URL).
	const where = send?.type ?? 'path';
	if (where === 'body') return facts.body?.schema.properties?.[name];
	return facts.parameters.find((p) => p.name === name && p.in === where)?.schema;
}

function propertyValue(
	property: INodeProperties,
	facts: OperationFacts,
	mode: InputMode,
): NodeParameterValueType {
	const schema = schemaOfProperty(property, facts);
	const isPath = facts.parameters.some((p) => p.in === 'path' && p.name === property.name);
	// The binary property holding an upload's file: the input items carry it under the default name.
	if (BINARY_PROPERTY.test(property.name)) return property.default as NodeParameterValueType;
	switch (property.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: RECORD_ID };
		case 'options': {
			// A list HighLevel fills (custom fields by name): an ID, as an expression would give.
			if (property.typeOptions?.loadOptionsMethod) return RECORD_ID;
			const first = (property.options ?? [])[0] as { value?: unknown } | undefined;
			return first?.value as NodeParameterValueType;
		}
		case 'multiOptions': {
			// A list HighLevel fills (users, tags): two values, as the editor or an expression gives them.
			if (property.typeOptions?.loadOptionsMethod) return [RECORD_ID, `${RECORD_ID}2`];
			const first = (property.options ?? [])[0] as { value?: unknown } | undefined;
			return [first?.value] as NodeParameterValueType;
		}
		case 'boolean':
			return true;
		case 'number':
			return sampleNumber(
				property.typeOptions?.minValue ?? schema?.minimum,
				property.typeOptions?.maxValue ?? schema?.maximum,
			);
		case 'dateTime':
			return DATE_TIME;
		case 'json': {
			if (schema) return JSON.stringify(validSample(schema, mode));
			// Without a schema of its own (a whole body), the field's placeholder is its valid example.
			for (const candidate of [property.placeholder, property.default]) {
				if (typeof candidate !== 'string' || !candidate.trim()) continue;
				try {
					JSON.parse(candidate);
					return candidate;
				} catch {
					continue;
				}
			}
			return '{}';
		}
		case 'collection':
			return Object.fromEntries(
				((property.options ?? []) as INodeProperties[]).map((option) => [
					option.name,
					propertyValue(option, facts, mode),
				]),
			) as INodeParameters;
		case 'fixedCollection': {
			const groups = (property.options ?? []) as INodePropertyCollection[];
			return Object.fromEntries(
				groups.map((group) => {
					const entry = Object.fromEntries(
						group.values.map((value) => [value.name, propertyValue(value, facts, mode)]),
					);
					return [group.name, property.typeOptions?.multipleValues ? [entry] : entry];
				}),
			) as INodeParameters;
		}
		default: {
			if (isPath) return PATH_ID;
			if (schema?.type === 'array') {
				return schema.items?.type === 'string' && !schema.items.enum?.length
					? 'a,b'
					: (validSample(schema, mode) as string[]).join(',');
			}
			if (schema?.type === 'string' && (schema.enum?.length || schema.format)) {
				return String(validSample(schema, mode));
			}
			// The field's placeholder is a realistic value (an email, a phone number, a date).
			if (property.placeholder && !/^e\.g\./i.test(property.placeholder)) {
				return property.placeholder;
			}
			return schema?.type === 'string' ? String(validSample(schema, mode)) : 'text';
		}
	}
}

/** An input the request must carry once filled: its request property, where it goes, its label. */
export interface SentInput {
	in: 'body' | 'query';
	name: string;
	label: string;
}

function sentInput(property: INodeProperties, value: unknown): SentInput | undefined {
	const send = property.routing?.send;
	if (!send || (send.type !== 'body' && send.type !== 'query')) return undefined;
	if (typeof send.property !== 'string' || send.property.startsWith('=')) return undefined;
	if (value === '' || value === '[]' || value === '{}') return undefined;
	return { in: send.type, name: send.property.split('.')[0], label: property.displayName };
}

/**
 * The parameters for one operation: resource and operation, then the inputs `mode` asks for. Which
 * properties an operation shows is decided by n8n's own display rules. `sent` lists the filled
 * inputs the request must carry.
 */
export function parametersFor(
	nodeType: INodeType,
	resource: string,
	operation: string,
	facts: OperationFacts,
	mode: InputMode,
	base: INodeParameters = {},
): { parameters: INodeParameters; sent: SentInput[] } {
	const description = nodeType.description;
	const { version, defaultVersion } = description;
	// The version a new node gets, as the conformance runs use it.
	const node: Pick<INode, 'typeVersion'> = {
		typeVersion: defaultVersion ?? (Array.isArray(version) ? Math.max(...version) : version),
	};
	const parameters: INodeParameters = { ...base, resource, operation };
	const sent: SentInput[] = [];
	const shown = () =>
		NodeHelpers.getNodeParameters(
			description.properties,
			parameters,
			true,
			false,
			node,
			description,
		) ?? {};
	let values = shown();
	for (const property of description.properties) {
		if (CONTROLS.has(property.name)) continue;
		if (!NodeHelpers.displayParameter(values, property, node, description)) continue;
		if (mode === 'required' && !property.required) continue;
		// A collection offers the options its display conditions show for this operation.
		const options =
			property.type === 'collection'
				? ((property.options ?? []) as INodeProperties[]).filter((option) =>
						NodeHelpers.displayParameter(values, option, node, description, values),
					)
				: [];
		const value =
			property.type === 'collection'
				? (Object.fromEntries(
						options.map((option) => [option.name, propertyValue(option, facts, mode)]),
					) as INodeParameters)
				: propertyValue(property, facts, mode);
		parameters[property.name] = value;
		values = shown();
		for (const [input, inputValue] of options.length
			? options.map((option) => [option, (value as INodeParameters)[option.name]] as const)
			: [[property, value] as const]) {
			const expected = sentInput(input, inputValue);
			if (expected) sent.push(expected);
		}
	}
	return { parameters, sent };
}
