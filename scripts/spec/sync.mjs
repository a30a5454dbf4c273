#!/usr/bin/env node
/**
 * npm run spec:sync — reads HighLevel's official OpenAPI files (../shared/highlevel-api beside the
 * repository, or HIGHLEVEL_API_DOCS) and writes, per API area:
 *   nodes/shared/spec/<area>.json  the facts the nodes are built from (shipped in dist/)
 *   test/spec/<area>.json          a trimmed OpenAPI document that tests validate requests against
 * Both hold facts only: no summaries, descriptions or examples. `--check` writes nothing and exits 1
 * when the checked-in files differ from what the spec gives now.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import {
	ALT_ID_IS_NOT_A_LOCATION,
	ARRAY_ITEMS,
	hasUnknownType,
	isStringTypedAsObject,
	MULTIPART_FILE_PARTS,
	PATH_PARAMETERS,
	withEnumListUnwrapped,
	withoutDuplicateEnumValues,
} from './patches.mjs';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const FACTS_DIR = join(repo, 'nodes/shared/spec');
const DOCS_DIR = join(repo, 'test/spec');
const METHODS = ['get', 'post', 'put', 'patch', 'delete'];
/** Schema keywords that are facts; everything else (description, example, title, …) is prose. */
const SCHEMA_FACTS = [
	'type',
	'format',
	'enum',
	'required',
	'nullable',
	'minimum',
	'maximum',
	'exclusiveMinimum',
	'exclusiveMaximum',
	'minLength',
	'maxLength',
	'pattern',
	'minItems',
	'maxItems',
	'uniqueItems',
	'default',
];

export function specRoot() {
	const candidates = [process.env.HIGHLEVEL_API_DOCS, resolve(repo, '../shared/highlevel-api')];
	return candidates.find((dir) => dir && existsSync(join(dir, 'apps', 'contacts.json')));
}

function readJson(file) {
	return mendSchemas(JSON.parse(readFileSync(file, 'utf8')));
}

/** Keywords whose values are data, not schemas: the schema-level patches never reach into them. */
const VALUE_KEYWORDS = new Set(['default', 'example', 'examples', 'enum', 'const']);

/** Applies the schema-level patches of patches.mjs everywhere in a document. */
function mendSchemas(node) {
	if (Array.isArray(node)) return node.map(mendSchemas);
	if (!node || typeof node !== 'object') return node;
	const out = {};
	for (const [key, value] of Object.entries(node)) {
		out[key] = VALUE_KEYWORDS.has(key) ? value : mendSchemas(value);
	}
	if (isStringTypedAsObject(out)) out.type = 'string';
	if (hasUnknownType(out)) delete out.type;
	return withoutDuplicateEnumValues(withEnumListUnwrapped(out));
}

/** Resolves `#/…` in the area's file and `../common/…#/…` in the shared file. */
function makeResolver(root, doc) {
	const files = new Map();
	return (ref) => {
		const [file, pointer] = ref.split('#');
		let source = doc;
		if (file) {
			if (!files.has(file)) files.set(file, readJson(join(root, 'apps', file)));
			source = files.get(file);
		}
		let node = source;
		for (const part of pointer.split('/').filter(Boolean)) node = node?.[part];
		if (node === undefined && !file) {
			// links.json refers to error DTOs it does not define; they live in the common file.
			return makeResolver(root, doc)(`../common/common-schemas.json#${pointer}`);
		}
		return { node, key: `${file ? 'common.' : ''}${pointer.split('/').pop()}` };
	};
}

/** A schema reduced to its facts, with references inlined (a cycle ends as a free-form object). */
function factSchema(schema, resolveRef, seen = new Set()) {
	if (!schema || typeof schema !== 'object') return {};
	if (schema.$ref) {
		if (seen.has(schema.$ref)) return { type: 'object' };
		const { node } = resolveRef(schema.$ref);
		return factSchema(node, resolveRef, new Set([...seen, schema.$ref]));
	}
	if (schema.allOf) {
		const parts = schema.allOf.map((part) => factSchema(part, resolveRef, seen));
		const merged = { type: 'object', properties: {}, required: [] };
		for (const part of parts) {
			Object.assign(merged.properties, part.properties ?? {});
			merged.required.push(...(part.required ?? []));
		}
		if (!merged.required.length) delete merged.required;
		return merged;
	}
	const out = {};
	for (const key of SCHEMA_FACTS) if (schema[key] !== undefined) out[key] = schema[key];
	for (const key of ['oneOf', 'anyOf']) {
		if (schema[key]) out[key] = schema[key].map((part) => factSchema(part, resolveRef, seen));
	}
	if (schema.items) out.items = factSchema(schema.items, resolveRef, seen);
	if (schema.properties) {
		out.properties = {};
		for (const [name, property] of Object.entries(schema.properties)) {
			out.properties[name] = factSchema(property, resolveRef, seen);
		}
	}
	if (schema.additionalProperties !== undefined) {
		out.additionalProperties =
			typeof schema.additionalProperties === 'object'
				? factSchema(schema.additionalProperties, resolveRef, seen)
				: schema.additionalProperties;
	}
	if (!out.type && out.properties) out.type = 'object';
	return out;
}

