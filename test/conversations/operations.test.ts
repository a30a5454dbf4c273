import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { FakeHighLevel, type CapturedRequest, type Reply } from '../helpers/fakeHighLevel';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import { conversationsResources } from '../../nodes/GoHighLevelConversations/areas';
import { operationsOf } from '../../nodes/shared/builder/node';
import conversations from '../../nodes/shared/spec/conversations.json';
import emailIsv from '../../nodes/shared/spec/email-isv.json';
import phoneSystem from '../../nodes/shared/spec/phone-system.json';
import type { AreaFacts, OperationFacts, SchemaFacts } from '../../nodes/shared/spec/types';
import { asForm } from './multipart';

/**
 * Every operation of the Conversations node, run through n8n's engine against a local HighLevel,
 * once with only its required inputs and once with every input it offers: each request must match
 * its endpoint in HighLevel's OpenAPI file and validate there.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelConversations());
const properties = nodeType.description.properties;
const AREAS: Record<string, AreaFacts> = {
	conversations: conversations as AreaFacts,
	'phone-system': phoneSystem as AreaFacts,
	'email-isv': emailIsv as AreaFacts,
};

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

function areaOf(endpoint: string): string {
	const area = Object.keys(AREAS).find((name) => AREAS[name][endpoint]);
	if (!area) throw new Error(`no area holds ${endpoint}`);
	return area;
}

/** A value for every property of a schema, so that "all inputs" really sends everything. */
function fullSample(schema: SchemaFacts | undefined): unknown {
	if (!schema) return 'a1';
	if (schema.enum?.length) return schema.enum[0];
	switch (schema.type) {
		case 'number':
		case 'integer':
			return schema.minimum ?? 1;
		case 'boolean':
			return true;
		case 'array':
			return [fullSample(schema.items)];
		case 'object': {
			const entries = Object.entries(schema.properties ?? {});
			if (!entries.length) return { note: 'a1' };
			return Object.fromEntries(entries.map(([name, inner]) => [name, fullSample(inner)]));
		}
		default:
			return 'a1';
	}
}

function schemaOf(facts: OperationFacts, name: string): SchemaFacts | undefined {
	return (
		facts.body?.schema.properties?.[name] ?? facts.parameters.find((p) => p.name === name)?.schema
	);
}

function valueFor(property: INodeProperties, facts: OperationFacts): unknown {
	switch (property.type) {
		case 'resourceLocator':
			return 'rl_1';
		case 'options':
			return property.default || property.options?.[0]?.['value' as never];
		case 'number':
			return (property.typeOptions?.minValue as number | undefined) ?? 1;
		case 'boolean':
			return true;
		case 'dateTime':
			return '2026-01-31T09:00:00Z';
		case 'json':
			return JSON.stringify(fullSample(schemaOf(facts, property.name)));
		default:
			if (property.name === 'binaryPropertyName') return 'data';
			if (typeof property.default === 'string' && property.default.startsWith('=')) {
				return property.default;
			}
			return 'a1';
	}
}

function shownFor(resource: string, operation: string): INodeProperties[] {
	return properties.filter((p) => {
		const show = p.displayOptions?.show;
		return (
			(show?.resource as string[] | undefined)?.includes(resource) &&
			(show?.operation as string[] | undefined)?.includes(operation)
		);
	});
}

function parametersFor(
	resource: string,
	operation: string,
	facts: OperationFacts,
	all: boolean,
	overrides: IDataObject = {},
): INodeParameters {
	const parameters: INodeParameters = { resource, operation };
	for (const property of shownFor(resource, operation)) {
		if (['returnAll', 'limit'].includes(property.name)) continue;
		if (property.name in overrides) continue;
		if (property.type === 'collection') {
			if (!all) continue;
			parameters[property.name] = Object.fromEntries(
				(property.options as INodeProperties[]).map((option) => [
					option.name,
					valueFor(option, facts),
				]),
			) as INodeParameters;
		} else if (property.required || all) {
			parameters[property.name] = valueFor(property, facts) as never;
		}
	}
	return { ...parameters, ...(overrides as INodeParameters) };
}

const FILE = Buffer.from([0x52, 0x49, 0x46, 0x46, 0x00, 0xff, 0x10, 0x80]);

function reply(request: CapturedRequest): Reply {
	if (/recording$|transcription\/download$/.test(request.rawPath)) {
		return {
			body: FILE,
			headers: {
				'content-type': 'audio/x-wav',
				'content-disposition': 'attachment; filename="call.wav"',
			},
		};
	}
	return {
		body: {
			conversations: [],
			messages: [],
			numbers: [],
			data: [],
			uploadedFiles: { 'a.png': 'https://files.example/a.png' },
			success: true,
		},
	};
}

/** Updates whose inputs are all optional: with none set, they are refused before any request. */
const REFUSED_EMPTY = ['conversation.update', 'subscription.updateSubtype'];

/** Inputs that depend on another one: the message type picks the fields shown. */
const VARIANTS: Record<string, IDataObject[]> = {
	'message.send': [{ type: 'SMS' }, { type: 'Email' }, { type: 'WhatsApp' }, { type: 'Custom' }],
};

const operations = operationsOf(conversationsResources).flatMap(({ resource, definition, facts }) =>
	(VARIANTS[`${resource.value}.${definition.value}`] ?? [{}]).flatMap((overrides) =>
		[false, true].map((all) => ({
			label: `${resource.value} › ${definition.value}${overrides.type ? ` (${String(overrides.type)})` : ''} with ${all ? 'all' : 'required'} inputs`,
			resource: resource.value,
			operation: definition.value,
			endpoint: definition.endpoint,
			facts,
			all,
			overrides,
		})),
	),
);

test('the node covers the 34 operations of conversations.json, phone-system.json and email-isv.json', () => {
	const covered = new Set(operationsOf(conversationsResources).map((o) => o.definition.endpoint));
	const all = Object.values(AREAS).flatMap((area) => Object.keys(area));
	expect(all).toHaveLength(34);
	expect(all.filter((endpoint) => !covered.has(endpoint))).toEqual([]);
	expect(covered.size).toBe(34);
});

test('the node stays within the budget of 150 top-level properties', () => {
	expect(properties.length).toBeLessThanOrEqual(150);
});

test.each(operations)('$label: valid against the spec', async (o) => {
	server.handler = reply;
	const result = await runNode({
		nodeType,
		parameters: parametersFor(o.resource, o.operation, o.facts, o.all, o.overrides),
		credentials: pitCredentials(server.baseUrl),
		items: [
			{
				json: {},
				binary: {
					data: { data: FILE.toString('base64'), mimeType: 'image/png', fileName: 'a.png' },
				},
			},
		],
	});
	if (!o.all && REFUSED_EMPTY.includes(`${o.resource}.${o.operation}`)) {
		expect(result.error?.message).toBe('Nothing to update');
		expect(server.requests).toHaveLength(0);
		return;
	}
	expect(result.error?.message).toBeUndefined();
	expect(server.requests).toHaveLength(1);
	let [request] = server.requests;
	const spec = await loadSpec(areaOf(o.endpoint));
	if (String(request.headers['content-type']).startsWith('multipart/form-data')) {
		request = asForm(request, ['attachmentUrls']);
	}
	expect(spec.operationId(request)).toBe(o.endpoint);
	expect(spec.validate(request)).toEqual([]);
	if (o.facts.version) expect(request.headers.version).toBe(o.facts.version);
	const sent = { ...request.query, ...((request.body as IDataObject) ?? {}) };
	for (const name of ['locationId', 'location_id']) {
		if (name in sent) expect(sent[name]).toBe(LOCATION);
	}
});
