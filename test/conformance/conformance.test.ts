import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { operationsOf } from '../../nodes/shared/builder/node';
import type { OperationDefinition } from '../../nodes/shared/builder/types';
import { SKIPPED } from '../../nodes/shared/spec/skipped';
import { locationPlacements, type OperationFacts } from '../../nodes/shared/spec/types';
import { LOCATION, oauthCredentials, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest, type Reply } from '../helpers/fakeHighLevel';
import { loadSpec } from '../helpers/spec';
import { BUILT_NODES, type BuiltNode } from './nodes';
import { parametersFor, RECORD_ID, type InputMode } from './samples';

/**
 * Custom field definitions: the location's (`GET /locations/{locationId}/customFields`) and a custom
 * object's (`GET /custom-fields/object-key/{objectKey}`).
 */
const DEFINITIONS = /^\/locations\/[^/]+\/customFields$/;
const OBJECT_DEFINITIONS = /^\/custom-fields\/object-key\/[^/]+$/;
import { areaOf, SPEC_OPERATIONS } from './specFacts';

/**
 * Every operation of every node the builder makes, run through n8n's engine against a local
 * HighLevel twice: with only its required inputs, and with every input it shows filled. Each request
 * must hit the endpoint's method and path, carry its Version, and validate against HighLevel's spec.
 */

interface Outcome {
	label: string;
	problems: string[];
	/** Refused before any request, by design (an update with nothing to update). */
	refused?: string;
}

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());

/** A reply shaped like the operation's answer: records for lists, the root record, or `{}`. */
function replyFor(definition: OperationDefinition): Reply {
	if (definition.list) {
		const path = definition.list.records.split('.');
		let body: IDataObject = { [path[path.length - 1]]: [{ id: 'r1' }, { id: 'r2' }] };
		for (const key of path.slice(0, -1).reverse()) body = { [key]: body };
		return { body };
	}
	return { body: definition.root ? { [definition.root]: { id: 'r1' } } : {} };
}

/** The credential a user of this operation would have: the token kind and type the spec accepts. */
function credentialsFor(facts: OperationFacts, baseUrl: string) {
	const agency = facts.token === 'agency';
	if (facts.pit === false) {
		return {
			authentication: { authentication: 'oAuth2' },
			credentials: oauthCredentials(
				baseUrl,
				agency ? { userType: 'Company', locationId: '' } : { locationId: LOCATION },
			),
			location: agency ? { locationId: LOCATION } : {},
		};
	}
	return {
		authentication: {},
		credentials: pitCredentials(baseUrl, agency ? { tokenType: 'agency', locationId: '' } : {}),
		location: agency ? { locationId: LOCATION } : {},
	};
}

function expectedPath(template: string, facts: OperationFacts, parameters: INodeParameters) {
	const locationInPath = locationPlacements(facts).some((p) => p.in === 'path');
	return template.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		if (name === 'locationId' && locationInPath) return encodeURIComponent(LOCATION);
		const value = parameters[name] as { __rl?: true; value?: unknown } | string | undefined;
		const id = value && typeof value === 'object' && value.__rl ? value.value : value;
		return encodeURIComponent(String(id ?? ''));
	});
}

function describeRequest(request: CapturedRequest): string {
	const query = new URLSearchParams(request.query as Record<string, string>).toString();
	return `${request.method} ${request.rawPath}${query ? `?${query}` : ''} version=${String(request.headers.version)} body=${request.rawBody || '-'}`;
}