/** The same schema for the validation document: prose removed, references kept. */
function trimSchema(schema, refs) {
	if (Array.isArray(schema)) return schema.map((item) => trimSchema(item, refs));
	if (!schema || typeof schema !== 'object') return schema;
	if (schema.$ref) {
		refs.add(schema.$ref);
		const name = `${schema.$ref.split('#')[0] ? 'common.' : ''}${schema.$ref.split('/').pop()}`;
		return { $ref: `#/components/schemas/${name}` };
	}
	const out = {};
	for (const key of [...SCHEMA_FACTS, 'oneOf', 'anyOf', 'allOf', 'items', 'additionalProperties']) {
		if (schema[key] !== undefined) out[key] = trimSchema(schema[key], refs);
	}
	if (schema.properties) {
		out.properties = {};
		for (const [name, property] of Object.entries(schema.properties)) {
			out.properties[name] = trimSchema(property, refs);
		}
	}
	return out;
}

function tokenKind(security) {
	const schemes = (security ?? []).flatMap((entry) => Object.keys(entry));
	const agency = schemes.some((name) => name.startsWith('Agency-Access'));
	const sub = schemes.some((name) => name === 'bearer' || name.startsWith('Location-Access'));
	const kind = agency && sub ? 'either' : agency ? 'agency' : sub ? 'sub' : 'any';
	const pit = !(schemes.length > 0 && schemes.every((name) => name.endsWith('-Only')));
	return { kind, pit };
}

function locationPlacement(key, parameters, bodySchema) {
	const has = (where, name) =>
		where === 'body'
			? Object.hasOwn(bodySchema?.properties ?? {}, name)
			: parameters.some((p) => p.in === where && p.name === name);
	if (has('path', 'locationId')) return { in: 'path', name: 'locationId' };
	const placements = [];
	for (const where of ['query', 'body']) {
		if (has(where, 'altId') && !ALT_ID_IS_NOT_A_LOCATION.includes(key)) {
			placements.push({
				in: where,
				name: 'altId',
				...(has(where, 'altType') ? { altType: true } : {}),
			});
		}
		for (const name of ['locationId', 'location_id']) {
			if (has(where, name)) placements.push({ in: where, name });
		}
	}
	if (placements.length === 0) return undefined;
	return placements.length === 1 ? placements[0] : placements;
}

/** The multipart file part the schema leaves out, added (see MULTIPART_FILE_PARTS). */
function withFileParts(key, content, resolveRef) {
	const patch = MULTIPART_FILE_PARTS[key];
	const multipart = content['multipart/form-data'];
	if (!patch || !multipart) return content;
	let schema = multipart.schema ?? {};
	if (schema.$ref) schema = resolveRef(schema.$ref).node ?? {};
	const required = (schema.required ?? []).filter((name) => !patch.replaces.includes(name));
	return {
		...content,
		'multipart/form-data': {
			...multipart,
			schema: {
				...schema,
				properties: {
					...(schema.properties ?? {}),
					[patch.part]: { type: 'string', format: 'binary' },
				},
				required: required.length ? required : undefined,
			},
		},
	};
}

/** Applies the document-level patches of patches.mjs to an area's file. */
function mendDocument(area, doc) {
	for (const [at, ref] of Object.entries(ARRAY_ITEMS[area] ?? {})) {
		const [schema, property] = at.split('.');
		const target = doc.components?.schemas?.[schema]?.properties?.[property];
		if (target?.type !== 'array')
			throw new Error(`${area}: ${at} is not an array; update patches.mjs`);
		target.items = { $ref: ref };
	}
	return doc;
}

