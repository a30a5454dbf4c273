#!/usr/bin/env node
// `npm run test:e2e`: the package inside a real n8n (2.41.1 on Node 24, provisioned into .n8n-sandbox/),
// headless, on free ports, in a temp user folder under .e2e/, against the HighLevel sandbox.
// Prints "N passed, M failed" and exits non-zero on any failure. Every process it starts is stopped by PID.
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { provision, REPO_ROOT } from '../lib/provision.mjs';
import {
	buildAndPack,
	CREDENTIAL_ID,
	CREDENTIAL_NAME,
	installTarball,
	n8nCli,
	n8nEnv,
	ownerSession,
	PACKAGE_NAME,
	prepareImports,
	publishWorkflow,
	rest,
	SANDBOX_LOCATION,
	SANDBOX_TOKEN,
	startN8n,
	startSandbox,
	webhookUrl,
} from '../lib/stack.mjs';
import { fmtMs, freePort, step, waitFor } from '../lib/util.mjs';

const t0 = Date.now();
const WORK = join(REPO_ROOT, '.e2e', `run-${process.pid}`);
const USER_FOLDER = join(WORK, 'user');
const results = [];
const started = [];
let sandbox;
let n8n;
let env;
let cookie;

async function check(name, fn) {
	const t = Date.now();
	try {
		await fn();
		results.push({ name, ok: true });
		console.log(`  ✔ ${name} (${fmtMs(Date.now() - t)})`);
	} catch (e) {
		results.push({ name, ok: false, error: e });
		console.log(
			`  ✖ ${name} (${fmtMs(Date.now() - t)})\n      ${String(e && e.stack ? e.stack : e)
				.split('\n')
				.slice(0, 6)
				.join('\n      ')}`,
		);
	}
}

function assert(cond, message) {
	if (!cond) throw new Error(message);
}

async function stopAll() {
	for (const p of started.reverse()) await p.stop().catch(() => {});
	started.length = 0;
}

let finishing = false;
async function finish(code) {
	if (finishing) return;
	finishing = true;
	await stopAll();
	const passed = results.filter((r) => r.ok).length;
	const failed = results.length - passed + (code && !results.some((r) => !r.ok) ? 1 : 0);
	if (!process.env.E2E_KEEP) rmSync(WORK, { recursive: true, force: true });
	console.log(`\ne2e finished in ${fmtMs(Date.now() - t0)}`);
	console.log(`${passed} passed, ${failed} failed`);
	process.exit(failed ? 1 : 0);
}
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => void finish(130));

/** Length of the JSON object at the start of `text`, strings and escapes respected. */
function jsonLength(text) {
	let depth = 0;
	let inString = false;
	for (let i = 0; i < text.length; i++) {
		const c = text[i];
		if (inString) {
			if (c === '\\') i++;
			else if (c === '"') inString = false;
		} else if (c === '"') inString = true;
		else if (c === '{' || c === '[') depth++;
		else if ((c === '}' || c === ']') && --depth === 0) return i + 1;
	}
	return text.length;
}