async function runOperation(
	built: BuiltNode,
	resource: string,
	definition: OperationDefinition,
	facts: OperationFacts,
	mode: InputMode,
): Promise<Outcome> {
	const label = `${built.name} › ${resource} › ${definition.value} (${definition.endpoint}, ${mode === 'required' ? 'required-only' : 'all inputs'})`;
	const problems: string[] = [];
	const [method, template] = definition.endpoint.split(' ');
	const area = areaOf(definition.endpoint, facts);
	if (!area) return { label, problems: ['the endpoint is in no facts file'] };
	const { authentication, credentials, location } = credentialsFor(facts, server.baseUrl);
	const { parameters, sent } = parametersFor(
		built.nodeType,
		resource,
		definition.value,
		facts,
		mode,
		{
			...authentication,
			...location,
		},
	);

	server.reset();
	// Custom fields by name read the location's definitions first (the sample field is one of them);
	// that read is the transport's, checked here against its own operation rather than this one.
	const isObjectLookup = (request: CapturedRequest) =>
		template !== '/custom-fields/object-key/{objectKey}' &&
		request.method === 'GET' &&
		OBJECT_DEFINITIONS.test(request.rawPath);
	const isLookup = (request: CapturedRequest) =>
		isObjectLookup(request) ||
		(template !== '/locations/{locationId}/customFields' &&
			request.method === 'GET' &&
			DEFINITIONS.test(request.rawPath));
	const sample = { id: RECORD_ID, name: 'Sample', dataType: 'TEXT' };
	server.handler = (request) =>
		isObjectLookup(request)
			? { body: { fields: [{ ...sample, fieldKey: 'custom_objects.sample.sample' }] } }
			: isLookup(request)
				? { body: { customFields: [{ ...sample, fieldKey: 'contact.sample' }] } }
				: replyFor(definition);
	const result = await built.run({ parameters, credentials });
	const lookups = server.requests.filter(isLookup);
	const requests = server.requests.filter((request) => !isLookup(request));
	for (const lookup of lookups) {
		const spec = await loadSpec(isObjectLookup(lookup) ? 'custom-fields' : 'locations');
		for (const problem of spec?.validate(lookup) ?? []) {
			problems.push(`definitions read ${describeRequest(lookup)}: ${problem}`);
		}
	}

	const isUpdate = /^update/.test(definition.value) && ['PUT', 'PATCH'].includes(method);
	// The location is the transport's, not an input: an update needs something besides it.
	const placed = new Set<string>(locationPlacements(facts).flatMap((p) => [p.name, 'altType']));
	const bodyRequired = (facts.body?.schema.required ?? []).some((name) => !placed.has(name));
	if (
		mode === 'required' &&
		isUpdate &&
		!bodyRequired &&
		result.error?.message === 'Nothing to update' &&
		requests.length === 0
	) {
		return { label, problems, refused: 'Nothing to update' };
	}
	if (result.error) {
		problems.push(`the node failed: ${result.error.message} ${result.error.description ?? ''}`);
	}
	for (const item of result.items) {
		if (item.json.error) problems.push(`error item: ${JSON.stringify(item.json.error)}`);
	}
	if (requests.length === 0) problems.push('no request was sent');

	const spec = await loadSpec(area);
	const path = expectedPath(template, facts, parameters);
	for (const request of requests) {
		const where = `request ${describeRequest(request)}`;
		if (request.method !== method) problems.push(`${where}: method is not ${method}`);
		if (request.rawPath !== path) problems.push(`${where}: path is not ${path}`);
		if (request.headers.version !== facts.version) {
			problems.push(`${where}: Version is not ${facts.version ?? '(none)'}`);
		}
		const contentType = String(request.headers['content-type'] ?? '')
			.split(';')[0]
			.trim();
		if (request.rawBody && !facts.body) problems.push(`${where}: the spec takes no body`);
		if (request.rawBody && facts.body && contentType !== facts.body.contentType) {
			problems.push(
				`${where}: Content-Type is ${contentType || '(none)'}, not ${facts.body.contentType}`,
			);
		}
		if (!request.rawBody && facts.body?.required)
			problems.push(`${where}: the spec requires a body`);
		for (const error of spec.validate(request)) problems.push(`${where}: ${error}`);
	}
	// Every input filled in must reach HighLevel (an offered input the request drops is a defect).
	const first = requests[0];
	for (const input of first ? sent : []) {
		const bag = (input.in === 'query' ? first.query : first.body) as Record<string, unknown>;
		if (!bag || typeof bag !== 'object' || !(input.name in bag)) {
			problems.push(
				`"${input.label}" was filled but no ${input.in} property "${input.name}" was sent`,
			);
		}
	}
	return { label, problems };
}

