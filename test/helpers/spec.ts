import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import OpenAPIBackend from 'openapi-backend';

import type { CapturedRequest } from './fakeHighLevel';

/** HighLevel's official OpenAPI files: ../shared/highlevel-api beside the repository, or HIGHLEVEL_API_DOCS. */
export function specRoot(): string | undefined {
	const candidates = [
		process.env.HIGHLEVEL_API_DOCS,
		resolve(__dirname, '../../../shared/highlevel-api'),
		resolve(__dirname, '../../../../shared/highlevel-api'),
	].filter((c): c is string => !!c);
	return candidates.find((dir) => existsSync(join(dir, 'apps', 'contacts.json')));
}

export const SPEC_SKIP_NOTICE =
	'HighLevel OpenAPI specs not found: the drift check is skipped. Set HIGHLEVEL_API_DOCS to a checkout of GoHighLevel/highlevel-api-docs (with apps/ and common/) to enable it.';

/** The validation documents `npm run spec:sync` writes: HighLevel's request schemas, prose removed. */
const DOCS_DIR = resolve(__dirname, '../spec');

export interface SpecValidator {
	/** Problems with the request, or [] when it matches an operation of the spec and validates. */
	validate(request: CapturedRequest): string[];
	/** The Version header the spec requires for the matched operation. */
	operationId(request: CapturedRequest): string | undefined;
}

const cache = new Map<string, Promise<SpecValidator>>();

export async function loadSpec(area: string): Promise<SpecValidator> {
	if (!cache.has(area)) {
		cache.set(
			area,
			(async () => {
				const api = new OpenAPIBackend({
					definition: JSON.parse(readFileSync(join(DOCS_DIR, `${area}.json`), 'utf8')),
					validate: true,
					strict: false,
					quick: false,
					ignoreTrailingSlashes: false,
				});
				await api.init();
				const toRequest = (r: CapturedRequest) => ({
					method: r.method.toLowerCase(),
					path: r.rawPath,
					headers: r.headers as Record<string, string>,
					query: r.query,
					body: r.body,
				});
				return {
					validate(r) {
						const request = toRequest(r);
						const operation = api.matchOperation(request);
						if (!operation)
							return [`no operation of ${area}.json matches ${r.method} ${r.rawPath}`];
						if (r.parts) request.body = asMultipartValues(request.body, operation);
						const result = api.validateRequest(request, operation);
						return (result.errors ?? []).map((e) => `${e.instancePath} ${e.message}`);
					},
					operationId(r) {
						return api.matchOperation(toRequest(r))?.operationId;
					},
				};
			})(),
		);
	}
	return (await cache.get(area)) as SpecValidator;
}

/**
 * multipart/form-data carries every field as text: read each as the type its schema declares
 * (OpenAPI's rule for primitive multipart properties), so that `hosted=true` validates as a boolean.
 * Text that is not a valid value of that type stays text and fails validation.
 */
function asMultipartValues(body: unknown, operation: unknown): unknown {
	const schema = (
		operation as {
			requestBody?: {
				content?: Record<string, { schema?: { properties?: Record<string, { type?: string }> } }>;
			};
		}
	).requestBody?.content?.['multipart/form-data']?.schema;
	if (!body || typeof body !== 'object' || !schema?.properties) return body;
	const out: Record<string, unknown> = { ...(body as Record<string, unknown>) };
	for (const [name, value] of Object.entries(out)) {
		const type = schema.properties[name]?.type;
		if (typeof value !== 'string') continue;
		if (type === 'boolean' && (value === 'true' || value === 'false')) out[name] = value === 'true';
		if ((type === 'number' || type === 'integer') && value.trim() !== '' && !isNaN(Number(value))) {
			out[name] = Number(value);
		}
	}
	return out;
}
