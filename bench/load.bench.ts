import { execFile } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

import { table, writeResults } from './lib/results';

/**
 * Load time and size of every node and credential of this package, as n8n loads them: n8n-core's
 * PackageDirectoryLoader on the package root, from `dist/` (run `npm run build` first). Each figure
 * comes from a fresh Node process (`scripts/bench/load-child.cjs`), so a node pays for every module
 * it imports; n8n-core itself is loaded before the clock starts. The median of BENCH_LOAD_RUNS
 * (default 3) processes is kept.
 *
 * Goal (issue #9): all nodes together < 300 ms and < 3 MB.
 */

const ROOT = join(__dirname, '..');
const RUNS = Math.max(1, Number(process.env.BENCH_LOAD_RUNS ?? 3));
const GOAL_MS = 300;
const GOAL_BYTES = 3 * 1024 * 1024;

interface Described {
	name: string;
	version?: number | number[];
	bytes: number;
	topLevelProperties: number;
	totalProperties: number;
}

interface ChildResult {
	kind: string;
	file?: string;
	ms: number;
	lazy: boolean;
	nodes: Described[];
	credentials: Described[];
}

const run = promisify(execFile);

async function measure(kind: string, file?: string): Promise<ChildResult> {
	const results: ChildResult[] = [];
	for (let i = 0; i < RUNS; i++) {
		const { stdout } = await run(
			process.execPath,
			[join(ROOT, 'scripts/bench/load-child.cjs'), ROOT, kind, ...(file ? [file] : [])],
			{ cwd: ROOT },
		);
		results.push(JSON.parse(stdout.trim().split('\n').pop()!) as ChildResult);
	}
	results.sort((a, b) => a.ms - b.ms);
	return results[Math.floor(results.length / 2)];
}

function newestMtime(dir: string): number {
	let newest = 0;
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const path = join(dir, entry.name);
		newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
	}
	return newest;
}

test('load time and description size of every node and credential', async () => {
	const pkg = require('../package.json') as { n8n: { nodes: string[]; credentials: string[] } };
	const files = [...pkg.n8n.nodes, ...pkg.n8n.credentials];
	const missing = files.filter((file) => !existsSync(join(ROOT, file)));
	if (missing.length) {
		throw new Error(`Build first (npm run build): missing ${missing.join(', ')}`);
	}
	const built = Math.min(...files.map((file) => statSync(join(ROOT, file)).mtimeMs));
	const stale = ['nodes', 'credentials'].some((dir) => newestMtime(join(ROOT, dir)) > built);
	if (stale)
		console.warn('dist/ is older than the sources: run `npm run build` for current figures');

	const rows: Array<Array<string | number>> = [
		['file', 'load ms', 'description bytes', 'top-level props', 'total props'],
	];
	const figures: Array<Record<string, unknown>> = [];
	for (const [kind, list] of [
		['node', pkg.n8n.nodes],
		['credential', pkg.n8n.credentials],
	] as const) {
		for (const file of list) {
			const result = await measure(kind, file);
			const described = kind === 'node' ? result.nodes : result.credentials;
			for (const d of described) {
				rows.push([
					`${d.name} (${kind})`,
					result.ms.toFixed(1),
					d.bytes,
					d.topLevelProperties,
					d.totalProperties,
				]);
			}
			figures.push({ kind, file, ms: result.ms, descriptions: described });
		}
	}

	const all = await measure('all');
	const lazy = await measure('lazy');
	const nodeBytes = all.nodes.reduce((sum, d) => sum + d.bytes, 0);
	const credentialBytes = all.credentials.reduce((sum, d) => sum + d.bytes, 0);
	const sumNodeMs = figures.filter((f) => f.kind === 'node').reduce((s, f) => s + Number(f.ms), 0);
	rows.push([
		'all nodes (sum of fresh loads)',
		sumNodeMs.toFixed(1),
		nodeBytes,
		all.nodes.reduce((s, d) => s + d.topLevelProperties, 0),
		all.nodes.reduce((s, d) => s + d.totalProperties, 0),
	]);
	rows.push([
		'package, PackageDirectoryLoader.loadAll()',
		all.ms.toFixed(1),
		nodeBytes + credentialBytes,
		'',
		'',
	]);
	rows.push([
		`package, LazyPackageDirectoryLoader.loadAll()${lazy.lazy ? '' : ' (no dist/known: full load)'}`,
		lazy.ms.toFixed(1),
		nodeBytes + credentialBytes,
		'',
		'',
	]);

	const goal = {
		ms: all.ms,
		bytes: nodeBytes,
		met: all.ms < GOAL_MS && nodeBytes < GOAL_BYTES,
	};
	const file = writeResults('load', {
		runsPerFigure: RUNS,
		staleBuild: stale,
		files: figures,
		package: {
			loadAllMs: all.ms,
			lazyLoadAllMs: lazy.ms,
			lazyLoaded: lazy.lazy,
			nodeBytes,
			credentialBytes,
		},
		goal: { maxMs: GOAL_MS, maxBytes: GOAL_BYTES, ...goal },
	});
	console.log(
		[
			`Load time (fresh process, median of ${RUNS}) and description size, as n8n-core's loader loads them from dist/`,
			table(rows),
			`goal: all nodes together < ${GOAL_MS} ms and < 3 MB: ${all.ms.toFixed(0)} ms, ${(nodeBytes / 1024).toFixed(0)} KiB: ${goal.met ? 'met' : 'NOT met'}`,
			`results: ${file}`,
		].join('\n'),
	);
});
