// Building blocks shared by `npm start` (scripts/start.mjs) and `npm run test:e2e` (scripts/e2e/run.mjs):
// pack the repo, install the tarball into n8n's community-nodes folder, run the HighLevel sandbox and n8n,
// create the owner, import the credential and workflows, publish trigger workflows.
import { spawn } from 'node:child_process';
import {
	createWriteStream,
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	rmSync,
	writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import { node24Env, paths, REPO_ROOT } from './provision.mjs';
import { freePort, run, waitFor } from './util.mjs';

export const PACKAGE_NAME = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')).name;
export const WORKFLOWS_DIR = join(REPO_ROOT, 'e2e', 'workflows');
export const CREDENTIAL_ID = 'ghlSandboxCred001';
export const CREDENTIAL_NAME = 'HighLevel sandbox (Private Integration Token)';
export const SANDBOX_TOKEN = 'sandbox-pit-token';
export const SANDBOX_LOCATION = 'sandboxLocation0001';

/** `npm run build`, then `npm pack` (scripts skipped: the build just ran) into outDir. Returns the .tgz path. */
export async function buildAndPack(outDir) {
	await run('npm', ['run', 'build'], { cwd: REPO_ROOT });
	mkdirSync(outDir, { recursive: true });
	for (const f of readdirSync(outDir)) if (f.endsWith('.tgz')) rmSync(join(outDir, f));
	const out = await run(
		'npm',
		['pack', '--ignore-scripts', '--json', '--pack-destination', outDir],
		{ cwd: REPO_ROOT },
	);
	const info = JSON.parse(out.slice(out.indexOf('[')));
	return join(outDir, info[0].filename);
}

/** Installs the tarball the way a user's n8n does: `npm install <tgz>` inside <user folder>/.n8n/nodes. */
export async function installTarball(userFolder, tgz) {
	const nodesDir = join(userFolder, '.n8n', 'nodes');
	mkdirSync(nodesDir, { recursive: true });
	const pkgFile = join(nodesDir, 'package.json');
	if (!existsSync(pkgFile))
		writeFileSync(
			pkgFile,
			JSON.stringify({ name: 'installed-nodes', private: true, dependencies: {} }, null, 2),
		);
	// n8n's own installer also skips scripts and drops peer dependencies (n8n provides n8n-workflow).
	await run(
		'npm',
		[
			'install',
			resolve(tgz),
			'--ignore-scripts',
			'--legacy-peer-deps',
			'--no-audit',
			'--no-fund',
			'--bin-links=false',
			'--install-strategy=shallow',
		],
		{ cwd: nodesDir, env: node24Env() },
	);
	return join(nodesDir, 'node_modules', PACKAGE_NAME);
}

/** Environment for n8n: SQLite, loopback only, telemetry and outbound extras off. */
export function n8nEnv({
	userFolder,
	port,
	brokerPort,
	encryptionKey = 'n8n-nodes-gohighlevel-sandbox-key',
}) {
	const env = node24Env();
	for (const k of Object.keys(env))
		if (k.startsWith('N8N_') || k === 'DB_TYPE' || k === 'WEBHOOK_URL') delete env[k];
	return {
		...env,
		N8N_USER_FOLDER: userFolder,
		DB_TYPE: 'sqlite',
		N8N_PORT: String(port),
		N8N_LISTEN_ADDRESS: '127.0.0.1',
		N8N_HOST: '127.0.0.1',
		N8N_PROTOCOL: 'http',
		WEBHOOK_URL: `http://127.0.0.1:${port}/`,
		N8N_EDITOR_BASE_URL: `http://127.0.0.1:${port}/`,
		N8N_ENCRYPTION_KEY: encryptionKey,
		N8N_DIAGNOSTICS_ENABLED: 'false',
		N8N_DIAGNOSTICS_CONFIG_FRONTEND: '',
		N8N_DIAGNOSTICS_CONFIG_BACKEND: '',
		N8N_VERSION_NOTIFICATIONS_ENABLED: 'false',
		N8N_TEMPLATES_ENABLED: 'false',
		N8N_PERSONALIZATION_ENABLED: 'false',
		N8N_HIRING_BANNER_ENABLED: 'false',
		N8N_LICENSE_AUTO_RENEW_ENABLED: 'false',
		N8N_SECURE_COOKIE: 'false',
		N8N_ENFORCE_SETTINGS_FILE_PERMISSIONS: 'true',
		N8N_COMMUNITY_PACKAGES_ENABLED: 'true',
		N8N_REINSTALL_MISSING_PACKAGES: 'false',
		N8N_RUNNERS_BROKER_PORT: String(brokerPort),
		N8N_RUNNERS_BROKER_LISTEN_ADDRESS: '127.0.0.1',
		N8N_LOG_LEVEL: process.env.N8N_LOG_LEVEL || 'info',
		N8N_LOG_OUTPUT: 'console',
		N8N_NO_COLOR: '1',
		NO_COLOR: '1',
	};
}

/**
 * Runs an n8n CLI command (import:*, execute, publish:workflow) on Node 24 with its own runner broker port.
 * @param {NodeJS.ProcessEnv} env
 * @param {string[]} args
 * @param {{ cwd?: string, quiet?: boolean, timeoutMs?: number }} [opts]
 */
export async function n8nCli(env, args, opts = {}) {
	const p = paths();
	const brokerPort = await freePort();
	return run(p.nodeBin, [p.n8nBin, ...args], {
		env: { ...env, N8N_RUNNERS_BROKER_PORT: String(brokerPort) },
		...opts,
	});
}

/**
 * Starts a long-running process in its own process group, output appended to logFile.
 * stop() signals that group by the child's PID (never by name) and waits for it to exit.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ env: NodeJS.ProcessEnv, cwd?: string, logFile?: string }} options
 */
export function startProcess(cmd, args, { env, cwd, logFile }) {
	const out = logFile ? createWriteStream(logFile, { flags: 'a' }) : undefined;
	const child = spawn(cmd, args, { env, cwd, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let buffer = '';
	const listeners = new Set();
	const onData = (d) => {
		const s = d.toString();
		buffer += s;
		if (buffer.length > 4_000_000) buffer = buffer.slice(-2_000_000);
		if (out) out.write(s);
		for (const l of listeners) l(s);
	};
	child.stdout.on('data', onData);
	child.stderr.on('data', onData);
	let exited = false;
	const exitPromise = new Promise((r) =>
		child.on('exit', (code, signal) => ((exited = true), r({ code, signal }))),
	);
	return {
		child,
		pid: child.pid,
		get output() {
			return buffer;
		},
		get exited() {
			return exited;
		},
		exitPromise,
		onOutput(fn) {
			listeners.add(fn);
			return () => listeners.delete(fn);
		},
		async stop(timeoutMs = 10000) {
			if (exited) return;
			try {
				process.kill(-child.pid, 'SIGTERM');
			} catch {
				/* already gone */
			}
			const done = await Promise.race([
				exitPromise.then(() => true),
				new Promise((r) => setTimeout(() => r(false), timeoutMs)),
			]);
			if (!done) {
				try {
					process.kill(-child.pid, 'SIGKILL');
				} catch {
					/* already gone */
				}
				await exitPromise;
			}
			// the group may still hold children (task runners) after the leader exited
			try {
				process.kill(-child.pid, 'SIGKILL');
			} catch {
				/* none left */
			}
			if (out) out.end();
		},
	};
}

/**
 * Starts sandbox/cli.js and resolves once it printed its ready line.
 * @param {{ port?: number, keysFile?: string, logFile?: string, rateLimit?: { max?: number, intervalMs?: number, daily?: number, window?: 'fixed' | 'sliding' }, webhookUrls?: string[], webhookEvents?: string[], logLimit?: number }} options
 */
export async function startSandbox({
	port = 0,
	keysFile,
	logFile,
	rateLimit = {},
	webhookUrls = [],
	webhookEvents,
	logLimit,
}) {
	const args = [
		join(REPO_ROOT, 'sandbox', 'cli.js'),
		'--port',
		String(port),
		'--token',
		SANDBOX_TOKEN,
		'--location-id',
		SANDBOX_LOCATION,
	];
	if (keysFile) args.push('--keys-file', keysFile);
	if (rateLimit.max) args.push('--rate-max', String(rateLimit.max));
	if (rateLimit.intervalMs) args.push('--rate-interval-ms', String(rateLimit.intervalMs));
	if (rateLimit.daily) args.push('--rate-daily', String(rateLimit.daily));
	if (rateLimit.window) args.push('--rate-window', rateLimit.window);
	if (logLimit) args.push('--log-limit', String(logLimit));
	for (const u of webhookUrls) args.push('--webhook-url', u);
	if (webhookEvents && webhookEvents.length) args.push('--webhook-events', webhookEvents.join(','));
	const proc = startProcess(process.execPath, args, { env: process.env, cwd: REPO_ROOT, logFile });
	const ready = await waitFor(
		() => {
			if (proc.exited) throw new Error(`sandbox exited: ${proc.output.slice(-2000)}`);
			const line = proc.output.split('\n').find((l) => l.startsWith('{"event":"ready"'));
			return line && JSON.parse(line);
		},
		{ timeoutMs: 20000, intervalMs: 50, what: 'the HighLevel sandbox' },
	);
	const control = async (method, path, body) => {
		const res = await fetch(`${ready.url}/__sandbox${path}`, {
			method,
			headers: { 'content-type': 'application/json' },
			body: body === undefined ? undefined : JSON.stringify(body),
		});
		const text = await res.text();
		if (!res.ok) throw new Error(`sandbox ${method} ${path}: ${res.status} ${text}`);
		return res.headers.get('content-type')?.includes('json') ? JSON.parse(text) : text;
	};
	return { proc, ...ready, control };
}

/** Starts `n8n start` and waits for /healthz and the editor. */
export async function startN8n(env, logFile) {
	const p = paths();
	const proc = startProcess(p.nodeBin, [p.n8nBin, 'start'], { env, logFile });
	const base = `http://127.0.0.1:${env.N8N_PORT}`;
	await waitFor(
		async () => {
			if (proc.exited) throw new Error(`n8n exited: ${proc.output.slice(-3000)}`);
			const res = await fetch(`${base}/healthz/readiness`).catch(() => undefined);
			return res && res.ok;
		},
		{ timeoutMs: 120000, intervalMs: 300, what: `n8n on ${base}` },
	);
	return { proc, base };
}

/** Creates the instance owner (first run) or logs in; returns the session cookie header. */
export async function ownerSession(base, owner) {
	const setup = await fetch(`${base}/rest/owner/setup`, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(owner),
	});
	let res = setup;
	let created = true;
	if (!setup.ok) {
		created = false;
		res = await fetch(`${base}/rest/login`, {
			method: 'POST',
			headers: { 'content-type': 'application/json' },
			body: JSON.stringify({ emailOrLdapLoginId: owner.email, password: owner.password }),
		});
		if (!res.ok)
			throw new Error(
				`owner setup (${setup.status}: ${await setup.text()}) and login (${res.status}: ${await res.text()}) failed`,
			);
	}
	const cookie = (res.headers.getSetCookie?.() || [res.headers.get('set-cookie')])
		.filter(Boolean)
		.map((c) => c.split(';')[0])
		.join('; ');
	return { cookie, created };
}

export async function rest(base, cookie, method, path, body) {
	const res = await fetch(`${base}/rest${path}`, {
		method,
		headers: {
			cookie,
			'content-type': 'application/json',
			'browser-id': 'n8n-nodes-gohighlevel-scripts',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	const text = await res.text();
	if (!res.ok) throw new Error(`${method} /rest${path}: ${res.status} ${text.slice(0, 500)}`);
	const json = text ? JSON.parse(text) : {};
	return json.data !== undefined ? json.data : json;
}

/** Publishes (activates) a workflow through the REST API of the running n8n. */
export async function publishWorkflow(base, cookie, id) {
	const wf = await rest(base, cookie, 'GET', `/workflows/${id}`);
	if (wf.active && wf.activeVersionId === wf.versionId) return wf;
	return rest(base, cookie, 'POST', `/workflows/${id}/activate`, { versionId: wf.versionId });
}

/**
 * Writes the sandbox credential and the example workflows (placeholders filled in) into outDir for
 * `n8n import:*`. Placeholders: __SANDBOX_ED25519_PUBLIC_KEY__ in trigger nodes.
 * @param {{ outDir: string, sandboxUrl: string, publicKeyPem: string, workflowsDir?: string, only?: string[] }} options
 */
export function prepareImports({
	outDir,
	sandboxUrl,
	publicKeyPem,
	workflowsDir = WORKFLOWS_DIR,
	only,
}) {
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(join(outDir, 'workflows'), { recursive: true });
	const credFile = join(outDir, 'credentials.json');
	writeFileSync(
		credFile,
		JSON.stringify(
			[
				{
					id: CREDENTIAL_ID,
					name: CREDENTIAL_NAME,
					type: 'goHighLevelPrivateIntegrationApi',
					data: {
						token: SANDBOX_TOKEN,
						tokenType: 'subAccount',
						locationId: SANDBOX_LOCATION,
						baseUrl: sandboxUrl,
					},
				},
			],
			null,
			2,
		),
	);
	const workflows = [];
	for (const f of readdirSync(workflowsDir)
		.filter((x) => x.endsWith('.json'))
		.sort()) {
		const text = readFileSync(join(workflowsDir, f), 'utf8');
		const wf = JSON.parse(text);
		if (only && !only.includes(wf.id)) continue;
		for (const node of wf.nodes) {
			if (node.parameters && node.parameters.publicKey === '__SANDBOX_ED25519_PUBLIC_KEY__')
				node.parameters.publicKey = publicKeyPem;
		}
		writeFileSync(join(outDir, 'workflows', f), JSON.stringify(wf, null, 2));
		const trigger = wf.nodes.find((n) => n.type.endsWith('.goHighLevelTrigger'));
		workflows.push({
			file: f,
			id: wf.id,
			name: wf.name,
			webhookId: trigger && trigger.webhookId,
			events: (trigger && trigger.parameters.events) || [],
			publish: Boolean(wf.meta && wf.meta.publish),
		});
	}
	// the event types the example triggers listen to: what a Marketplace app would subscribe to
	const events = [...new Set(workflows.flatMap((w) => w.events))];
	return { credFile, workflowsDir: join(outDir, 'workflows'), workflows, events };
}

export function webhookUrl(base, webhookId) {
	return `${base}/webhook/${webhookId}/webhook`;
}
