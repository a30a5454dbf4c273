import { existsSync } from 'node:fs';
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
	'HighLevel OpenAPI specs not found: spec validation skipped. Set HIGHLEVEL_API_DOCS to a checkout of GoHighLevel/highlevel-api-docs (with apps/ and common/) to enable it.';

export interface SpecValidator {
	/** Problems with the request, or [] when it matches an operation of the spec and validates. */
	validate(request: CapturedRequest): string[];
	/** The Version header the spec requires for the matched operation. */
	operationId(request: CapturedRequest): string | undefined;
}

/**
 * Defects of the published specification itself, not of our requests: `POST /contacts/bulk/tags/update/{type}`
 * uses a `{type}` path parameter that its `parameters` list never declares.
 */
const KNOWN_SPEC_DEFECTS: Record<string, RegExp[]> = {
	'create-association': [/^\/path must NOT have additional properties$/],
};

const cache = new Map<string, Promise<SpecValidator>>();

export async function loadSpec(area: string): Promise<SpecValidator | undefined> {
	const root = specRoot();
	if (!root) return undefined;
	if (!cache.has(area)) {
		cache.set(
			area,
			(async () => {
				const api = new OpenAPIBackend({
					definition: join(root, 'apps', `${area}.json`),
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
						const result = api.validateRequest(request, operation);
						const known = KNOWN_SPEC_DEFECTS[operation.operationId ?? ''] ?? [];
						return (result.errors ?? [])
							.map((e) => `${e.instancePath} ${e.message}`)
							.filter((problem) => !known.some((pattern) => pattern.test(problem)));
					},
					operationId(r) {
						return api.matchOperation(toRequest(r))?.operationId;
					},
				};
			})(),
		);
	}
	return await cache.get(area);
}
