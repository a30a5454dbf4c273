import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { PackageDirectoryLoader } from 'n8n-core';
import type {
	ICredentialType,
	INodeProperties,
	INodePropertyCollection,
	INodePropertyOptions,
	INodeTypeDescription,
} from 'n8n-workflow';
import { sentenceCase } from 'sentence-case';
import { titleCase } from 'title-case';

/**
 * n8n's UI conventions, checked on the descriptions n8n itself loads from the built package (dist/),
 * so everything our builder generates is covered: every node, credential, property, option,
 * collection and fixedCollection value, and every operation added later.
 *
 * Lint reads only literal objects; these checks follow the intent of the same rules
 * (eslint-plugin-n8n-nodes-base uses the same title-case and sentence-case functions) and of n8n's
 * node UI design and UX guidelines.
 */

const ROOT = resolve(__dirname, '..');

type Rule =
	| 'title-case'
	| 'action-sentence-case'
	| 'operation-value-matches-label'
	| 'get-many'
	| 'return-all-limit'
	| 'update-fields'
	| 'get-many-collection'
	| 'boolean-whether'
	| 'options-sorted'
	| 'duplicate-name'
	| 'required-usable'
	| 'options-default'
	| 'description-text'
	| 'collection-placeholder'
	| 'dynamic-options'
	| 'no-data-expression';

/** The button that adds an item to n8n's standard collections. */
const COLLECTION_PLACEHOLDERS: Record<string, string> = {
	'Additional Fields': 'Add Field',
	'Update Fields': 'Add Field',
	Filters: 'Add Filter',
	Options: 'Add Option',
};

/**
 * Documented exceptions: a rule does not apply at a path (as reported below, `›`-separated), for
 * the reason given. An exception that matches nothing fails the test, so none outlives its cause.
 */
const EXCEPTIONS: Array<{ rule: Rule; path: string; reason: string }> = [
	{
		rule: 'title-case',
		path: '… › Request Options › Batching › Batching › Batch Interval (ms)',
		reason:
			"n8n's own Request Options, which n8n adds to every declarative node; the unit is lowercase by design",
	},
	{
		rule: 'description-text',
		path: '… › Request Options › Proxy',
		reason: "n8n's own Request Options, which n8n adds to every declarative node",
	},
	...[
		'… › Tags',
		'GoHighLevel CRM › [resource=tag, operation=add|remove] Tags',
		'GoHighLevel CRM › [resource=bulk, operation=updateTags] Tags',
	].map((path) => ({
		rule: 'dynamic-options' as const,
		path,
		reason:
			"HighLevel's contact tag operations take tag names, not IDs: the list's values are names, and so is what an expression gives",
	})),
	{
		rule: 'options-sorted',
		path: '… › Open Hours › Range › Days',
		reason: 'days of the week, in the order of the week',
	},
	{
		rule: 'options-sorted',
		path: 'GoHighLevel Trigger › Events',
		reason:
			'grouped by HighLevel object in the order of its webhook documentation, the default events (appointments, campaign status) first; test/trigger/webhook.test.ts keeps that order',
	},
];

/**
 * As eslint-plugin-n8n-nodes-base's unsorted-items rules: shorter lists keep the order that puts
 * the default or the most common choice first (Authentication, Token Type, Source).
 */
const MIN_ITEMS_TO_ALPHABETIZE = 5;

interface Violation {
	rule: Rule;
	path: string;
	message: string;
}

// ---------- text rules

