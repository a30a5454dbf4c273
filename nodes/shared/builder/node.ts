import type { INodeProperties, INodePropertyOptions, PostReceiveAction } from 'n8n-workflow';

import type { AreaFacts, OperationFacts } from '../spec/types';
import { locationPlacements } from '../spec/types';
import { runFirst } from '../transport/encode';
import { keepAnswerWhole } from '../transport/records';
import { createRequestHandler, observeRateLimits } from '../transport/send';
import { inputProperties, type Input } from './inputs';
import { actionResult, simplifyAfterPaging, simplifyProperties, simplifyRecord } from './outputs';
import { cover, type Rectangle } from './display';
import { defaultLabels } from './naming';
import type {
	HttpMethod,
	InputChoice,
	OperationDefinition,
	ResourceDefinition,
	RuntimeOperation,
} from './types';

/**
 * Builds a node's properties from its resources. n8n walks every property of a node for every item,
 * so an input shared by several operations is one property whose display conditions list them all:
 * each generated property is made once per distinct input (memoised) and shown wherever it is used.
 */

export function factsFor(resource: ResourceDefinition, endpoint: string): OperationFacts {
	for (const area of resource.facts) if (area[endpoint]) return area[endpoint];
	throw new Error(`${resource.name}: "${endpoint}" is not an operation of the spec facts given`);
}

function inputsOf(facts: OperationFacts): Input[] {
	const placed = new Set(locationPlacements(facts).map((p) => `${p.in}:${p.name}`));
	const skip = (where: string, name: string) =>
		placed.has(`${where}:${name}`) || (placed.size > 0 && name === 'altType');
	const inputs: Input[] = facts.parameters
		.filter((p) => !skip(p.in, p.name))
		.map((p) => ({ name: p.name, in: p.in, required: !!p.required, schema: p.schema }));
	const body = facts.body?.schema;
	for (const [name, schema] of Object.entries(body?.properties ?? {})) {
		if (skip('body', name)) continue;
		inputs.push({ name, in: 'body', required: !!body?.required?.includes(name), schema });
	}
	return inputs;
}

/** Remembers generated properties, so that equal inputs share one property object. */
class PropertyMemo {
	private readonly byKey = new Map<string, INodeProperties[]>();

	private nextId = 1;

	private readonly ids = new WeakMap<object, number>();

	idOf(value: object): number {
		let id = this.ids.get(value);
		if (id === undefined) this.ids.set(value, (id = this.nextId++));
		return id;
	}

	input(input: Input, choice: InputChoice | undefined): INodeProperties[] {
		const choiceKey =
			choice && 'name' in choice && 'type' in choice
				? `#${this.idOf(choice)}`
				: JSON.stringify(choice ?? null);
		const key = `${input.in}|${input.name}|${input.required}|${JSON.stringify(input.schema)}|${choiceKey}`;
		let property = this.byKey.get(key);
		if (!property) this.byKey.set(key, (property = inputProperties(input, choice)));
		return property;
	}
}

const returnAll: INodeProperties = {
	displayName: 'Return All',
	name: 'returnAll',
	type: 'boolean',
	default: false,
	description: 'Whether to return all results or only up to a given limit',
};

const limit: INodeProperties = {
	displayName: 'Limit',
	name: 'limit',
	type: 'number',
	typeOptions: { minValue: 1 },
	default: 50,
	description: 'Max number of results to return',
	displayOptions: { show: { returnAll: [false] } },
};

/**
 * The node's override of the credential's location, shown on every operation: operations that take
 * a location use it (in the query, the body or the path), record pickers search in it, and the rate
 * limit is counted for it. With an agency credential it names the sub-account to act on; its list
 * shows the agency's sub-accounts. It was a plain text field before: n8n reads a plain string saved
 * in a resource locator as the ID itself (at run time, and in the editor as a "legacy" value), so
 * older workflows keep working unchanged.
 */
export const locationOverride: INodeProperties = {
	displayName: 'Location ID',
	name: 'locationId',
	type: 'resourceLocator',
	default: { mode: 'id', value: '' },
	placeholder: 'From the credential',
	description:
		"The sub-account to act on. Leave empty to use the credential's location (the OAuth2 install or the Private Integration Token's Location ID); agency credentials need it (pick a sub-account, or give an expression with each item's ID).",
	modes: [
		{
			displayName: 'From List',
			name: 'list',
			type: 'list',
			typeOptions: { searchListMethod: 'searchLocations', searchable: true },
		},
		{
			displayName: 'By ID',
			name: 'id',
			type: 'string',
			placeholder: 'From the credential',
		},
		{
			displayName: 'By URL',
			name: 'url',
			type: 'string',
			placeholder: 'https://app.gohighlevel.com/v2/location/ve9EPM428h8vShlRW1KT/dashboard',
			extractValue: { type: 'regex', regex: '/location/([A-Za-z0-9_-]+)' },
		},
	],
};