function syncArea(root, area) {
	const doc = mendDocument(area, readJson(join(root, 'apps', `${area}.json`)));
	const resolveRef = makeResolver(root, doc);
	const facts = {};
	const paths = {};
	const refs = new Set();
	for (const [path, item] of Object.entries(doc.paths ?? {})) {
		for (const method of METHODS) {
			const operation = item[method];
			if (!operation) continue;
			const key = `${method.toUpperCase()} ${path}`;
			const declared = [...(item.parameters ?? []), ...(operation.parameters ?? [])].map((p) =>
				p.$ref ? resolveRef(p.$ref).node : p,
			);
			const version = declared.find((p) => p.in === 'header' && p.name === 'Version')?.schema
				?.enum?.[0];
			let parameters = declared
				.filter((p) => p.in === 'path' || p.in === 'query')
				.map((p) => ({
					name: p.name,
					in: p.in,
					...(p.required || p.in === 'path' ? { required: true } : {}),
					...(p.explode === false ? { explode: false } : {}),
					schema: factSchema(p.schema ?? { type: 'string' }, resolveRef),
				}));
			for (const name of PATH_PARAMETERS[key] ?? []) {
				parameters = parameters.filter((p) => !(p.in === 'path' && p.name === name));
				parameters.push({ name, in: 'path', required: true, schema: { type: 'string' } });
			}
			const pathOrder = [...path.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]);
			for (const name of pathOrder) {
				if (!parameters.some((p) => p.in === 'path' && p.name === name)) {
					throw new Error(
						`${key}: path parameter {${name}} is not declared; add it to patches.mjs`,
					);
				}
			}

			const content = withFileParts(key, operation.requestBody?.content ?? {}, resolveRef);
			const contentType = Object.keys(content)[0];
			const bodySchema = contentType
				? factSchema(content[contentType].schema, resolveRef)
				: undefined;
			const scopes = [
				...new Set((operation.security ?? []).flatMap((entry) => Object.values(entry).flat())),
			].sort();
			const token = tokenKind(operation.security);
			const location = locationPlacement(key, parameters, bodySchema);

			facts[key] = {
				...(version ? { version } : {}),
				scopes,
				token: token.kind,
				...(token.pit ? {} : { pit: false }),
				...(location ? { location } : {}),
				parameters,
				...(contentType
					? {
							body: {
								contentType,
								...(operation.requestBody.required ? { required: true } : {}),
								schema: bodySchema,
							},
						}
					: {}),
				...(operation.deprecated ? { deprecated: true } : {}),
			};

			const validation = {
				operationId: key,
				// OpenAPI requires a response; requests are what the tests validate.
				responses: { default: { description: '' } },
				parameters: [
					...(version
						? [
								{
									name: 'Version',
									in: 'header',
									required: true,
									schema: { type: 'string', enum: [version] },
								},
							]
						: []),
					...parameters.map((p) => ({
						name: p.name,
						in: p.in,
						required: p.required ?? false,
						...(p.explode === false ? { explode: false } : {}),
						schema: trimSchema(
							declared.find((d) => d.in === p.in && d.name === p.name)?.schema ?? {
								type: 'string',
							},
							refs,
						),
					})),
				],
			};
			if (contentType) {
				validation.requestBody = {
					required: operation.requestBody.required ?? false,
					content: {
						[contentType]: { schema: trimSchema(content[contentType].schema ?? {}, refs) },
					},
				};
			}
			paths[path] ??= {};
			paths[path][method] = validation;
		}
	}
	// Every schema the request parts reference, and what those reference in turn.
	const schemas = {};
	const pending = [...refs];
	while (pending.length) {
		const ref = pending.pop();
		const { node, key } = resolveRef(ref);
		if (schemas[key]) continue;
		const nested = new Set();
		schemas[key] = trimSchema(node ?? {}, nested);
		for (const next of nested) if (!refs.has(next)) (refs.add(next), pending.push(next));
	}
	const validationDoc = {
		openapi: '3.0.0',
		info: { title: area, version: doc.info?.version ?? '1.0' },
		paths,
		components: { schemas: Object.fromEntries(Object.entries(schemas).sort()) },
	};
	return { facts, validationDoc };
}

export function syncAll(root) {
	const files = {};
	const areas = readdirSync(join(root, 'apps'))
		.filter((name) => name.endsWith('.json'))
		.map((name) => name.replace(/\.json$/, ''))
		.sort();
	for (const area of areas) {
		const { facts, validationDoc } = syncArea(root, area);
		files[join(FACTS_DIR, `${area}.json`)] = `${JSON.stringify(facts, null, '\t')}\n`;
		files[join(DOCS_DIR, `${area}.json`)] = `${JSON.stringify(validationDoc, null, '\t')}\n`;
	}
	files[join(FACTS_DIR, 'areas.json')] = `${JSON.stringify(areas, null, '\t')}\n`;
	return files;
}

function main() {
	const root = specRoot();
	if (!root) {
		console.error(
			'HighLevel OpenAPI files not found: put them in ../shared/highlevel-api or set HIGHLEVEL_API_DOCS.',
		);
		process.exit(2);
	}
	const check = process.argv.includes('--check');
	const files = syncAll(root);
	const drift = [];
	for (const [file, content] of Object.entries(files)) {
		const current = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
		if (current === content) continue;
		drift.push(file.slice(repo.length + 1));
		if (!check) {
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, content);
		}
	}
	for (const dir of [FACTS_DIR, DOCS_DIR]) {
		for (const name of existsSync(dir) ? readdirSync(dir) : []) {
			if (name.endsWith('.json') && !files[join(dir, name)])
				drift.push(`${join(dir, name).slice(repo.length + 1)} (stale)`);
		}
	}
	if (check) {
		if (drift.length) {
			console.error(
				`Spec facts differ from HighLevel's files; run npm run spec:sync:\n  ${drift.join('\n  ')}`,
			);
			process.exit(1);
		}
		console.log(`spec facts up to date (${Object.keys(files).length} files)`);
	} else {
		console.log(`spec:sync wrote ${drift.length} of ${Object.keys(files).length} files`);
	}
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