/** Runs `n8n execute --id` and returns { status, error, nodes: { name: { status, items, error } } }. */
async function execute(id) {
	const out = await n8nCli(env, ['execute', `--id=${id}`, '--rawOutput'], {
		timeoutMs: 10 * 60 * 1000,
	}).catch((e) => e.output || String(e));
	const at = out.search(/^\{/m);
	assert(at >= 0, `no JSON output from n8n execute --id=${id}:\n${out.slice(-2000)}`);
	// n8n may log a line after the JSON (a deprecation notice, a shutdown message): read one value.
	const run = JSON.parse(out.slice(at, at + jsonLength(out.slice(at))));
	const rd = run.data.resultData;
	const nodes = {};
	for (const [name, runs] of Object.entries(rd.runData)) {
		nodes[name] = {
			status: runs[0].executionStatus,
			error: runs[0].error,
			items: runs.flatMap((r) =>
				((r.data && r.data.main && r.data.main[0]) || []).map((i) => i.json),
			),
		};
	}
	return { status: run.status, error: rd.error, nodes };
}

function expectSuccess(run, id) {
	const failedNodes = Object.entries(run.nodes).filter(([, n]) => n.status !== 'success');
	assert(
		run.status === 'success' && !run.error && !failedNodes.length,
		`${id} did not succeed: ${run.status} ${run.error ? run.error.message : ''} ${failedNodes.map(([k, n]) => `${k}: ${n.error && n.error.message}`).join('; ')}`,
	);
}

async function sandboxRequests() {
	return (await sandbox.control('GET', '/requests')).requests;
}

async function api(method, path, body) {
	const res = await fetch(`${sandbox.url}${path}`, {
		method,
		headers: {
			Authorization: `Bearer ${SANDBOX_TOKEN}`,
			Version: '2021-07-28',
			'content-type': 'application/json',
		},
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return { status: res.status, body: /** @type {any} */ (await res.json()) };
}

async function executionsOf(workflowId) {
	const data = await rest(
		n8n.base,
		cookie,
		'GET',
		`/executions?filter=${encodeURIComponent(JSON.stringify({ workflowId }))}&limit=100`,
	);
	// One entry per execution id: counts are taken from the list, which also lists running executions.
	const seen = new Set();
	return (data.results || data).filter((e) => !seen.has(e.id) && seen.add(e.id));
}

async function main() {
	console.log(`e2e: ${PACKAGE_NAME} in n8n, work folder ${WORK}`);
	rmSync(WORK, { recursive: true, force: true });
	mkdirSync(WORK, { recursive: true });

	// ---------- stack
	const tgz = await step('Build and pack', () => buildAndPack(join(WORK, 'pack')));
	await provision();
	await step('Install the tarball into <user folder>/.n8n/nodes', () =>
		installTarball(USER_FOLDER, tgz),
	);
	const n8nPort = await freePort();
	const base = `http://127.0.0.1:${n8nPort}`;
	const pre = prepareImports({
		outDir: join(WORK, 'import'),
		sandboxUrl: 'http://127.0.0.1:1',
		publicKeyPem: '',
	});
	const triggers = pre.workflows.filter((w) => w.webhookId);
	sandbox = await step('Start the HighLevel sandbox (burst limit scaled to 100 per 1 s)', () =>
		startSandbox({
			port: 0,
			logFile: join(WORK, 'sandbox.log'),
			rateLimit: { max: 100, intervalMs: 1000, daily: 200000 },
			webhookUrls: triggers.map((w) => webhookUrl(base, w.webhookId)),
			webhookEvents: pre.events,
		}),
	);
	started.push(sandbox.proc);
	const publicKeyPem = await sandbox.control('GET', '/public-key');
	env = n8nEnv({
		userFolder: USER_FOLDER,
		port: n8nPort,
		brokerPort: await freePort(),
		encryptionKey: 'e2e-encryption-key-0001',
	});
	const imports = prepareImports({
		outDir: join(WORK, 'import'),
		sandboxUrl: sandbox.url,
		publicKeyPem,
	});
	await step('Import credential and workflows', async () => {
		await n8nCli(env, ['import:credentials', `--input=${imports.credFile}`]);
		await n8nCli(env, ['import:workflow', '--separate', `--input=${imports.workflowsDir}`]);
	});
	console.log(
		'\nChecks (workflows run with `n8n execute --id` before the server starts: one SQLite writer at a time):',
	);

	// ---------- workflows via n8n execute
	await check(
		'contact lifecycle: create, get, update, tags, notes, tasks, followers, delete (n8n execute)',
		async () => {
			const since = (await sandboxRequests()).at(-1)?.seq ?? 0;
			const run = await execute('ghlExContactCrud');
			expectSuccess(run, 'ghlExContactCrud');
			const n = run.nodes;
			const id = n['Create contact'].items[0].id;
			assert(/^[A-Za-z0-9]{20}$/.test(id), `bad contact id ${id}`);
			assert(
				n['Create contact'].items[0].email === 'ada.lifecycle@example.com',
				'create output lacks email',
			);
			assert(
				n['Get contact'].items[0].id === id && n['Get contact'].items[0].firstName === 'Ada',
				'get output wrong',
			);
			assert(n['Update contact'].items[0].city === 'London', 'update output wrong');
			assert(
				JSON.stringify(n['Remove tag'].items[0].tags) === JSON.stringify(['vip', 'e2e']),
				`tags wrong: ${JSON.stringify(n['Remove tag'].items[0])}`,
			);
			assert(n['Get note'].items[0].body === 'Met at the sandbox (updated).', 'note not updated');
			assert(n['Complete task'].items[0].completed === true, 'task not completed');
			assert(n['Get many notes'].items.length === 1, 'get many notes count');
			assert(n['Delete contact'].items[0].succeded === true, 'delete output wrong');
			const log = (await sandboxRequests()).filter((r) => r.seq > since);
			const ops = log.map(
				(r) =>
					`${r.method} ${r.path.replace(id, ':id').replace(/\/(notes|tasks)\/[A-Za-z0-9]{20}/, '/$1/:x')}`,
			);
			for (const want of [
				'POST /contacts/',
				'GET /contacts/:id',
				'PUT /contacts/:id',
				'POST /contacts/:id/tags',
				'DELETE /contacts/:id/tags',
				'POST /contacts/:id/notes',
				'PUT /contacts/:id/notes/:x',
				'GET /contacts/:id/notes/:x',
				'POST /contacts/:id/tasks',
				'PUT /contacts/:id/tasks/:x/completed',
				'POST /contacts/:id/followers',
				'GET /contacts/:id/notes',
				'DELETE /contacts/:id/notes/:x',
				'DELETE /contacts/:id',
			])
				assert(ops.includes(want), `sandbox did not receive ${want}; got ${ops.join(', ')}`);
			for (const r of log) {
				assert(
					r.headers.authorization === `Bearer ${SANDBOX_TOKEN}`,
					`${r.method} ${r.path} without the token`,
				);
				assert(
					r.headers.version === '2021-07-28',
					`${r.method} ${r.path} with Version ${r.headers.version}`,
				);
				assert(r.status < 300, `${r.method} ${r.path} answered ${r.status}`);
			}
			assert(
				log.find((r) => r.path === '/contacts/' && r.method === 'POST').body.locationId ===
					SANDBOX_LOCATION,
				'create without the credential location',
			);
			assert(
				(await api('GET', `/contacts/${id}`)).status === 400,
				'contact still exists after delete',
			);
		},
	);

	await check('get many with Return All over several pages (search + legacy list)', async () => {
		const since = (await sandboxRequests()).at(-1)?.seq ?? 0;
		const run = await execute('ghlExGetManyPaged');
		expectSuccess(run, 'ghlExGetManyPaged');
		assert(run.nodes['Create contacts'].items.length === 230, 'not 230 created');
		const searched = run.nodes['Search all (Return All)'].items;
		assert(searched.length === 230, `search returned ${searched.length}, want 230`);
		assert(new Set(searched.map((c) => c.id)).size === 230, 'search returned duplicates');
		const legacy = run.nodes['Legacy list (Return All)'].items;
		assert(legacy.length === 230, `legacy list returned ${legacy.length}, want 230`);
		const log = (await sandboxRequests()).filter((r) => r.seq > since);
		const searches = log.filter((r) => r.path === '/contacts/search' && r.status === 200);
		assert(searches.length >= 3, `expected >= 3 search pages, saw ${searches.length}`);
		assert(
			searches.slice(1).every((r) => Array.isArray(r.body.searchAfter)),
			'later search pages lack searchAfter',
		);
		const lists = log.filter(
			(r) => r.path === '/contacts/' && r.method === 'GET' && r.status === 200,
		);
		assert(
			lists.length >= 3 && lists.slice(1).every((r) => r.query.startAfterId),
			'legacy pages lack startAfterId',
		);
	});

	await check(
		'rate limits: 500 items against the scaled limit (100 per 1 s) all succeed',
		async () => {
			const since = (await sandboxRequests()).at(-1)?.seq ?? 0;
			const t = Date.now();
			const run = await execute('ghlExBulkImport500');
			expectSuccess(run, 'ghlExBulkImport500');
			const created = run.nodes['Create contacts'].items;
			assert(
				created.length === 500 && created.every((c) => c.id && c.email),
				`created ${created.length} of 500`,
			);
			const log = (await sandboxRequests()).filter((r) => r.seq > since);
			const ok = log.filter(
				(r) => r.method === 'POST' && r.path === '/contacts/' && r.status === 201,
			).length;
			const limited = log.filter((r) => r.status === 429).length;
			assert(ok === 500, `sandbox created ${ok}`);
			console.log(
				`      500 contacts in ${fmtMs(Date.now() - t)}; ${limited} requests got 429 and were retried`,
			);
		},
	);

	n8n = await step(`Start n8n on ${base}`, () => startN8n(env, join(WORK, 'n8n.log')));
	started.push(n8n.proc);
	const owner = {
		email: 'e2e-owner@example.com',
		firstName: 'E2E',
		lastName: 'Owner',
		password: 'E2e-Passw0rd-123',
	};
	cookie = (await ownerSession(base, owner)).cookie;
	for (const w of imports.workflows.filter((x) => x.publish))
		await publishWorkflow(base, cookie, w.id);
	console.log('Checks (running n8n):');
	// ---------- loading
	const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
	const typeName = (file) => {
		const cls = file
			.split('/')
			.pop()
			.replace(/\.(node|credentials)\.js$/, '');
		return cls[0].toLowerCase() + cls.slice(1);
	};
	const ourNodes = pkg.n8n.nodes.map((f) => `${PACKAGE_NAME}.${typeName(f)}`);
	const ourCreds = pkg.n8n.credentials.map(typeName);

	await check('n8n loads the package with no errors or warnings about it', async () => {
		const log = n8n.proc.output;
		const bad = log
			.split('\n')
			.filter(
				(l) => /gohighlevel|goHighLevel/i.test(l) && /error|warn|fail|could not|unable/i.test(l),
			);
		assert(
			bad.length === 0,
			`n8n log mentions our package with problems:\n${bad.slice(0, 10).join('\n')}`,
		);
		assert(
			existsSync(join(USER_FOLDER, '.n8n', 'nodes', 'node_modules', PACKAGE_NAME, 'package.json')),
			'package not installed in .n8n/nodes',
		);
	});

	/** @type {Array<{ name: string, [key: string]: any }>} */
	let nodesJson = [];
	/** @type {Array<{ name: string, [key: string]: any }>} */
	let credsJson = [];
	await check(
		`nodes.json lists ${ourNodes.join(', ')}; credentials.json lists ${ourCreds.join(', ')}`,
		async () => {
			nodesJson = /** @type {Array<{ name: string, [key: string]: any }>} */ (
				await (await fetch(`${base}/types/nodes.json`, { headers: { cookie } })).json()
			);
			credsJson = /** @type {Array<{ name: string, [key: string]: any }>} */ (
				await (await fetch(`${base}/types/credentials.json`, { headers: { cookie } })).json()
			);
			for (const n of ourNodes)
				assert(
					nodesJson.some((x) => x.name === n),
					`${n} missing from nodes.json`,
				);
			for (const c of ourCreds)
				assert(
					credsJson.filter((x) => x.name === c).length === 1,
					`${c} not listed exactly once in credentials.json`,
				);
		},
	);

	await check(
		"n8n's built-in HighLevel node and credentials are intact beside ours (no name clash)",
		async () => {
			assert(
				nodesJson.some((x) => x.name === 'n8n-nodes-base.highLevel'),
				'built-in n8n-nodes-base.highLevel missing',
			);
			for (const c of ['highLevelApi', 'highLevelOAuth2Api']) {
				const found = credsJson.filter((x) => x.name === c);
				assert(found.length === 1, `built-in credential ${c} listed ${found.length} times`);
				assert(!ourCreds.includes(c), `our credential reuses the built-in name ${c}`);
			}
			const ours = nodesJson.filter((x) => x.name.startsWith(`${PACKAGE_NAME}.`));
			for (const n of ours)
				assert(!/^HighLevel$/.test(n.displayName), `${n.name} uses the built-in display name`);
			// the built-in credential can still be created and used for the built-in node
			const created = await rest(base, cookie, 'POST', '/credentials', {
				name: 'built-in HighLevel',
				type: 'highLevelApi',
				data: { apiKey: 'x' },
			});
			assert(
				created.type === 'highLevelApi',
				'could not create a built-in highLevelApi credential',
			);
			// n8n serves its own credential under the built-in name (ours would carry baseUrl), and the built-in node still uses it
			const builtinOAuth = credsJson.find((x) => x.name === 'highLevelOAuth2Api');
			assert(
				!builtinOAuth.properties.some((p) => p.name === 'baseUrl'),
				"highLevelOAuth2Api is not n8n's own credential",
			);
			const builtinVersions = nodesJson.filter((x) => x.name === 'n8n-nodes-base.highLevel');
			assert(
				builtinVersions.some((n) =>
					(n.credentials || []).some((c) => c.name === 'highLevelOAuth2Api'),
				),
				'built-in node lost its credential',
			);
		},
	);

	// ---------- trigger
	const appt = imports.workflows.find((w) => w.id === 'ghlExApptTagNote');
	const camp = imports.workflows.find((w) => w.id === 'ghlExCampaignStatus');
	let contactId;
	await check(
		'trigger: a signed AppointmentCreate starts one execution that tags the contact and adds a note',
		async () => {
			const created = await api('POST', '/contacts/', {
				locationId: SANDBOX_LOCATION,
				firstName: 'Trigger',
				email: 'trigger@example.com',
			});
			assert(
				created.status === 201,
				`sandbox create: ${created.status} ${JSON.stringify(created.body)}`,
			);
			contactId = created.body.contact.id;
			await sandbox.control('POST', '/flush');
			const before = (await executionsOf(appt.id)).length;
			const r = await sandbox.control('POST', '/appointments', { contactId, title: 'E2E call' });
			assert(
				r.deliveries.find((d) => d.url.includes(appt.webhookId)).status === 200,
				`delivery status ${JSON.stringify(r.deliveries)}`,
			);
			const execs = await waitFor(
				async () => {
					const e = await executionsOf(appt.id);
					return (
						e.length > before && e.every((x) => x.status !== 'running' && x.status !== 'new') && e
					);
				},
				{ timeoutMs: 30000, what: 'the appointment execution' },
			);
			await new Promise((res) => setTimeout(res, 1000));
			const after = await executionsOf(appt.id);
			assert(
				after.length === before + 1,
				`expected exactly one new execution, got ${after.length - before}`,
			);
			assert(execs[0].status === 'success', `execution status ${execs[0].status}`);
			const c = (await api('GET', `/contacts/${contactId}`)).body.contact;
			assert(c.tags.includes('appointment-booked'), `contact tags ${c.tags}`);
			const notes = (await api('GET', `/contacts/${contactId}/notes`)).body.notes;
			assert(
				notes.length === 1 && notes[0].body.includes('E2E call'),
				`notes ${JSON.stringify(notes)}`,
			);
			const full = await rest(n8n.base, cookie, 'GET', `/executions/${after[0].id}`);
			assert(JSON.stringify(full).includes(r.appointment.id), 'execution data lacks the payload');
		},
	);

	const sms = imports.workflows.find((w) => w.id === 'ghlExApptSmsConfirm');
	const inbound = imports.workflows.find((w) => w.id === 'ghlExInboundTag');
	let smsContactId;
	await check(
		'example: appointment booked → Calendars gets the appointment → Conversations texts the contact',
		async () => {
			const created = await api('POST', '/contacts/', {
				locationId: SANDBOX_LOCATION,
				firstName: 'Sam',
				phone: '+15550123456',
			});
			assert(created.status === 201, `sandbox create: ${created.status}`);
			smsContactId = created.body.contact.id;
			await sandbox.control('POST', '/flush');
			const before = (await executionsOf(sms.id)).length;
			const r = await sandbox.control('POST', '/appointments', {
				contactId: smsContactId,
				title: 'Kitchen quote',
			});
			const delivery = r.deliveries.find((d) => d.url.includes(sms.webhookId));
			assert(delivery && delivery.status === 200, `delivery ${JSON.stringify(r.deliveries)}`);
			const execs = await waitFor(
				async () => {
					const e = await executionsOf(sms.id);
					return e.length > before && e.every((x) => !['running', 'new'].includes(x.status)) && e;
				},
				{ timeoutMs: 30000, what: 'the SMS confirmation execution' },
			);
			assert(execs.length === before + 1, `${execs.length - before} executions, expected 1`);
			assert(execs[0].status === 'success', `execution status ${execs[0].status}`);
			const { messages } = await sandbox.control(
				'GET',
				`/messages?contactId=${smsContactId}&direction=outbound`,
			);
			assert(messages.length === 1, `messages sent: ${JSON.stringify(messages)}`);
			const [m] = messages;
			assert(m.type === 'SMS' && m.to === '+15550123456', `message ${JSON.stringify(m)}`);
			assert(
				m.body.startsWith('Your appointment "Kitchen quote" is confirmed for ') &&
					m.appointmentId === r.appointment.id,
				`message ${JSON.stringify(m)}`,
			);
			const calls = (await sandboxRequests()).map((x) => `${x.method} ${x.path}`);
			assert(
				calls.includes(
					`GET /calendars/events/appointments/${encodeURIComponent(r.appointment.id)}`,
				),
				'the workflow did not read the appointment',
			);
		},
	);

	await check('example: the contact replies → InboundMessage tags the contact', async () => {
		assert(smsContactId, 'needs the contact of the previous check');
		const before = (await executionsOf(inbound.id)).length;
		const r = await sandbox.control('POST', '/inbound', {
			contactId: smsContactId,
			message: 'Thanks, see you then',
		});
		assert(
			r.deliveries.find((d) => d.url.includes(inbound.webhookId))?.status === 200,
			`deliveries ${JSON.stringify(r.deliveries)}`,
		);
		await waitFor(
			async () =>
				(await api('GET', `/contacts/${smsContactId}`)).body.contact.tags.includes('replied-sms'),
			{ timeoutMs: 30000, what: 'the replied-sms tag' },
		);
		assert((await executionsOf(inbound.id)).length === before + 1, 'not exactly one execution');
	});

	await check(
		'trigger: a signed CampaignStatusUpdate starts one execution that updates the contact',
		async () => {
			const before = (await executionsOf(camp.id)).length;
			await sandbox.control('POST', '/campaigns/camp42/status', { contactId, status: 'completed' });
			await waitFor(async () => (await executionsOf(camp.id)).length > before, {
				timeoutMs: 30000,
				what: 'the campaign execution',
			});
			await waitFor(
				async () => {
					const c = (await api('GET', `/contacts/${contactId}`)).body.contact;
					return c.source === 'campaign camp42: completed' && c.tags.includes('campaign-completed');
				},
				{ timeoutMs: 15000, what: 'the contact update' },
			);
			const after = await waitFor(
				async () => {
					const e = await executionsOf(camp.id);
					return e.every((x) => !['running', 'new'].includes(x.status)) && e;
				},
				{ timeoutMs: 15000, what: 'the campaign execution to finish' },
			);
			assert(
				after.length === before + 1,
				`expected one execution, got ${after.length - before}: ${JSON.stringify(after.slice(0, 3).map((x) => [x.id, x.status]))}`,
			);
		},
	);

	await check('trigger: unsigned and forged deliveries get 401 and start nothing', async () => {
		await sandbox.control('POST', '/flush');
		await new Promise((res) => setTimeout(res, 1000));
		const before = (await executionsOf(appt.id)).length;
		const url = webhookUrl(base, appt.webhookId);
		for (const signing of ['none', 'forged']) {
			const r = await sandbox.control('POST', '/events', {
				type: 'AppointmentCreate',
				url,
				signing,
				appointment: { id: `x-${signing}`, contactId },
			});
			assert(
				r.deliveries[0].status === 401,
				`${signing} delivery answered ${r.deliveries[0].status}`,
			);
		}
		const res = await fetch(url, {
			method: 'POST',
			headers: { 'content-type': 'application/json', 'x-ghl-signature': 'AAAA' },
			body: '{"type":"AppointmentCreate"}',
		});
		assert(res.status === 401, `garbage signature answered ${res.status}`);
		await new Promise((r) => setTimeout(r, 1500));
		assert(
			(await executionsOf(appt.id)).length === before,
			'a rejected delivery started an execution',
		);
	});

	await check(
		'the Contact ID picker lists the sandbox contacts through n8n (list search)',
		async () => {
			const before = (await sandboxRequests()).length;
			const found = await rest(
				base,
				cookie,
				'POST',
				'/dynamic-node-parameters/resource-locator-results',
				{
					path: 'parameters.contactId',
					nodeTypeAndVersion: { name: `${PACKAGE_NAME}.goHighLevelCrm`, version: 1 },
					currentNodeParameters: {
						authentication: 'privateIntegrationToken',
						resource: 'tag',
						operation: 'add',
						locationId: '',
						contactId: { __rl: true, mode: 'list', value: '' },
						tags: '',
					},
					credentials: {
						goHighLevelPrivateIntegrationApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME },
					},
					methodName: 'searchContacts',
					filter: 'trigger@example.com',
				},
			);
			assert(
				found.results.some((r) => r.value === contactId && r.name.includes('Trigger')),
				`picker results ${JSON.stringify(found).slice(0, 300)}`,
			);
			const searches = (await sandboxRequests())
				.slice(before)
				.filter((r) => r.method === 'POST' && r.path === '/contacts/search');
			assert(
				searches.length === 1 &&
					searches[0].body.query === 'trigger@example.com' &&
					searches[0].body.locationId === SANDBOX_LOCATION,
				`sandbox saw ${JSON.stringify(searches)}`,
			);
		},
	);

	// ---------- editor
	if (process.env.E2E_SKIP_EDITOR)
		console.log('  - editor and OAuth2 connect checks skipped (E2E_SKIP_EDITOR)');
	else {
		const { editorChecks } = await import('./editor.mjs');
		await editorChecks({
			base,
			owner,
			cookie,
			sandbox,
			check,
			assert,
			nodes: nodesJson.filter((x) => ourNodes.includes(x.name)),
			outDir: join(REPO_ROOT, 'docs', 'images'),
		});
		const { oauthChecks } = await import('./oauth.mjs');
		await oauthChecks({ base, owner, cookie, sandbox, check, assert });
	}
}

main()
	.catch((e) => {
		results.push({ name: 'setup', ok: false, error: e });
		console.error(`\nsetup failed: ${e.stack || e}`);
		if (n8n) console.error(`--- n8n log tail ---\n${n8n.proc.output.slice(-3000)}`);
	})
	.finally(() => finish(0));
