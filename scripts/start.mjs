#!/usr/bin/env node
// `npm start`: build + pack this package, provision Node 24 + n8n (first run only, into .n8n-sandbox/),
// install the tarball as a community package, start the HighLevel sandbox and n8n on 127.0.0.1, import a
// sandbox credential and the example workflows, and print the editor URL and owner login. Ctrl-C stops all.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createServer } from 'node:net';
import { paths, provision, SANDBOX_HOME } from './lib/provision.mjs';
import {
	buildAndPack,
	installTarball,
	n8nCli,
	n8nEnv,
	ownerSession,
	prepareImports,
	publishWorkflow,
	startN8n,
	startSandbox,
	webhookUrl,
} from './lib/stack.mjs';
import { fmtMs, freePort, step } from './lib/util.mjs';

const N8N_PORT = Number(process.env.N8N_PORT || 5678);
const SANDBOX_PORT = Number(process.env.GHL_SANDBOX_PORT || 4010);
const USER_FOLDER = join(SANDBOX_HOME, 'user');

function portFree(port) {
	return new Promise((resolve) => {
		const srv = createServer();
		srv.once('error', () => resolve(false));
		srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
	});
}

const started = [];
let stopping = false;
async function stopAll(code = 0) {
	if (stopping) return;
	stopping = true;
	console.log('\nStopping ...');
	for (const p of started.reverse()) await p.stop().catch(() => {});
	console.log('Stopped n8n and the HighLevel sandbox.');
	process.exit(code);
}
process.on('SIGINT', () => void stopAll(0));
process.on('SIGTERM', () => void stopAll(0));

async function main() {
	const t0 = Date.now();
	console.log(
		`n8n-nodes-gohighlevel: starting n8n with this package and a local HighLevel sandbox (state in ${SANDBOX_HOME})`,
	);
	if (!(await portFree(N8N_PORT)))
		throw new Error(
			`Port ${N8N_PORT} on 127.0.0.1 is in use: stop what runs there, or set N8N_PORT.`,
		);

	const tgz = await step('Building and packing the package (npm run build, npm pack)', () =>
		buildAndPack(join(SANDBOX_HOME, 'pack')),
	);
	await provision();
	await step(
		'Installing the package into n8n (npm install <tgz> in <user folder>/.n8n/nodes)',
		() => installTarball(USER_FOLDER, tgz),
	);

	const sandboxPort = (await portFree(SANDBOX_PORT)) ? SANDBOX_PORT : await freePort();
	const base = `http://127.0.0.1:${N8N_PORT}`;
	const imports0 = prepareImports({
		outDir: join(SANDBOX_HOME, 'import'),
		sandboxUrl: `http://127.0.0.1:${sandboxPort}`,
		publicKeyPem: '',
	});
	const triggerUrls = imports0.workflows
		.filter((w) => w.webhookId)
		.map((w) => webhookUrl(base, w.webhookId));
	const sandbox = await step(`Starting the HighLevel sandbox on 127.0.0.1:${sandboxPort}`, () =>
		startSandbox({
			port: sandboxPort,
			keysFile: join(SANDBOX_HOME, 'sandbox-keys.json'),
			logFile: join(SANDBOX_HOME, 'sandbox.log'),
			webhookUrls: triggerUrls,
			webhookEvents: imports0.events,
			rateLimit: {
				max: Number(process.env.GHL_SANDBOX_RATE_MAX || 100),
				intervalMs: Number(process.env.GHL_SANDBOX_RATE_INTERVAL_MS || 10000),
				daily: Number(process.env.GHL_SANDBOX_RATE_DAILY || 200000),
			},
		}),
	);
	started.push(sandbox.proc);
	const publicKeyPem = await sandbox.control('GET', '/public-key');

	const env = n8nEnv({ userFolder: USER_FOLDER, port: N8N_PORT, brokerPort: await freePort() });
	const imports = prepareImports({
		outDir: join(SANDBOX_HOME, 'import'),
		sandboxUrl: sandbox.url,
		publicKeyPem,
	});
	await step('Importing the sandbox credential and the example workflows', async () => {
		await n8nCli(env, ['import:credentials', `--input=${imports.credFile}`]);
		await n8nCli(env, ['import:workflow', '--separate', `--input=${imports.workflowsDir}`]);
	});

	const n8n = await step(
		`Starting n8n ${JSON.parse(readFileSync(join(paths().n8nDir, 'node_modules', 'n8n', 'package.json'), 'utf8')).version} on ${base}`,
		() => startN8n(env, join(SANDBOX_HOME, 'n8n.log')),
	);
	started.push(n8n.proc);

	const ownerFile = join(SANDBOX_HOME, 'owner.json');
	const owner = existsSync(ownerFile)
		? JSON.parse(readFileSync(ownerFile, 'utf8'))
		: {
				email: 'owner@example.com',
				firstName: 'Sandbox',
				lastName: 'Owner',
				password: 'Sandbox-Passw0rd',
			};
	const session = await step(
		'Signing in the instance owner and publishing the trigger workflows',
		async () => {
			const s = await ownerSession(base, owner);
			writeFileSync(ownerFile, JSON.stringify(owner, null, 2), { mode: 0o600 });
			for (const w of imports.workflows.filter((x) => x.publish))
				await publishWorkflow(base, s.cookie, w.id);
			return s;
		},
	);

	const ctl = `${sandbox.url}/__sandbox`;
	console.log(`
Ready in ${fmtMs(Date.now() - t0)}.

  n8n editor      ${base}/
  owner login     ${owner.email} / ${owner.password}${session.created ? '   (created now)' : ''}
  HighLevel API   ${sandbox.url}   (sandbox; credential "${'HighLevel sandbox (Private Integration Token)'}" points here)
  sandbox control ${ctl}   (requests log: ${ctl}/requests, webhook deliveries: ${ctl}/deliveries)

Example workflows (open them in the editor):
${imports.workflows.map((w) => `  - ${w.name}${w.publish ? '   [published]' : ''}\n      ${base}/workflow/${w.id}`).join('\n')}

Fire signed HighLevel events at the published triggers:
  curl -X POST ${ctl}/appointments -H 'content-type: application/json' -d '{"contactId":"<a contact id>","title":"Intro call"}'
  curl -X POST ${ctl}/campaigns/camp1/status -H 'content-type: application/json' -d '{"contactId":"<a contact id>","status":"completed"}'
(Create a contact first, e.g. by running "contact lifecycle" without its last node, or:
  curl -X POST ${sandbox.url}/contacts/ -H 'Authorization: Bearer sandbox-pit-token' -H 'Version: 2021-07-28' \\
       -H 'content-type: application/json' -d '{"locationId":"sandboxLocation0001","firstName":"Grace"}')

Logs: ${join(SANDBOX_HOME, 'n8n.log')}, ${join(SANDBOX_HOME, 'sandbox.log')}
Press Ctrl-C to stop n8n and the sandbox.`);

	const exited = await Promise.race([
		n8n.proc.exitPromise.then(() => 'n8n'),
		sandbox.proc.exitPromise.then(() => 'sandbox'),
	]);
	if (!stopping) {
		console.error(`${exited} exited unexpectedly; see its log in ${SANDBOX_HOME}.`);
		await stopAll(1);
	}
}

main().catch(async (e) => {
	console.error(`\n${e.message || e}`);
	await stopAll(1);
});
