import type { SchemaFacts } from '../spec/types';

/**
 * A small validator over the spec's facts, for bodies given as JSON: types, required properties,
 * enums, limits, array items and alternatives; a key the spec does not list where it lists the
 * object's properties is refused too. It returns the first problem, named by its path
 * (`adGroups[0].adContent[1].headlines`), or undefined when the value fits.
 */
export function firstProblem(
	schema: SchemaFacts | undefined,
	value: unknown,
	path = '',
): string | undefined {
	if (!schema) return undefined;
	const at = path || 'the body';
	if (value === null) return schema.nullable ? undefined : `${at}: must not be null`;

	const alternatives = schema.oneOf ?? schema.anyOf;
	if (alternatives?.length) {
		const problems = alternatives.map((alternative) => firstProblem(alternative, value, path));
		if (problems.some((problem) => problem === undefined)) return undefined;
		if (!schema.type) return problems[0];
	}

	if (schema.enum?.length && !schema.enum.includes(value)) {
		return `${at}: must be one of ${schema.enum.map((v) => JSON.stringify(v)).join(', ')}, not ${JSON.stringify(value)}`;
	}

	switch (schema.type) {
		case 'string':
			if (typeof value !== 'string') return `${at}: must be a string, not ${kindOf(value)}`;
			if (schema.minLength !== undefined && value.length < schema.minLength)
				return `${at}: must have at least ${schema.minLength} characters`;
			if (schema.maxLength !== undefined && value.length > schema.maxLength)
				return `${at}: must have at most ${schema.maxLength} characters`;
			return undefined;
		case 'number':
		case 'integer':
			if (typeof value !== 'number' || Number.isNaN(value))
				return `${at}: must be a number, not ${kindOf(value)}`;
			if (schema.type === 'integer' && !Number.isInteger(value))
				return `${at}: must be a whole number`;
			if (schema.minimum !== undefined && value < schema.minimum)
				return `${at}: must be ${schema.minimum} or more`;
			if (schema.maximum !== undefined && value > schema.maximum)
				return `${at}: must be ${schema.maximum} or less`;
			return undefined;
		case 'boolean':
			return typeof value === 'boolean'
				? undefined
				: `${at}: must be true or false, not ${kindOf(value)}`;
		case 'array': {
			if (!Array.isArray(value)) return `${at}: must be an array, not ${kindOf(value)}`;
			if (schema.minItems !== undefined && value.length < schema.minItems)
				return `${at}: must have at least ${schema.minItems} entries`;
			if (schema.maxItems !== undefined && value.length > schema.maxItems)
				return `${at}: must have at most ${schema.maxItems} entries`;
			for (const [index, item] of value.entries()) {
				const problem = firstProblem(schema.items, item, `${path}[${index}]`);
				if (problem) return problem;
			}
			return undefined;
		}
		case 'object':
		case undefined: {
			if (schema.type === undefined && !schema.properties && !schema.required) return undefined;
			if (typeof value !== 'object' || Array.isArray(value))
				return `${at}: must be an object, not ${kindOf(value)}`;
			const record = value as Record<string, unknown>;
			for (const name of schema.required ?? []) {
				if (record[name] === undefined) return `${join(path, name)}: is required`;
			}
			for (const [name, item] of Object.entries(record)) {
				const known = schema.properties?.[name];
				if (known) {
					const problem = firstProblem(known, item, join(path, name));
					if (problem) return problem;
				} else if (schema.properties && !schema.additionalProperties) {
					// The spec lists every property of this object: an unknown key is most likely a typo.
					return `${join(path, name)}: is not a property of this object in HighLevel's spec`;
				} else if (typeof schema.additionalProperties === 'object') {
					const problem = firstProblem(schema.additionalProperties, item, join(path, name));
					if (problem) return problem;
				}
			}
			return undefined;
		}
	}
	return undefined;
}

function join(path: string, name: string): string {
	return path ? `${path}.${name}` : name;
}

function kindOf(value: unknown): string {
	if (Array.isArray(value)) return 'an array';
	if (value === null) return 'null';
	if (typeof value === 'object') return 'an object';
	return `${typeof value} ${JSON.stringify(value)}`;
}
