'use strict';
// Loads HighLevel's OpenAPI files (apps/*.json, never copied into this repo) and answers operations
// from their schemas and examples. Location: HIGHLEVEL_API_DOCS, else ../shared/highlevel-api beside the repo.
// Without them, every operation of the spec facts this repository holds is served instead.
const fs = require('node:fs');
const path = require('node:path');

function resolveApiDocsDir(explicit) {
	const candidates = [
		explicit,
		process.env.HIGHLEVEL_API_DOCS,
		path.resolve(__dirname, '..', '..', 'shared', 'highlevel-api'),
	].filter(Boolean);
	for (const dir of candidates) {
		if (fs.existsSync(path.join(dir, 'apps', 'contacts.json'))) return path.resolve(dir);
	}
	return undefined;
}

/** The API areas the sandbox keeps state for, served from this package's spec facts when the OpenAPI files are absent. */

/**
 * Spec-like operations built from the spec facts this repository holds (nodes/shared/spec, written
 * by `npm run spec:sync`: method, path and Version of every operation), for when HighLevel's OpenAPI
 * files are not at hand.
 */
function operationsFromFacts() {
	const dir = path.resolve(__dirname, '..', 'nodes', 'shared', 'spec');
	const areas = JSON.parse(fs.readFileSync(path.join(dir, 'areas.json'), 'utf8'));
	return areas.flatMap((app) => {
		const facts = JSON.parse(fs.readFileSync(path.join(dir, `${app}.json`), 'utf8'));
		return Object.entries(facts).map(([key, fact]) => {
			const [method, template] = key.split(' ');
			return {
				app,
				file: undefined,
				template,
				method: method.toLowerCase(),
				op: {
					operationId: key,
					parameters: fact.version
						? [{ name: 'Version', in: 'header', required: true, schema: { enum: [fact.version] } }]
						: [],
					responses: {},
					'x-token': fact.token,
					'x-pit': fact.pit,
				},
			};
		});
	});
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'];

class SpecIndex {
	constructor(docsDir) {
		this.docsDir = docsDir;
		this.files = new Map(); // absolute file -> parsed JSON
		this.routes = []; // { method, template, regex, params, op, file, app }
		for (const { app, template, method, op, file } of docsDir
			? this.operationsFromSpecs(docsDir)
			: operationsFromFacts()) {
			const params = [];
			const source = template
				.split(/(\{[^}]+\})/)
				.map((part) => {
					const m = /^\{([^}]+)\}$/.exec(part);
					if (m) {
						params.push(m[1]);
						return '([^/]+)';
					}
					return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
				})
				.join('');
			const literal = template.replace(/\{[^}]+\}/g, '').length;
			this.routes.push({
				method: method.toUpperCase(),
				template,
				regex: new RegExp(`^${source}$`),
				params,
				op,
				file,
				app,
				literal,
			});
		}
		// Prefer routes with more literal characters (e.g. /contacts/search over /contacts/{contactId}).
		this.routes.sort((a, b) => b.literal - a.literal || a.params.length - b.params.length);
	}

	operationsFromSpecs(docsDir) {
		const operations = [];
		const appsDir = path.join(docsDir, 'apps');
		for (const name of fs
			.readdirSync(appsDir)
			.filter((f) => f.endsWith('.json'))
			.sort()) {
			const file = path.join(appsDir, name);
			let spec;
			try {
				spec = this.load(file);
			} catch {
				continue;
			}
			for (const [template, item] of Object.entries(spec.paths || {})) {
				for (const method of METHODS) {
					const op = item[method];
					if (op && typeof op === 'object')
						operations.push({ app: name.replace(/\.json$/, ''), template, method, op, file });
				}
			}
		}
		return operations;
	}

	load(file) {
		if (!this.files.has(file)) this.files.set(file, JSON.parse(fs.readFileSync(file, 'utf8')));
		return this.files.get(file);
	}

	/** Finds the operation for a method + path; tolerates a missing or extra trailing slash. */
	match(method, pathname) {
		const tries = [pathname];
		if (pathname.endsWith('/') && pathname.length > 1) tries.push(pathname.slice(0, -1));
		else tries.push(`${pathname}/`);
		let pathOnly;
		for (const p of tries) {
			for (const r of this.routes) {
				const m = r.regex.exec(p);
				if (!m) continue;
				if (r.method !== method) {
					pathOnly = pathOnly || r;
					continue;
				}
				const params = {};
				r.params.forEach((n, i) => (params[n] = decodeURIComponent(m[i + 1])));
				return { route: r, params };
			}
		}
		return pathOnly ? { methodNotAllowed: true } : undefined;
	}

	/** Versions the operation accepts in its `Version` header, or undefined when it declares none. */
	versions(route) {
		const p = (route.op.parameters || [])
			.map((x) => this.deref(x, route.file).value)
			.find((x) => x && x.in === 'header' && String(x.name).toLowerCase() === 'version');
		if (!p) return undefined;
		const schema = this.deref(p.schema || {}, route.file).value;
		return (
			schema.enum ||
			(schema.default ? [schema.default] : schema.example ? [schema.example] : undefined)
		);
	}

	deref(node, file) {
		let guard = 0;
		while (node && typeof node === 'object' && typeof node.$ref === 'string' && guard++ < 20) {
			const [rel, pointer = ''] = node.$ref.split('#');
			const target = rel ? path.resolve(path.dirname(file), rel) : file;
			let cur = this.load(target);
			for (const seg of pointer.split('/').filter(Boolean))
				cur = cur && cur[seg.replace(/~1/g, '/').replace(/~0/g, '~')];
			node = cur;
			file = target;
		}
		return { value: node || {}, file };
	}

	/** Top-level required body properties of the operation (for 422s like HighLevel's validation). */
	requiredBodyFields(route) {
		const rb = route.op.requestBody && this.deref(route.op.requestBody, route.file);
		if (!rb) return [];
		const media = rb.value.content && rb.value.content['application/json'];
		if (!media || !media.schema) return [];
		const schema = this.deref(media.schema, rb.file).value;
		return Array.isArray(schema.required) ? schema.required : [];
	}

	/** A success response built from the spec: its example, else one synthesised from the schema. */
	exampleResponse(route) {
		const codes = Object.keys(route.op.responses || {});
		const code = codes.find((c) => /^2\d\d$/.test(c)) || '200';
		const resp =
			route.op.responses &&
			route.op.responses[code] &&
			this.deref(route.op.responses[code], route.file);
		const media = resp && resp.value.content && resp.value.content['application/json'];
		if (!media) return { status: Number(code), body: {} };
		if (media.example !== undefined) return { status: Number(code), body: media.example };
		if (media.examples) {
			const first = Object.values(media.examples)[0];
			if (first && first.value !== undefined) return { status: Number(code), body: first.value };
		}
		return {
			status: Number(code),
			body: media.schema ? this.sample(media.schema, resp.file, 0, new Set()) : {},
		};
	}

	sample(schemaNode, file, depth, seen) {
		const ref = schemaNode && schemaNode.$ref;
		if (ref && seen.has(ref)) return {};
		const { value: s, file: f } = this.deref(schemaNode, file);
		const nextSeen = ref ? new Set([...seen, ref]) : seen;
		if (depth > 8) return null;
		if (s.example !== undefined) return s.example;
		if (s.default !== undefined) return s.default;
		if (s.enum && s.enum.length) return s.enum[0];
		const variants = s.allOf || s.oneOf || s.anyOf;
		if (variants && variants.length) {
			if (s.allOf)
				return Object.assign({}, ...s.allOf.map((v) => this.sample(v, f, depth + 1, nextSeen)));
			return this.sample(variants[0], f, depth + 1, nextSeen);
		}
		const type = s.type || (s.properties ? 'object' : s.items ? 'array' : undefined);
		switch (type) {
			case 'object': {
				const out = {};
				for (const [k, v] of Object.entries(s.properties || {}))
					out[k] = this.sample(v, f, depth + 1, nextSeen);
				return out;
			}
			case 'array':
				return s.items ? [this.sample(s.items, f, depth + 1, nextSeen)] : [];
			case 'string':
				return s.format === 'date-time' ? new Date(0).toISOString() : 'string';
			case 'number':
			case 'integer':
				return 0;
			case 'boolean':
				return true;
			default:
				return {};
		}
	}
}

module.exports = { SpecIndex, resolveApiDocsDir };
