#!/usr/bin/env node
// `npm run test:queue`: the package in a real n8n 2.41 stack in queue mode on this machine — Redis and
// PostgreSQL (Debian packages, local processes on loopback ports), the n8n main process with
// EXECUTIONS_MODE=queue, two `n8n worker` processes and the HighLevel sandbox with a scaled rate limit.
// Four executions of a 500-item "create contact" workflow start together and spread over both workers,
// against one location, while signed trigger deliveries (duplicates included) arrive at the main process.
// Prints the figures and the checks, writes bench/results/queue.json, exits non-zero on any failed check.
// Every process it starts is stopped by its PID at the end, also on failure.
import { randomUUID } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

import { provision, paths, N8N_VERSION, REPO_ROOT } from '../lib/provision.mjs';
import {
	buildAndPack,
	installTarball,
	n8nEnv,
	ownerSession,
	PACKAGE_NAME,
	rest,
	SANDBOX_LOCATION,
	SANDBOX_TOKEN,
	startN8n,
	startProcess,
	startSandbox,
} from '../lib/stack.mjs';
import { fmtMs, freePort, step, waitFor } from '../lib/util.mjs';
import { ensurePackages, startPostgres, startRedis } from './services.mjs';

const ITEMS = Number(process.env.QUEUE_ITEMS || 500);
const EXECUTIONS = Number(process.env.QUEUE_EXECUTIONS || 4);
const WORKERS = 2;
/** Jobs a worker runs at once: 2 × 2 workers = the 4 executions, so both workers take their share. */
const CONCURRENCY = Number(process.env.QUEUE_WORKER_CONCURRENCY || 2);
/** Distinct trigger deliveries; each is sent 3 times at once, then once more a few seconds later. */
const DELIVERIES = Number(process.env.QUEUE_DELIVERIES || 10);
const COPIES_AT_ONCE = 3;
/** HighLevel's 100 requests per 10 s, scaled to 1 s; counted over a sliding window. */
const RATE = {
	max: 100,
	intervalMs: 1000,
	daily: 200000,
	window: /** @type {const} */ ('sliding'),
};

const t0 = Date.now();
const WORK = join(REPO_ROOT, '.queue', `run-${process.pid}`);
const USER_FOLDER = join(WORK, 'user');
const PG_DIR = mkdtempSync(join(tmpdir(), 'ghl-queue-pg-'));
/** @type {Array<{ name: string, stop: (ms?: number) => Promise<void> }>} */
const started = [];
const checks = [];

function record(name, ok, detail) {
	checks.push({ name, ok, detail });
	console.log(`  ${ok ? '✔' : '✖'} ${name}${detail ? ` — ${detail}` : ''}`);
}