/** As eslint-plugin-n8n-nodes-base's node-param-display-name-miscased: title-case() must not change it. */
function isTitleCase(text: string): boolean {
	if (/^https?:\/\//.test(text)) return true;
	return titleCase(text) === text;
}

/** Product names that keep their capital inside a sentence (the social planner's platforms). */
const PRODUCT_NAMES = new Set(['Facebook', 'Google', 'Instagram', 'Twitter']);

/**
 * As node-param-operation-option-action-miscased: sentence-case() must not change it, ignoring
 * all-uppercase words (ID, URL), product names written with inner capitals (HighLevel) and the
 * product names above.
 */
function isSentenceCase(text: string): boolean {
	const words = text
		.split(' ')
		.filter((word) => word !== word.toUpperCase())
		.filter((word) => !/^.+[A-Z]/.test(word))
		.filter((word) => !PRODUCT_NAMES.has(word));
	const plain = words.join(' ');
	return plain === sentenceCase(plain);
}

/** Words of a label or a camelCase value, lowercased: "Get Many (Legacy)" → get, many, legacy. */
function words(text: string): string[] {
	return text
		.replace(/([a-z0-9])([A-Z])/g, '$1 $2')
		.toLowerCase()
		.split(/[^a-z0-9]+/)
		.filter(Boolean);
}

/** n8n's standard operation names and their values. */
const STANDARD_LABELS: Array<[label: string, value: string]> = [
	['get many', 'get all'],
	['create or update', 'upsert'],
];

/**
 * The value's words appear in the label, in order, starting with the same verb: `getAllByBusiness`
 * ↔ "Get Many by Business", `removeAll` ↔ "Remove Contact From All", `add` ↔ "Add Contact".
 */
function valueMatchesLabel(value: string, label: string): boolean {
	let labelText = words(label.replace(/\(Deprecated\)/, '')).join(' ');
	for (const [standard, replacement] of STANDARD_LABELS) {
		if (labelText === standard || labelText.startsWith(`${standard} `))
			labelText = replacement + labelText.slice(standard.length);
	}
	const labelWords = labelText.split(' ');
	const valueWords = words(value);
	if (labelWords[0] !== valueWords[0]) return false;
	let at = 0;
	for (const word of labelWords) if (word === valueWords[at]) at++;
	return at === valueWords.length;
}

function descriptionProblems(text: string): string[] {
	const problems: string[] = [];
	if (text !== text.trim()) problems.push('has leading or trailing whitespace');
	if (/\s{2,}/.test(text.trim()) && !/\n/.test(text)) problems.push('has a double space');
	if ((text.match(/"/g) ?? []).length % 2) problems.push('has an unbalanced double quote');
	if ((text.match(/[“”]/g) ?? []).length % 2) problems.push('has an unbalanced curly quote');
	if ((text.match(/`/g) ?? []).length % 2) problems.push('has an unbalanced backtick');
	for (const [open, close] of [
		['(', ')'],
		['[', ']'],
		['{', '}'],
	]) {
		let depth = 0;
		for (const char of text) {
			if (char === open) depth++;
			if (char === close && --depth < 0) break;
		}
		if (depth !== 0) problems.push(`has unbalanced ${open}${close}`);
	}
	// As node-param-description-excess-final-period / -missing-final-period: one sentence has no
	// final period, two sentences have one.
	const egLess = text.replace('e.g.', '');
	if (!/\s{2,}/.test(text)) {
		const sentences = egLess.split('. ').length;
		if (sentences === 1 && egLess.endsWith('.'))
			problems.push('is one sentence with a final period');
		if (sentences === 2 && !egLess.endsWith('.'))
			problems.push('is two sentences without a final period');
	}
	return problems;
}

// ---------- walking the descriptions

type Conditions = Record<string, unknown[]>;

interface Context {
	path: string;
	/** displayOptions.show of this property and the properties it sits in. */
	show: Conditions;
}

const isPropertyList = (values: unknown[]): values is INodeProperties[] =>
	values.every((value) => typeof value === 'object' && value !== null && 'type' in value);

function showOf(property: INodeProperties, parent: Conditions): Conditions {
	return { ...parent, ...((property.displayOptions?.show as Conditions | undefined) ?? {}) };
}

/** Two sets of display conditions can hold at once unless one key has no value in common. */
function canShowTogether(a: Conditions, b: Conditions): boolean {
	for (const key of Object.keys(a)) {
		if (!(key in b)) continue;
		const overlap = a[key].some((value) => b[key].some((other) => Object.is(value, other)));
		const conditionObjects = [...a[key], ...b[key]].some(
			(value) => typeof value === 'object' && value !== null,
		);
		if (!overlap && !conditionObjects) return false;
	}
	return true;
}

function label(property: INodeProperties): string {
	return property.displayName || property.name;
}

class Checker {
	violations: Violation[] = [];
	operationProperties = new Map<string, Array<{ show: Conditions; property: INodeProperties }>>();

	report(rule: Rule, path: string, message: string) {
		this.violations.push({ rule, path, message });
	}

	text(path: string, what: string, text: string | undefined) {
		if (typeof text !== 'string' || text === '') return;
		for (const problem of descriptionProblems(text))
			this.report('description-text', path, `${what} ${problem}: ${JSON.stringify(text)}`);
	}

	/** One list of sibling properties: the node's, a collection's or a fixedCollection value's. */
	properties(list: INodeProperties[], context: Context, top = false) {
		const seen: Array<{ property: INodeProperties; show: Conditions }> = [];
		for (const property of list) {
			const show = showOf(property, context.show);
			for (const other of seen) {
				if (other.property.name === property.name && canShowTogether(other.show, show)) {
					this.report(
						'duplicate-name',
						`${context.path} › ${label(property)}`,
						`"${property.name}" is also the name of "${label(other.property)}" shown under the same conditions (${JSON.stringify(show)})`,
					);
				}
			}
			seen.push({ property, show });
			const operations = (show.operation as string[] | undefined) ?? [];
			const path = `${context.path} › ${conditionsLabel(show, context.show)}${label(property)}`;
			this.property(property, { path, show });
			if (top) {
				for (const operation of operations) {
					const resources = (show.resource as string[] | undefined) ?? ['*'];
					for (const resource of resources) {
						const key = `${resource}/${operation}`;
						const entries = this.operationProperties.get(key) ?? [];
						entries.push({ show, property });
						this.operationProperties.set(key, entries);
					}
				}
			}
		}
	}

	property(property: INodeProperties, context: Context) {
		const { path } = context;
		if (property.type !== 'notice' && !isTitleCase(property.displayName))
			this.report(
				'title-case',
				path,
				`display name "${property.displayName}" is not in Title Case`,
			);
		this.text(path, 'description', property.description);
		this.text(path, 'hint', property.hint);

		if (property.type === 'boolean' && property.description) {
			if (!property.description.startsWith('Whether'))
				this.report(
					'boolean-whether',
					path,
					`boolean description does not start with "Whether": "${property.description}"`,
				);
		}

		if (property.required) this.requiredUsable(property, path);

		if (
			(property.name === 'resource' || property.name === 'operation') &&
			!property.noDataExpression
		)
			this.report('no-data-expression', path, `"${property.name}" needs noDataExpression: true`);

		if (property.typeOptions?.loadOptionsMethod) this.dynamicOptions(property, path);

		if (property.type === 'options' || property.type === 'multiOptions') {
			const options = (property.options ?? []) as INodePropertyOptions[];
			this.sorted(
				path,
				options.map((option) => option.name),
			);
			if (!property.typeOptions?.loadOptionsMethod) {
				const values = options.map((option) => option.value);
				const defaults =
					property.type === 'multiOptions' ? (property.default as unknown[]) : [property.default];
				for (const value of defaults) {
					const expression = typeof value === 'string' && value.startsWith('=');
					if (!expression && !values.includes(value as string))
						this.report(
							'options-default',
							path,
							`default ${JSON.stringify(value)} is not one of the option values`,
						);
				}
			}
			for (const option of options) {
				const optionPath = `${path} › ${option.name}`;
				if (!isTitleCase(option.name))
					this.report('title-case', optionPath, `option "${option.name}" is not in Title Case`);
				this.text(optionPath, 'description', option.description);
			}
			if (property.name === 'operation') this.operations(options, context);
		}

		if (property.type === 'collection') {
			const options = (property.options ?? []) as INodeProperties[];
			this.sorted(
				path,
				options.map((option) => option.displayName),
			);
			if (isPropertyList(options)) this.properties(options, context);
		}

		if (property.type === 'fixedCollection') {
			const groups = (property.options ?? []) as INodePropertyCollection[];
			this.sorted(
				path,
				groups.map((group) => group.displayName),
			);
			for (const group of groups) {
				const groupPath = `${path} › ${group.displayName}`;
				if (!isTitleCase(group.displayName))
					this.report(
						'title-case',
						groupPath,
						`fixedCollection value "${group.displayName}" is not in Title Case`,
					);
				this.properties(group.values, { ...context, path: groupPath });
			}
		}

		if (property.type === 'resourceLocator') {
			for (const mode of property.modes ?? []) {
				if (!isTitleCase(mode.displayName))
					this.report(
						'title-case',
						`${path} › ${mode.displayName}`,
						`mode "${mode.displayName}" is not in Title Case`,
					);
			}
		}
	}

	/**
	 * As node-param-display-name-wrong-for-dynamic-(multi-)options and
	 * node-param-description-wrong-for-dynamic-(multi-)options: a list loaded from the service says
	 * that an expression may give the value instead, and that the value is an ID.
	 */
	dynamicOptions(property: INodeProperties, path: string) {
		const many = property.type === 'multiOptions';
		const suffix = many ? ' Names or IDs' : ' Name or ID';
		if (!property.displayName.endsWith(suffix))
			this.report('dynamic-options', path, `a loaded list's label does not end with "${suffix}"`);
		if (
			!/^Choose from the list, or specify (an ID|IDs|\w+ IDs) using an <a href="https:\/\/docs\.n8n\.io\/code\/expressions\/">expression<\/a>/.test(
				property.description ?? '',
			)
		)
			this.report(
				'dynamic-options',
				path,
				`a loaded list's description does not start "Choose from the list, or specify … using an expression": "${property.description}"`,
			);
	}

	requiredUsable(property: INodeProperties, path: string) {
		const placeholder = typeof property.placeholder === 'string' && property.placeholder !== '';
		switch (property.type) {
			case 'string':
			case 'json':
				if (property.typeOptions?.password) return; // a secret has no example value
				if (property.default === '' && !placeholder)
					this.report(
						'required-usable',
						path,
						'required, empty by default and without a placeholder showing what to enter',
					);
				return;
			case 'resourceLocator': {
				const modes = property.modes ?? [];
				const chosen = (property.default as { mode?: string } | undefined)?.mode;
				if (!modes.some((mode) => mode.name === chosen))
					this.report('required-usable', path, `default mode "${chosen}" is not one of its modes`);
				for (const mode of modes)
					if (mode.type !== 'list' && !mode.placeholder)
						this.report(
							'required-usable',
							`${path} › ${mode.displayName}`,
							'mode without a placeholder',
						);
				return;
			}
			default:
				// options, booleans, numbers and date pickers always hold a usable value
				return;
		}
	}

	sorted(path: string, names: string[]) {
		if (names.length < MIN_ITEMS_TO_ALPHABETIZE) return;
		const sorted = [...names].sort((a, b) => a.localeCompare(b));
		if (names.some((name, index) => name !== sorted[index]))
			this.report(
				'options-sorted',
				path,
				`options not in alphabetical order: ${names.join(', ')} (expected ${sorted.join(', ')})`,
			);
	}

	operations(options: INodePropertyOptions[], context: Context) {
		for (const option of options) {
			const path = `${context.path} › ${option.name}`;
			const value = String(option.value);
			if (!option.action)
				this.report('action-sentence-case', path, 'operation without an action name');
			else if (!isSentenceCase(option.action))
				this.report(
					'action-sentence-case',
					path,
					`action "${option.action}" is not in sentence case`,
				);
			if (!valueMatchesLabel(value, option.name))
				this.report(
					'operation-value-matches-label',
					path,
					`value "${value}" does not match its label "${option.name}"`,
				);
			const isGetMany = value === 'getAll' || value.startsWith('getAll');
			if (isGetMany !== option.name.startsWith('Get Many'))
				this.report(
					'get-many',
					path,
					`"${option.name}" (${value}): Get Many operations are named "Get Many…" and valued "getAll…"`,
				);
			if (/\bGet All\b/i.test(option.name))
				this.report('get-many', path, `"Get All" is called "Get Many" in n8n`);
			if (isGetMany && option.action && !option.action.startsWith('Get many'))
				this.report('get-many', path, `action "${option.action}" does not start with "Get many"`);
		}
	}

	/** Per operation: Return All / Limit on Get Many, the optional-fields collection's name. */
	operationFields() {
		for (const [key, entries] of this.operationProperties) {
			const operation = key.split('/')[1];
			const path = `operation ${key}`;
			const byName = (name: string) => entries.find((entry) => entry.property.name === name);
			const isGetMany = operation === 'getAll' || operation.startsWith('getAll');
			const returnAll = byName('returnAll')?.property;
			const limit = byName('limit');
			if (isGetMany) {
				if (!returnAll || !limit) {
					this.report('return-all-limit', path, 'Get Many without Return All and Limit');
				} else {
					const expectReturnAll: Partial<INodeProperties> = {
						displayName: 'Return All',
						type: 'boolean',
						default: false,
						description: 'Whether to return all results or only up to a given limit',
					};
					const expectLimit: Partial<INodeProperties> = {
						displayName: 'Limit',
						type: 'number',
						default: 50,
						description: 'Max number of results to return',
					};
					for (const [property, expected] of [
						[returnAll, expectReturnAll],
						[limit.property, expectLimit],
					] as const) {
						for (const [field, value] of Object.entries(expected)) {
							if (property[field as keyof INodeProperties] !== value)
								this.report(
									'return-all-limit',
									`${path} › ${property.displayName}`,
									`${field} is ${JSON.stringify(property[field as keyof INodeProperties])}, n8n uses ${JSON.stringify(value)}`,
								);
						}
					}
					if ((limit.property.typeOptions?.minValue ?? 0) < 1)
						this.report(
							'return-all-limit',
							`${path} › Limit`,
							'Limit needs typeOptions.minValue 1',
						);
					if (JSON.stringify(limit.show.returnAll) !== '[false]')
						this.report(
							'return-all-limit',
							`${path} › Limit`,
							'Limit is shown only when Return All is off',
						);
				}
			}
			for (const { property } of entries) {
				if (property.type !== 'collection') continue;
				const where = `${path} › ${property.displayName}`;
				if (operation === 'update' && property.displayName !== 'Update Fields')
					this.report(
						'update-fields',
						where,
						`the optional fields of an update are called "Update Fields", not "${property.displayName}"`,
					);
				if (isGetMany && !['Filters', 'Options'].includes(property.displayName))
					this.report(
						'get-many-collection',
						where,
						`a Get Many collection is called "Filters" or "Options", not "${property.displayName}"`,
					);
				if (
					!isGetMany &&
					operation !== 'update' &&
					['Update Fields'].includes(property.displayName)
				)
					this.report('update-fields', where, '"Update Fields" belongs to update operations');
				const placeholder = COLLECTION_PLACEHOLDERS[property.displayName];
				if (placeholder && property.placeholder !== placeholder)
					this.report(
						'collection-placeholder',
						where,
						`placeholder "${property.placeholder}" should be "${placeholder}"`,
					);
			}
		}
	}
}

function conditionsLabel(show: Conditions, parent: Conditions): string {
	const own = Object.entries(show)
		.filter(([key]) => key === 'resource' || key === 'operation')
		.filter(([key, values]) => JSON.stringify(parent[key]) !== JSON.stringify(values))
		.map(([key, values]) => `${key}=${(values as unknown[]).join('|')}`);
	return own.length ? `[${own.join(', ')}] ` : '';
}

// ---------- loading the package as n8n does

const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
	n8n: { nodes: string[]; credentials: string[] };
};

async function loadPackage() {
	const missing = [...pkg.n8n.nodes, ...pkg.n8n.credentials].filter(
		(file) => !existsSync(join(ROOT, file)),
	);
	if (missing.length) {
		throw new Error(
			`The conventions test checks the built package, and ${missing.join(', ')} is missing. Run \`npm run build\` first.`,
		);
	}
	const loader = new PackageDirectoryLoader(ROOT);
	await loader.loadAll();
	return loader;
}

let nodes: INodeTypeDescription[] = [];
let credentials: ICredentialType[] = [];
let violations: Violation[] = [];
const usedExceptions = new Set<(typeof EXCEPTIONS)[number]>();

beforeAll(async () => {
	const loader = await loadPackage();
	nodes = loader.types.nodes;
	credentials = loader.types.credentials;
	const checker = new Checker();
	for (const node of nodes) {
		const path = node.displayName;
		if (!isTitleCase(node.displayName))
			checker.report('title-case', path, `node name "${node.displayName}" is not in Title Case`);
		checker.text(path, 'description', node.description);
		checker.properties(node.properties, { path, show: {} }, true);
	}
	checker.operationFields();
	for (const credential of credentials) {
		const path = credential.displayName;
		if (!isTitleCase(credential.displayName))
			checker.report(
				'title-case',
				path,
				`credential name "${credential.displayName}" is not in Title Case`,
			);
		checker.properties(credential.properties, { path, show: {} });
	}
	violations = checker.violations.filter((violation) => {
		// A path starting with "… ›" matches that ending, in any node and under any conditions.
		const exception = EXCEPTIONS.find(
			(candidate) =>
				candidate.rule === violation.rule &&
				(candidate.path === violation.path ||
					(candidate.path.startsWith('… › ') && violation.path.endsWith(candidate.path.slice(1)))),
		);
		if (exception) usedExceptions.add(exception);
		return !exception;
	});
});

test('n8n loads every node and credential package.json lists', () => {
	expect(nodes).toHaveLength(pkg.n8n.nodes.length);
	expect(credentials).toHaveLength(pkg.n8n.credentials.length);
});

const RULES: Array<[Rule, string]> = [
	['title-case', 'display names, option names, collection values and modes are in Title Case'],
	[
		'action-sentence-case',
		'every operation has an action name in sentence case ("Create a contact")',
	],
	['operation-value-matches-label', 'every operation value matches its label'],
	['get-many', 'list operations are "Get Many" valued getAll…, their actions "Get many …"'],
	['return-all-limit', "Get Many has Return All and Limit with n8n's wording and defaults"],
	['update-fields', 'the optional fields of an update are "Update Fields"'],
	['get-many-collection', 'the optional fields of a Get Many are "Filters" or "Options"'],
	[
		'no-data-expression',
		'Resource and Operation cannot be set by an expression (noDataExpression)',
	],
	[
		'collection-placeholder',
		'standard collections add items with "Add Field", "Add Filter", "Add Option"',
	],
	['boolean-whether', 'boolean descriptions start with "Whether"'],
	[
		'options-sorted',
		'options, collection fields and fixedCollection values are sorted alphabetically',
	],
	['duplicate-name', 'no two properties with the same name are shown under the same conditions'],
	['required-usable', 'every required field has a usable default or a placeholder'],
	['options-default', 'the default of an options field is one of its values'],
	[
		'dynamic-options',
		'lists loaded from HighLevel are labelled "… Name or ID" / "… Names or IDs" and say an expression may give IDs',
	],
	[
		'description-text',
		'descriptions and hints: no stray whitespace, balanced quotes and brackets, final period as n8n writes it',
	],
];

test.each(RULES)('%s: %s', (rule) => {
	const found = violations
		.filter((violation) => violation.rule === rule)
		.map((violation) => `${violation.path}: ${violation.message}`);
	expect(found).toEqual([]);
});

test('every documented exception still applies', () => {
	expect(EXCEPTIONS.filter((exception) => !usedExceptions.has(exception))).toEqual([]);
});