// Hundreds of operations, each run twice through n8n's engine: minutes on a busy 2-core machine.
test('every operation of every built node sends requests the spec accepts', async () => {
	const outcomes: Record<InputMode, Outcome[]> = { required: [], all: [] };
	let covered = 0;
	for (const built of BUILT_NODES) {
		for (const { resource, definition, facts } of operationsOf(built.resources)) {
			covered++;
			for (const mode of ['required', 'all'] as const) {
				outcomes[mode].push(await runOperation(built, resource.value, definition, facts, mode));
			}
		}
	}

	const valid = (mode: InputMode) => outcomes[mode].filter((o) => o.problems.length === 0).length;
	// A spec operation may be offered by two definitions (under two resources): count each once.
	const endpoints = new Set(
		BUILT_NODES.flatMap((built) =>
			operationsOf(built.resources).map(({ definition }) => definition.endpoint),
		),
	);
	const skippedOperations = [...SPEC_OPERATIONS.entries()].filter(
		([endpoint, area]) =>
			!endpoints.has(endpoint) && (SKIPPED[endpoint] ?? SKIPPED[`area:${area}`]),
	).length;
	const skipped = Object.entries(SKIPPED).map(([key, reason]) => {
		const area = key.startsWith('area:') ? key.slice('area:'.length) : undefined;
		const count = area ? [...SPEC_OPERATIONS.values()].filter((a) => a === area).length : 1;
		return `  ${key}${area ? ` (${count} operation${count === 1 ? '' : 's'})` : ''}: ${reason}`;
	});
	const refused = outcomes.required
		.filter((o) => o.refused)
		.map((o) => `  ${o.label}: refused before sending, "${o.refused}" (by design)`);
	console.log(
		[
			`operations: ${endpoints.size}/${SPEC_OPERATIONS.size} covered (${covered} definitions), ${endpoints.size + skippedOperations}/${SPEC_OPERATIONS.size} covered or skipped with a reason, ${valid('required')}/${covered} valid (required-only), ${valid('all')}/${covered} valid (all inputs)`,
			...(refused.length ? ['required-only runs refused without a request:', ...refused] : []),
			`skipped (${skipped.length} entries):`,
			...skipped,
		].join('\n'),
	);

	const failures = [...outcomes.required, ...outcomes.all]
		.filter((o) => o.problems.length)
		.map((o) => `${o.label}\n    ${o.problems.join('\n    ')}`);
	expect(failures).toEqual([]);
	expect(covered).toBeGreaterThan(0);
}, 600_000);

// New nodes (the default version) answer a delete with `{ success, id }`; a workflow saved with
// version 1 keeps HighLevel's answer as it was.
test.each(BUILT_NODES.map((built) => [built.name, built] as const))(
	'%s: a delete answers { success, id } by default and the raw answer in version 1',
	async (_name, built) => {
		// A delete of a record named in the path (the ID the item reports), else any delete.
		const deletes = operationsOf(built.resources).filter(
			({ definition }) => definition.endpoint.startsWith('DELETE ') && !definition.list,
		);
		const named = deletes.find(({ definition }) =>
			/^DELETE \S*\{(?!locationId\})/.test(definition.endpoint),
		);
		const found = named ?? deletes[0];
		expect(found).toBeDefined();
		if (!found) return;
		const { resource, definition, facts } = found;
		const { authentication, credentials, location } = credentialsFor(facts, server.baseUrl);
		const { parameters } = parametersFor(
			built.nodeType,
			resource.value,
			definition.value,
			facts,
			'required',
			{ ...authentication, ...location },
		);
		server.reset();
		server.handler = () => ({ body: { succeded: true } });
		expect(built.version).toBe(1.1);
		const now = await built.run({ parameters, credentials });
		expect(now.error).toBeUndefined();
		expect(now.items).toHaveLength(1);
		expect(now.items[0].json).toMatchObject({ success: true });
		if (named) expect(typeof now.items[0].json.id).toBe('string');
		const saved = await built.run({ parameters, credentials, typeVersion: 1 });
		expect(saved.items.map((item) => item.json)).toEqual([{ succeded: true }]);
	},
);