let finishing = false;
async function finish(failedSetup) {
	if (finishing) return;
	finishing = true;
	// newest first: workers and main before the sandbox, PostgreSQL and Redis
	for (const p of started.reverse()) {
		const t = Date.now();
		await p.stop(15000).catch(() => {});
		console.log(`  stopped ${p.name} (${fmtMs(Date.now() - t)})`);
	}
	if (!process.env.QUEUE_KEEP) rmSync(WORK, { recursive: true, force: true });
	rmSync(PG_DIR, { recursive: true, force: true });
	const failed = checks.filter((c) => !c.ok).length + (failedSetup ? 1 : 0);
	console.log(`\ntest:queue finished in ${fmtMs(Date.now() - t0)}`);
	console.log(`${checks.length - checks.filter((c) => !c.ok).length} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void finish(true));

function track(name, proc) {
	started.push({ name: `${name} (pid ${proc.pid})`, stop: (ms) => proc.stop(ms) });
	return proc;
}

/** The environment every n8n process of the stack shares: PostgreSQL, Redis, queue mode, one key. */
function queueEnv({ port, brokerPort, pgPort, redisPort }) {
	return {
		...n8nEnv({
			userFolder: USER_FOLDER,
			port,
			brokerPort,
			encryptionKey: 'queue-mode-encryption-key-0001',
		}),
		DB_TYPE: 'postgresdb',
		DB_POSTGRESDB_HOST: '127.0.0.1',
		DB_POSTGRESDB_PORT: String(pgPort),
		DB_POSTGRESDB_DATABASE: 'n8n',
		DB_POSTGRESDB_USER: 'n8n',
		DB_POSTGRESDB_PASSWORD: 'n8n',
		EXECUTIONS_MODE: 'queue',
		QUEUE_BULL_REDIS_HOST: '127.0.0.1',
		QUEUE_BULL_REDIS_PORT: String(redisPort),
	};
}

async function startWorker(k, env, healthPort) {
	const p = paths();
	const workerEnv = {
		...env,
		QUEUE_HEALTH_CHECK_ACTIVE: 'true',
		QUEUE_HEALTH_CHECK_PORT: String(healthPort),
		N8N_WORKER_SERVER_ADDRESS: '127.0.0.1',
		N8N_EVENTBUS_LOGWRITER_LOGFULLPATH: join(USER_FOLDER, '.n8n', `n8nEventLog-worker${k}.log`),
	};
	const n8nArgs = [p.n8nBin, 'worker', `--concurrency=${CONCURRENCY}`];
	// n8n names a worker after the host name, and in a container both workers would share it; as root,
	// give each its own UTS namespace and host name (unshare and sh exec, so the PID stays n8n's).
	const [cmd, args] =
		process.getuid?.() === 0
			? [
					'unshare',
					[
						'--uts',
						'sh',
						'-c',
						`hostname queue-worker-${k} && exec "$0" "$@"`,
						p.nodeBin,
						...n8nArgs,
					],
				]
			: [p.nodeBin, n8nArgs];
	const proc = track(
		`n8n worker ${k}`,
		startProcess(cmd, args, { env: workerEnv, logFile: join(WORK, `worker${k}.log`) }),
	);
	await waitFor(
		async () => {
			if (proc.exited) throw new Error(`worker ${k} exited: ${proc.output.slice(-3000)}`);
			const res = await fetch(`http://127.0.0.1:${healthPort}/healthz/readiness`).catch(
				() => undefined,
			);
			return res && res.ok;
		},
		{ timeoutMs: 180000, intervalMs: 300, what: `n8n worker ${k}` },
	);
	return proc;
}

const BULK_PATH = 'ghl-queue-bulk-create';

function bulkWorkflow(credentialId) {
	return {
		name: `Queue mode: create ${ITEMS} contacts`,
		nodes: [
			{
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [0, 0],
				webhookId: randomUUID(),
				parameters: {
					httpMethod: 'POST',
					path: BULK_PATH,
					responseMode: 'onReceived',
					options: {},
				},
			},
			{
				id: randomUUID(),
				name: 'Contacts',
				type: 'n8n-nodes-base.code',
				typeVersion: 2,
				position: [220, 0],
				// one e-mail address per item, named after the execution: what was created, and by whom
				parameters: {
					jsCode: `return Array.from({ length: ${ITEMS} }, (_, i) => ({ json: { email: \`queue-\${$execution.id}-\${i}@example.com\`, firstName: 'Queue', lastName: \`Item \${i}\` } }));`,
				},
			},
			{
				id: randomUUID(),
				name: 'Create contact',
				type: `${PACKAGE_NAME}.goHighLevelCrm`,
				typeVersion: 1,
				position: [440, 0],
				parameters: {
					authentication: 'privateIntegrationToken',
					resource: 'contact',
					operation: 'create',
					email: '={{ $json.email }}',
					additionalFields: {
						firstName: '={{ $json.firstName }}',
						lastName: '={{ $json.lastName }}',
					},
				},
				credentials: { goHighLevelPrivateIntegrationApi: { id: credentialId, name: 'Sandbox' } },
			},
		],
		connections: {
			Webhook: { main: [[{ node: 'Contacts', type: 'main', index: 0 }]] },
			Contacts: { main: [[{ node: 'Create contact', type: 'main', index: 0 }]] },
		},
		settings: { executionOrder: 'v1', saveDataSuccessExecution: 'all' },
	};
}

