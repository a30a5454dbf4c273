import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_SCOPES } from '../../credentials/GoHighLevelOAuth2Api.credentials';
import { contactsArea } from '../../nodes/GoHighLevelCrm/contacts';
import type { OperationDefinition } from '../../nodes/shared/builder/types';
import { SPEC_SKIP_NOTICE, specRoot } from '../helpers/spec';

/** The operation definitions checked against HighLevel's specification, field by field. */

interface SpecParameter {
	name: string;
	in: string;
	required?: boolean;
	schema?: { enum?: string[] };
}
interface SpecOperation {
	parameters?: SpecParameter[];
	security?: Array<Record<string, string[]>>;
	deprecated?: boolean;
	requestBody?: { required?: boolean; content?: Record<string, { schema?: { $ref?: string } }> };
}
type Spec = {
	paths: Record<string, Record<string, SpecOperation>>;
	components: {
		schemas: Record<string, { required?: string[]; properties?: Record<string, unknown> }>;
	};
};

const root = specRoot();
const spec: Spec | undefined = root
	? JSON.parse(readFileSync(join(root, 'apps', 'contacts.json'), 'utf8'))
	: undefined;
if (!spec) console.log(SPEC_SKIP_NOTICE);
const describeWithSpec = spec ? describe : describe.skip;

const definitions: OperationDefinition[] = contactsArea.flatMap((resource) => resource.operations);

function specOperation(definition: OperationDefinition): SpecOperation {
	const operation = spec!.paths[definition.path]?.[definition.method.toLowerCase()];
	if (!operation)
		throw new Error(`${definition.method} ${definition.path} is not in contacts.json`);
	return operation;
}

function bodySchema(operation: SpecOperation) {
	const ref = operation.requestBody?.content?.['application/json']?.schema?.$ref;
	return ref ? spec!.components.schemas[ref.split('/').pop()!] : undefined;
}

describeWithSpec('Contacts definitions match apps/contacts.json', () => {
	test('every operation of the spec is defined exactly once', () => {
		const inSpec = Object.entries(spec!.paths).flatMap(([path, methods]) =>
			Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
		);
		const defined = definitions.map((d) => `${d.method} ${d.path}`);
		expect([...defined].sort()).toEqual([...inSpec].sort());
	});

	describe.each(definitions.map((d) => [`${d.method} ${d.path}`, d] as const))(
		'%s',
		(_name, definition) => {
			test('sends the Version the spec requires', () => {
				const version = specOperation(definition).parameters?.find(
					(p) => p.in === 'header' && p.name === 'Version',
				);
				expect(version?.schema?.enum).toContain(definition.version);
			});

			test('declares at least the scopes the spec requires', () => {
				const required = (specOperation(definition).security ?? []).flatMap((s) =>
					Object.values(s).flat(),
				);
				for (const scope of required) expect(definition.scopes).toContain(scope);
			});

			test('has a field for every path parameter', () => {
				const placeholders = [...definition.path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
				const fieldNames = (definition.fields ?? []).map((f) => f.name);
				for (const name of placeholders) expect(fieldNames).toContain(name);
			});

			test('places the location where the spec wants it', () => {
				const operation = specOperation(definition);
				const query = operation.parameters?.find(
					(p) => p.in === 'query' && /^(locationId|location_id|altId)$/.test(p.name),
				);
				const body = bodySchema(operation);
				const bodyWantsLocation = body?.required?.includes('locationId') ?? false;
				if (query?.required) expect(definition.location).toEqual({ in: 'query', name: query.name });
				else if (bodyWantsLocation)
					expect(definition.location).toEqual({ in: 'body', name: 'locationId' });
				else if (definition.location?.in === 'query') expect(query).toBeDefined();
			});

			test('is marked deprecated exactly when the spec says so', () => {
				expect(!!definition.deprecated).toBe(!!specOperation(definition).deprecated);
			});

			test('sends an empty body only where the spec requires one', () => {
				if (definition.requiresBody)
					expect(specOperation(definition).requestBody?.required).toBe(true);
			});
		},
	);
});

test('the OAuth2 credential asks for every scope an operation needs by default', () => {
	const needed = new Set(definitions.flatMap((d) => d.scopes));
	for (const scope of needed) expect(DEFAULT_SCOPES).toContain(scope);
});
