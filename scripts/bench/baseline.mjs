#!/usr/bin/env node
/**
 * Fetches the benchmark baseline: n8n's built-in HighLevel node and its OAuth2 credential, from the
 * `n8n-nodes-base` release that `n8n` pins at the same version as our `n8n-core` devDependency.
 *
 * Bench only. Nothing here ships: the files land in the git-ignored `bench/.baseline/`, inside the
 * repository so that their `require('n8n-workflow')` and `require('luxon')` resolve from our
 * node_modules. Only the npm registry is contacted (`npm view`, `npm pack`).
 *
 * Usage: node scripts/bench/baseline.mjs [--force]
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const target = join(root, 'bench', '.baseline');
const marker = join(target, 'baseline.json');
const require = createRequire(join(root, 'package.json'));

const WANTED = [
	'package/dist/nodes/HighLevel',
	'package/dist/credentials/HighLevelOAuth2Api.credentials.js',
];
export const NODE_FILE = join(target, 'package/dist/nodes/HighLevel/HighLevel.node.js');
export const CREDENTIAL_FILE = join(
	target,
	'package/dist/credentials/HighLevelOAuth2Api.credentials.js',
);

function npm(args) {
	return execFileSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', args, {
		cwd: root,
		encoding: 'utf8',
		stdio: ['ignore', 'pipe', 'inherit'],
		maxBuffer: 64 * 1024 * 1024,
	}).trim();
}

/** Loads both files, as the bench will, and fails if either does not resolve. */
function check() {
	const node = require(NODE_FILE);
	const credential = require(CREDENTIAL_FILE);
	if (typeof node.HighLevel !== 'function') throw new Error(`${NODE_FILE} exports no HighLevel`);
	if (typeof credential.HighLevelOAuth2Api !== 'function') {
		throw new Error(`${CREDENTIAL_FILE} exports no HighLevelOAuth2Api`);
	}
	new node.HighLevel();
	new credential.HighLevelOAuth2Api();
}

const coreVersion = require('n8n-core/package.json').version;
const force = process.argv.includes('--force');

if (!force && existsSync(marker)) {
	const recorded = JSON.parse(readFileSync(marker, 'utf8'));
	if (recorded.n8nCore === coreVersion && existsSync(NODE_FILE) && existsSync(CREDENTIAL_FILE)) {
		check();
		process.exit(0);
	}
}

const nodesBaseVersion = npm(['view', `n8n@${coreVersion}`, 'dependencies.n8n-nodes-base']);
if (!/^\d+\.\d+\.\d+/.test(nodesBaseVersion)) {
	throw new Error(
		`n8n@${coreVersion} names no exact n8n-nodes-base version: "${nodesBaseVersion}"`,
	);
}
console.log(`baseline: n8n-nodes-base@${nodesBaseVersion} (the one n8n@${coreVersion} depends on)`);

rmSync(target, { recursive: true, force: true });
mkdirSync(target, { recursive: true });
// npm prints the tarball's name last; its --json listing of every file is too large to read back.
const filename = npm([
	'pack',
	`n8n-nodes-base@${nodesBaseVersion}`,
	'--loglevel=warn',
	'--pack-destination',
	target,
])
	.split('\n')
	.pop();
const tarball = join(target, filename);
execFileSync('tar', ['-xzf', tarball, '-C', target, ...WANTED], { stdio: 'inherit' });
rmSync(tarball);

check();
writeFileSync(
	marker,
	JSON.stringify(
		{ n8nCore: coreVersion, n8nNodesBase: nodesBaseVersion, tarball: filename },
		null,
		'\t',
	) + '\n',
);
console.log(`baseline: extracted the HighLevel node and credential into ${target}`);