function triggerWorkflow(publicKeyPem, webhookId) {
	return {
		name: 'Queue mode: GoHighLevel Trigger',
		nodes: [
			{
				id: randomUUID(),
				name: 'GoHighLevel Trigger',
				type: `${PACKAGE_NAME}.goHighLevelTrigger`,
				typeVersion: 1,
				position: [0, 0],
				webhookId,
				parameters: {
					source: 'marketplaceApp',
					events: ['AppointmentCreate'],
					verifyRequests: true,
					publicKey: publicKeyPem,
					options: {},
				},
			},
			{
				id: randomUUID(),
				name: 'Done',
				type: 'n8n-nodes-base.noOp',
				typeVersion: 1,
				position: [220, 0],
				parameters: {},
			},
		],
		connections: { 'GoHighLevel Trigger': { main: [[{ node: 'Done', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	};
}

/** The largest number of timestamps within any span of `ms` (a sliding window). */
function maxInWindow(times, ms) {
	const sorted = [...times].sort((a, b) => a - b);
	let best = 0;
	for (let i = 0, j = 0; i < sorted.length; i++) {
		while (sorted[i] - sorted[j] >= ms) j++;
		best = Math.max(best, i - j + 1);
	}
	return best;
}

async function main() {
	console.log(
		`test:queue: ${PACKAGE_NAME} in n8n ${N8N_VERSION} queue mode (main + ${WORKERS} workers, Redis, PostgreSQL); ` +
			`${EXECUTIONS} × ${ITEMS} contacts, limit ${RATE.max} / ${RATE.intervalMs} ms; work folder ${WORK}`,
	);
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });

	await ensurePackages();
	const tgz = await step('Build and pack', () => buildAndPack(join(WORK, 'pack')));
	await provision();
	await step('Install the tarball into <user folder>/.n8n/nodes (shared by main and workers)', () =>
		installTarball(USER_FOLDER, tgz),
	);

	const [redisPort, pgPort, mainPort, ...more] = await Promise.all(
		Array.from({ length: 3 + WORKERS * 2 + 1 }, () => freePort()),
	);
	const base = `http://127.0.0.1:${mainPort}`;
	await step('Start Redis and PostgreSQL', async () => {
		track('Redis', await startRedis({ port: redisPort, logFile: join(WORK, 'redis.log') }));
		track(
			'PostgreSQL',
			await startPostgres({ port: pgPort, dir: PG_DIR, logFile: join(WORK, 'postgres.log') }),
		);
	});
	const sandbox = await step(
		`Start the HighLevel sandbox (limit ${RATE.max} per ${RATE.intervalMs} ms, sliding window)`,
		() =>
			startSandbox({
				port: 0,
				logFile: join(WORK, 'sandbox.log'),
				rateLimit: RATE,
				keysFile: join(WORK, 'sandbox-keys.json'),
				logLimit: 100000,
			}),
	);
	track('HighLevel sandbox', sandbox.proc);
	const health = /** @type {{ operations?: number }} */ (
		await (await fetch(`${sandbox.url}/__sandbox/health`)).json().catch(() => ({}))
	);
	if (!(health.operations > 0))
		throw new Error(`the sandbox serves no operations: ${JSON.stringify(health)}`);

	const brokerPorts = more.slice(0, WORKERS + 1);
	const healthPorts = more.slice(WORKERS + 1);
	const env = queueEnv({ port: mainPort, brokerPort: brokerPorts[0], pgPort, redisPort });
	const [, ...workers] = await step(`Start n8n main (${base}) and ${WORKERS} workers`, async () =>
		Promise.all([
			startN8n(env, join(WORK, 'main.log')).then((m) => (track('n8n main', m.proc), m)),
			...Array.from({ length: WORKERS }, (_, k) =>
				startWorker(
					k + 1,
					{ ...env, N8N_RUNNERS_BROKER_PORT: String(brokerPorts[k + 1]) },
					healthPorts[k],
				),
			),
		]),
	);

	// ---------- owner, credential, workflows
	const triggerWebhookId = randomUUID();
	const { cookie, bulk, trigger } = await step(
		'Owner, credential and workflows (REST)',
		async () => {
			const { cookie } = await ownerSession(base, {
				email: 'queue-owner@example.com',
				firstName: 'Queue',
				lastName: 'Owner',
				password: 'Queue-Passw0rd-123',
			});
			const credential = await rest(base, cookie, 'POST', '/credentials', {
				name: 'Sandbox',
				type: 'goHighLevelPrivateIntegrationApi',
				data: {
					token: SANDBOX_TOKEN,
					tokenType: 'subAccount',
					locationId: SANDBOX_LOCATION,
					baseUrl: sandbox.url,
				},
			});
			const publicKeyPem = await sandbox.control('GET', '/public-key');
			const made = [];
			for (const wf of [
				bulkWorkflow(credential.id),
				triggerWorkflow(publicKeyPem, triggerWebhookId),
			]) {
				const created = await rest(base, cookie, 'POST', '/workflows', wf);
				await rest(base, cookie, 'POST', `/workflows/${created.id}/activate`, {
					versionId: created.versionId,
				});
				made.push(created);
			}
			return { cookie, bulk: made[0], trigger: made[1] };
		},
	);

	const executionsOf = async (workflowId) => {
		const data = await rest(
			base,
			cookie,
			'GET',
			`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=100`,
		);
		return /** @type {Array<any>} */ (data.results || data);
	};

	// ---------- run
	console.log(
		`\nRun: ${EXECUTIONS} executions × ${ITEMS} items started together; ${DELIVERIES} signed deliveries, each ${COPIES_AT_ONCE}× at once and once more later`,
	);
	const since = (await sandbox.control('GET', '/requests')).requests.at(-1)?.seq ?? 0;
	const runStarted = Date.now();
	const starts = await Promise.all(
		Array.from({ length: EXECUTIONS }, () =>
			fetch(`${base}/webhook/${BULK_PATH}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: '{}',
			}).then((r) => r.status),
		),
	);
	if (starts.some((s) => s !== 200))
		throw new Error(`starting the executions answered ${starts.join(', ')}`);

	const triggerUrl = `${base}/webhook/${triggerWebhookId}/webhook`;
	const deliveryIds = Array.from(
		{ length: DELIVERIES },
		(_, i) => `queue-delivery-${i}-${randomUUID()}`,
	);
	/** @type {Array<{ webhookId: string, status: number, copy: string }>} */
	const deliveries = [];
	const send = async (webhookId, copies, copy) => {
		const r = await sandbox.control('POST', '/events', {
			type: 'AppointmentCreate',
			url: triggerUrl,
			webhookId,
			copies,
		});
		for (const d of r.deliveries) deliveries.push({ webhookId, status: d.status, copy });
	};
	// while the bulk executions run: each delivery three times at once, a few hundred ms apart
	for (const id of deliveryIds) {
		await send(id, COPIES_AT_ONCE, 'at once');
		await new Promise((r) => setTimeout(r, 300));
	}
	// then every one once more, as HighLevel repeats a delivery later
	await new Promise((r) => setTimeout(r, 2000));
	for (const id of deliveryIds) await send(id, 1, 'later');

	const finished = (e) => !['new', 'running', 'waiting', 'unknown'].includes(e.status);
	const bulkExecs = await waitFor(
		async () => {
			const list = await executionsOf(bulk.id);
			return list.length >= EXECUTIONS && list.every(finished) && list;
		},
		{ timeoutMs: 15 * 60 * 1000, intervalMs: 1000, what: `${EXECUTIONS} bulk executions` },
	);
	const wallMs = Date.now() - runStarted;
	const triggerExecs = await waitFor(
		async () => {
			const list = await executionsOf(trigger.id);
			return list.every(finished) && list;
		},
		{ timeoutMs: 120000, intervalMs: 500, what: 'the trigger executions' },
	);
	// a late duplicate would be enqueued by now; look once more after a pause
	await new Promise((r) => setTimeout(r, 1500));
	const triggerCount = (await executionsOf(trigger.id)).length;

	// ---------- figures
	const log = (await sandbox.control('GET', '/requests')).requests.filter(
		(r) => r.seq > since && !r.control,
	);
	const creates = log.filter((r) => r.method === 'POST' && r.path === '/contacts/');
	const accepted = log.filter((r) => r.status !== 429);
	const limited = log.filter((r) => r.status === 429);
	const other = creates.filter((r) => r.status !== 201 && r.status !== 429);
	const createdByEmail = new Map();
	for (const r of creates.filter((x) => x.status === 201)) {
		const email = r.body && r.body.email;
		createdByEmail.set(email, (createdByEmail.get(email) ?? 0) + 1);
	}
	const expected = bulkExecs.flatMap((e) =>
		Array.from({ length: ITEMS }, (_, i) => `queue-${e.id}-${i}@example.com`),
	);
	const lost = expected.filter((e) => !createdByEmail.has(e));
	const twice = [...createdByEmail.values()].filter((n) => n > 1).length;
	const stray = [...createdByEmail.keys()].filter((e) => !expected.includes(e));

	// which worker ran which execution: each worker logs "Worker started execution N (job J)"
	const workerOf = new Map();
	workers.forEach((w, k) => {
		for (const m of w.output.matchAll(/Worker started execution (\d+) \(job (\d+)\)/g))
			workerOf.set(String(m[1]), k + 1);
	});
	const executionOfEmail = (email) => /^queue-(\d+)-\d+@/.exec(email || '')?.[1];
	const perExecution = bulkExecs
		.map((e) => {
			const mine = creates.filter((r) => executionOfEmail(r.body && r.body.email) === String(e.id));
			return {
				execution: String(e.id),
				worker: workerOf.get(String(e.id)) ?? '?',
				status: e.status,
				seconds: (Date.parse(e.stoppedAt) - Date.parse(e.startedAt)) / 1000,
				created: mine.filter((r) => r.status === 201).length,
				rejected429: mine.filter((r) => r.status === 429).length,
			};
		})
		.sort((a, b) => Number(a.execution) - Number(b.execution));
	const acceptedTimes = accepted.map((r) => r.countedAt ?? Date.parse(r.at));
	const maxAccepted = maxInWindow(acceptedTimes, RATE.intervalMs);
	const first = Math.min(...creates.map((r) => r.countedAt ?? Date.parse(r.at)));
	const last = Math.max(...creates.map((r) => r.countedAt ?? Date.parse(r.at)));
	const minimumMs = ((EXECUTIONS * ITEMS) / RATE.max) * RATE.intervalMs;
	const deliveredOk = deliveries.filter((d) => d.status === 200).length;
	const triggerWorkers = new Set(triggerExecs.map((e) => workerOf.get(String(e.id)) ?? '?'));

	console.log('\nPer execution:');
	console.log(
		table([
			['execution', 'worker', 'status', 'seconds', 'contacts created', '429s received (retried)'],
			...perExecution.map((e) => [
				e.execution,
				e.worker,
				e.status,
				e.seconds.toFixed(1),
				e.created,
				e.rejected429,
			]),
		]),
	);
	const figures = {
		items: EXECUTIONS * ITEMS,
		created: [...createdByEmail.values()].reduce((a, b) => a + b, 0),
		lost: lost.length,
		createdTwice: twice,
		rejected429: limited.length,
		otherErrors: other.length,
		requestsAccepted: accepted.length,
		maxAcceptedInAnyWindow: maxAccepted,
		limit: `${RATE.max} / ${RATE.intervalMs} ms (sliding)`,
		wallSeconds: wallMs / 1000,
		firstToLastRequestSeconds: (last - first) / 1000,
		theoreticalMinimumSeconds: minimumMs / 1000,
		deliveriesSent: deliveries.length,
		deliveriesAnswered200: deliveredOk,
		distinctWebhookIds: DELIVERIES,
		triggerExecutions: triggerCount,
		triggerExecutionsOnWorkers: [...triggerWorkers],
	};
	console.log('\nTotals:');
	console.log(
		table([
			['figure', 'value'],
			['items (executions × items)', `${EXECUTIONS} × ${ITEMS} = ${figures.items}`],
			['contacts created', figures.created],
			['items lost', figures.lost],
			['contacts created twice', figures.createdTwice],
			['429s received (all retried by the pack)', figures.rejected429],
			['other error answers', figures.otherErrors],
			[`most accepted in any ${RATE.intervalMs} ms (limit ${RATE.max})`, maxAccepted],
			['wall time, start → last execution finished', `${(wallMs / 1000).toFixed(1)} s`],
			['first → last create request', `${((last - first) / 1000).toFixed(1)} s`],
			['theoretical minimum (items ÷ rate)', `${(minimumMs / 1000).toFixed(1)} s`],
			[
				'trigger deliveries sent (answered 200)',
				`${deliveries.length} (${deliveredOk}) for ${DELIVERIES} webhookIds`,
			],
			['trigger executions started', triggerCount],
		]),
	);

	// ---------- checks
	console.log('\nChecks:');
	record(
		`all ${EXECUTIONS} executions succeeded`,
		bulkExecs.length === EXECUTIONS && bulkExecs.every((e) => e.status === 'success'),
		bulkExecs.map((e) => `${e.id}: ${e.status}`).join(', '),
	);
	const used = new Set(perExecution.map((e) => e.worker));
	record(
		`the executions ran on both workers`,
		used.has(1) && used.has(2),
		perExecution.map((e) => `execution ${e.execution} → worker ${e.worker}`).join(', '),
	);
	record('items lost: 0', lost.length === 0, lost.length ? lost.slice(0, 5).join(', ') : '');
	record('contacts created twice: 0', twice === 0, `${twice}`);
	record(
		'no other error answers and no contact the workflow did not ask for',
		other.length === 0 && stray.length === 0,
		`${other.length} errors, ${stray.length} unexpected`,
	);
	record(
		`accepted requests in any ${RATE.intervalMs} ms never above ${RATE.max}`,
		maxAccepted <= RATE.max,
		`max ${maxAccepted}`,
	);
	record(
		'every trigger delivery answered 200',
		deliveredOk === deliveries.length,
		`${deliveredOk} of ${deliveries.length}`,
	);
	record(
		`duplicate deliveries started nothing: ${DELIVERIES} webhookIds → ${DELIVERIES} executions`,
		triggerCount === DELIVERIES,
		`${triggerCount} executions from ${deliveries.length} deliveries`,
	);
	record(
		'every trigger execution succeeded',
		triggerExecs.every((e) => e.status === 'success'),
		'',
	);

	const file = join(REPO_ROOT, 'bench', 'results', 'queue.json');
	mkdirSync(join(REPO_ROOT, 'bench', 'results'), { recursive: true });
	writeFileSync(
		file,
		JSON.stringify(
			{
				date: new Date().toISOString(),
				machine: { cpuModel: cpus()[0]?.model, cpuCount: cpus().length },
				node: paths().nodeBin && (await nodeVersion()),
				n8n: N8N_VERSION,
				stack: {
					workers: WORKERS,
					workerConcurrency: CONCURRENCY,
					executions: EXECUTIONS,
					itemsPerExecution: ITEMS,
					rateLimit: RATE,
				},
				figures,
				perExecution,
				checks,
			},
			null,
			'\t',
		) + '\n',
	);
	console.log(`\nresults: ${file}`);
}

async function nodeVersion() {
	const { execFileSync } = await import('node:child_process');
	return execFileSync(paths().nodeBin, ['--version']).toString().trim();
}

/** A plain-text table: first row is the header; numbers are right-aligned. */
function table(rows) {
	const cells = rows.map((row) => row.map(String));
	const widths = cells[0].map((_, c) => Math.max(...cells.map((row) => (row[c] ?? '').length)));
	const line = (row, r) =>
		row
			.map((cell, c) =>
				typeof rows[r][c] === 'number' ? cell.padStart(widths[c]) : cell.padEnd(widths[c]),
			)
			.join('  ');
	return [
		line(cells[0], 0),
		widths.map((w) => '-'.repeat(w)).join('  '),
		...cells.slice(1).map((row, r) => line(row, r + 1)),
	].join('\n');
}

main()
	.then(() => finish(false))
	.catch((e) => {
		console.error(`\nsetup failed: ${e.stack || e}`);
		void finish(true);
	});