function isUpdate(value: string, method: HttpMethod): boolean {
	return /^update/.test(value) && (method === 'PUT' || method === 'PATCH');
}

function optionalGroup(value: string): 'updateFields' | 'filters' | 'additionalFields' {
	if (value === 'update') return 'updateFields';
	if (/^(getAll|search)/.test(value)) return 'filters';
	return 'additionalFields';
}

interface Assembled {
	option: INodePropertyOptions;
	properties: INodeProperties[];
	/** The optional inputs, and the collection they go into. */
	optional?: { group: INodeProperties; options: INodeProperties[] };
}

/** One collection per kind, shared by every operation: its options say where each is shown. */
function collectionGroups(): Record<string, INodeProperties> {
	const group = (name: string, displayName: string, placeholder: string): INodeProperties => ({
		displayName,
		name,
		type: 'collection',
		placeholder,
		default: {},
		options: [],
	});
	return {
		additionalFields: group('additionalFields', 'Additional Fields', 'Add Field'),
		updateFields: group('updateFields', 'Update Fields', 'Add Field'),
		filters: group('filters', 'Filters', 'Add Filter'),
	};
}

function assembleOperation(
	resource: ResourceDefinition,
	definition: OperationDefinition,
	memo: PropertyMemo,
	groups: Record<string, INodeProperties>,
	shared: Record<string, InputChoice> = {},
): Assembled {
	const specFacts = factsFor(resource, definition.endpoint);
	const facts = definition.location ? { ...specFacts, location: definition.location } : specFacts;
	const [method, path] = definition.endpoint.split(' ') as [HttpMethod, string];
	const labels = defaultLabels(definition.value, resource.noun);
	const name = definition.name ?? labels?.name;
	const action = definition.action ?? labels?.action;
	if (!name || !action) {
		throw new Error(
			`${resource.name} › ${definition.value}: give the operation a name and an action`,
		);
	}

	const paging = definition.list?.paging;
	const hidden = new Set([...(definition.hide ?? []), ...(paging?.controls ?? [])]);
	const inputs = inputsOf(facts).filter((input) => !hidden.has(input.name) || input.in === 'path');
	const choices = definition.inputs ?? {};
	// A node-wide choice (a record picker) for a text input the operation does not choose for itself.
	const choiceOf = (input: Input) =>
		choices[input.name] ??
		(input.schema?.type === 'string' && !input.schema.enum ? shared[input.name] : undefined);
	const property = (input: Input) => memo.input(input, choiceOf(input));

	const topNames = new Set(definition.fields ?? []);
	const required = inputs.filter((input) => input.required);
	const chosen = (definition.fields ?? [])
		.map((fieldName) => inputs.find((input) => input.name === fieldName && !input.required))
		.filter((input): input is Input => !!input);
	const optional = inputs.filter((input) => !input.required && !topNames.has(input.name));

	const properties: INodeProperties[] = [
		...required.flatMap(property),
		...chosen.flatMap(property),
		...(definition.extra ?? []),
		...(definition.list ? [returnAll, limit] : []),
		...(definition.simplify ? simplifyProperties : []),
	];
	const group = optional.length ? groups[optionalGroup(definition.value)] : undefined;
	if (group) properties.push(group);

	const inputLabels: Record<string, string> = {};
	for (const input of inputs) inputLabels[input.name] = property(input).slice(-1)[0].displayName;

	const runtime: RuntimeOperation = {
		endpoint: definition.endpoint,
		method,
		path,
		facts,
		action,
		scopes: facts.scopes,
		idempotent: definition.idempotent ?? !['POST', 'PATCH'].includes(method),
		labels: inputLabels,
		isUpdate: isUpdate(definition.value, method),
		list: definition.list,
		requiresBody: !!facts.body?.required && facts.body.contentType === 'application/json',
		...(definition.encode ? { encode: definition.encode } : {}),
		postReceive: [],
	};
	const postReceive: PostReceiveAction[] = [observeRateLimits];
	if (definition.list?.records === '*') postReceive.push(keepAnswerWhole);
	if (definition.root) {
		postReceive.push({ type: 'rootProperty', properties: { property: definition.root } });
	}
	postReceive.push(...(definition.hooks?.postReceive ?? []));
	if (definition.simplify && !definition.list)
		postReceive.push(simplifyRecord(definition.simplify));
	if (!definition.list) {
		const pathNames = [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]);
		postReceive.push(actionResult(pathNames, method === 'DELETE'));
	}
	runtime.postReceive = postReceive;

	let pagination = createRequestHandler(runtime);
	if (definition.hooks?.beforeRequest)
		pagination = runFirst(pagination, definition.hooks.beforeRequest);
	if (definition.simplify && definition.list) {
		pagination = simplifyAfterPaging(pagination, definition.simplify);
	}

	const option: INodePropertyOptions = {
		name: facts.deprecated ? `${name} (Deprecated)` : name,
		value: definition.value,
		action,
		description: definition.description ?? action,
		routing: {
			request: {
				method,
				url: path,
				...(facts.version ? { headers: { Version: facts.version } } : {}),
			},
			send: {
				paginate: true,
				...(definition.hooks?.preSend ? { preSend: definition.hooks.preSend } : {}),
			},
			operations: { pagination },
			output: { postReceive },
		},
	};
	return {
		option,
		properties,
		...(group ? { optional: { group, options: optional.flatMap(property) } } : {}),
	};
}

