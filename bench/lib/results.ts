import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

/** Where every benchmark writes its figures (git-ignored). */
export const RESULTS_DIR = join(__dirname, '..', 'results');

/** The machine and versions a figure was measured with. */
export function environment() {
	const cores = cpus();
	return {
		date: new Date().toISOString(),
		machine: {
			cpuModel: cores[0]?.model ?? 'unknown',
			cpuCount: cores.length,
			platform: `${platform()} ${release()}`,
			memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
		},
		node: process.version,
		n8nCore: (require('n8n-core/package.json') as { version: string }).version,
		n8nWorkflow: (require('n8n-workflow/package.json') as { version: string }).version,
	};
}

/** Writes `bench/results/<name>.json` with the environment and the given figures; returns its path. */
export function writeResults(name: string, figures: Record<string, unknown>): string {
	mkdirSync(RESULTS_DIR, { recursive: true });
	const file = join(RESULTS_DIR, `${name}.json`);
	writeFileSync(file, JSON.stringify({ ...environment(), ...figures }, null, '\t') + '\n');
	return file;
}

/** A plain-text table: first row is the header; numbers are right-aligned. */
export function table(rows: Array<Array<string | number>>): string {
	const cells = rows.map((row) => row.map(String));
	const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
	const line = (row: string[]) =>
		row
			.map((cell, c) =>
				typeof rows[0][c] === 'string' && c === 0
					? cell.padEnd(widths[c])
					: cell.padStart(widths[c]),
			)
			.join('  ');
	return [
		line(cells[0]),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map(line),
	].join('\n');
}
