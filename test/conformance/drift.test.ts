import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { SPEC_SKIP_NOTICE, specRoot } from '../helpers/spec';
import { AREAS, FACTS, FACTS_DIR } from './specFacts';

/**
 * The checked-in spec facts are what `npm run spec:sync` makes of HighLevel's files (checked when
 * the files are present), and always: they parse, and the validation documents the tests use hold
 * every operation the facts hold.
 */

const repo = resolve(__dirname, '../..');
const DOCS_DIR = join(repo, 'test/spec');
const root = specRoot();

(root ? test : test.skip)('the facts are what spec:sync makes of the official files', () => {
	const run = spawnSync(process.execPath, [join(repo, 'scripts/spec/sync.mjs'), '--check'], {
		cwd: repo,
		env: { ...process.env, HIGHLEVEL_API_DOCS: root },
		encoding: 'utf8',
	});
	if (run.status !== 0) console.log(`${run.stdout}${run.stderr}`);
	expect(run.status).toBe(0);
});
if (!root) console.log(SPEC_SKIP_NOTICE);

test('every facts file parses and is listed in areas.json', () => {
	const files = readdirSync(FACTS_DIR)
		.filter((name) => name.endsWith('.json') && name !== 'areas.json')
		.map((name) => name.replace(/\.json$/, ''))
		.sort();
	expect(files).toEqual([...AREAS].sort());
	for (const area of files) {
		expect(Object.keys(FACTS[area]).length).toBeGreaterThan(0);
		for (const [endpoint, facts] of Object.entries(FACTS[area])) {
			expect(endpoint).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \//);
			expect(Array.isArray(facts.parameters) && Array.isArray(facts.scopes)).toBe(true);
		}
	}
});

test('every validation document holds an operation for each facts key of its area', () => {
	const missing: string[] = [];
	for (const area of AREAS) {
		const doc = JSON.parse(readFileSync(join(DOCS_DIR, `${area}.json`), 'utf8')) as {
			paths: Record<string, Record<string, unknown>>;
		};
		for (const endpoint of Object.keys(FACTS[area])) {
			const [method, path] = endpoint.split(' ');
			if (!doc.paths[path]?.[method.toLowerCase()]) missing.push(`${area}: ${endpoint}`);
		}
	}
	expect(missing).toEqual([]);
});