/** Inserts each operation's sequence into one list, keeping every operation's own order. */
function mergeOrder(target: INodeProperties[], sequence: INodeProperties[]): void {
	let after: number | undefined;
	for (const property of sequence) {
		const at = target.indexOf(property);
		if (at >= 0) {
			after = Math.max(after ?? -1, at);
			continue;
		}
		const position = after === undefined ? target.length : after + 1;
		target.splice(position, 0, property);
		after = position;
	}
}

function showWith(
	property: INodeProperties,
	{ resources, operations }: Rectangle,
	prefix = '',
): INodeProperties {
	const show = {
		...(property.displayOptions?.show ?? {}),
		[`${prefix}resource`]: resources,
		[`${prefix}operation`]: operations,
	};
	return { ...property, displayOptions: { ...property.displayOptions, show } };
}

type Uses = Map<INodeProperties, Map<string, string[]>>;

function use(uses: Uses, property: INodeProperties, resource: string, operation: string): void {
	const byResource = uses.get(property) ?? new Map<string, string[]>();
	byResource.set(resource, [...(byResource.get(resource) ?? []), operation]);
	uses.set(property, byResource);
}

/** Every property of a node built from these resources, after the authentication selector. */
export function nodeProperties(
	resources: ResourceDefinition[],
	defaultResource: string,
	/**
	 * Choices for inputs of these names wherever the spec makes them text and the operation gives
	 * none of its own: the user picker for every `userId` of a node, say.
	 */
	shared: Record<string, InputChoice> = {},
): INodeProperties[] {
	const memo = new PropertyMemo();
	const groups = collectionGroups();
	const order: INodeProperties[] = [];
	const uses: Uses = new Map();
	const optionUses = new Map<INodeProperties, Uses>();
	const existing = new Map<string, string[]>();
	const selectors: INodeProperties[] = [];

	for (const resource of resources) {
		const options: INodePropertyOptions[] = [];
		for (const definition of resource.operations) {
			const { option, properties, optional } = assembleOperation(
				resource,
				definition,
				memo,
				groups,
				shared,
			);
			options.push(option);
			existing.set(resource.value, [...(existing.get(resource.value) ?? []), definition.value]);
			mergeOrder(order, properties);
			for (const property of properties) use(uses, property, resource.value, definition.value);
			if (optional) {
				const groupUses = optionUses.get(optional.group) ?? new Map();
				optionUses.set(optional.group, groupUses);
				for (const input of optional.options)
					use(groupUses, input, resource.value, definition.value);
			}
		}
		options.sort((a, b) => a.name.localeCompare(b.name));
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- default is computed per resource; the rule reads literals only
		selectors.push({
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options,
			default: resource.defaultOperation ?? String(options[0].value),
		});
	}

	// A collection's options are shown per operation inside it, through the node's root values.
	for (const [group, groupUses] of optionUses) {
		group.options = [...groupUses]
			.flatMap(([input, where]) => cover(where, existing).map((r) => showWith(input, r, '/')))
			.sort((a, b) => a.displayName.localeCompare(b.displayName));
	}
	// Every operation lists its own inputs first and its switches and collections last; an operation
	// whose inputs are new after others' collections would otherwise show them below "Additional Fields".
	const last = [returnAll, limit, ...simplifyProperties, ...Object.values(groups)];
	const ordered = [
		...order.filter((p) => !last.includes(p)),
		...last.filter((p) => order.includes(p)),
	];
	const fields = ordered.flatMap((property) =>
		cover(uses.get(property) ?? new Map(), existing).map((rectangle) =>
			showWith(property, rectangle),
		),
	);

	return [
		{
			displayName: 'Resource',
			name: 'resource',
			type: 'options',
			noDataExpression: true,
			options: [...resources]
				.sort((a, b) => a.name.localeCompare(b.name))
				.map((resource) => ({
					name: resource.name,
					value: resource.value,
					...(resource.description ? { description: resource.description } : {}),
				})),
			default: defaultResource,
		},
		...selectors,
		locationOverride,
		...fields,
	];
}

/** Every operation of a node, with its resource: for tests, the README table and the coverage check. */
export function operationsOf(
	resources: ResourceDefinition[],
): Array<{ resource: ResourceDefinition; definition: OperationDefinition; facts: OperationFacts }> {
	return resources.flatMap((resource) =>
		resource.operations.map((definition) => ({
			resource,
			definition,
			facts: factsFor(resource, definition.endpoint),
		})),
	);
}

export type { AreaFacts };
