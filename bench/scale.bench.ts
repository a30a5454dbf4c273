import type { INodeExecutionData, INodeParameters } from 'n8n-workflow';

import type { CapturedRequest, FakeHighLevel, Reply } from '../test/helpers/fakeHighLevel';
import { pitCredentials } from '../test/helpers/credentials';
import { runCrm, type RunOptions, type RunResult } from '../test/helpers/harness';
import { requireBaseline } from './lib/baseline';
import { builtInRun } from './lib/builtIn';
import { startBenchServer } from './lib/server';
import { table, writeResults } from './lib/results';

/**
 * Scenarios 1, 2 and 4 of the side-by-side benchmark (3, per-item CPU, is `cpu.bench.ts`): this
 * pack's CRM node and n8n's built-in HighLevel node (v2, n8n-nodes-base at our n8n version), both
 * through n8n-core's WorkflowExecute → RoutingNode, against one local server that enforces
 * HighLevel's burst limit with HighLevel's headers, scaled from 100 requests / 10 s to 100 / 1 s.
 *
 * 1. Bulk create: 2,000 contacts in one execution. Ours with no settings; the built-in node with its
 *    defaults, and with n8n's Batching set to exactly the limit.
 * 2. Return All: 10,000 contacts and 5,000 opportunities; requests made ÷ the fewest possible
 *    (records ÷ the endpoint's largest page, 100 for both per HighLevel's spec).
 * 3. (cpu.bench.ts)
 * 4. Two executions at once on one location, 1,000 items each.
 *
 * Environment: BENCH_SCENARIOS (e.g. `1,4`; default all), BENCH_CREATE_ITEMS (2000),
 * BENCH_CONTACTS (10000), BENCH_OPPORTUNITIES (5000), BENCH_PARALLEL_ITEMS (1000 per execution).
 */

const SCENARIOS = (process.env.BENCH_SCENARIOS ?? '1,2,3,4').split(',').map((s) => s.trim());
const CREATE_ITEMS = Number(process.env.BENCH_CREATE_ITEMS ?? 2000);
const CONTACTS = Number(process.env.BENCH_CONTACTS ?? 10000);
const OPPORTUNITIES = Number(process.env.BENCH_OPPORTUNITIES ?? 5000);
const PARALLEL_ITEMS = Number(process.env.BENCH_PARALLEL_ITEMS ?? 1000);

/** HighLevel's 100 requests per 10 s, scaled 1:10 in time. */
const RULE = { max: 100, intervalMs: 1000 };
/** The largest page of `POST /contacts/search`, `GET /contacts/` and `GET /opportunities/search`. */
const LARGEST_PAGE = 100;

const LOCATION = 'loc_Bench000001';
const scenario = (n: string) => (SCENARIOS.includes(n) ? test : test.skip);

// ---------------------------------------------------------------- the server

const pad = (i: number) => String(i).padStart(6, '0');
const contactRecord = (i: number) => ({
	id: `contact${pad(i)}`,
	locationId: LOCATION,
	email: `person${i}@example.com`,
	firstName: `First${i}`,
	dateAdded: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
});
const opportunityRecord = (i: number) => ({
	id: `opportunity${pad(i)}`,
	locationId: LOCATION,
	name: `Deal ${i}`,
	status: 'open',
	createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000).toISOString(),
});

const unprocessable = (message: string): Reply => ({
	status: 422,
	body: { statusCode: 422, message: [message], error: 'Unprocessable Entity' },
});

/** Page size as HighLevel reads it: default 20, at most 100. */
const pageSize = (value: unknown) => Math.min(LARGEST_PAGE, Math.max(1, Number(value ?? 20) || 20));

/**
 * HighLevel's answers for the routes both nodes call. `lenient`: a list request without its
 * location is served for the token's location (HighLevel's spec requires the location on every
 * page, and that is the default here).
 */
function answer(request: CapturedRequest, lenient: boolean): Reply {
	const { method, rawPath: path, query } = request;
	const body = (request.body ?? {}) as Record<string, unknown>;
	if (method === 'POST' && /^\/contacts\/(upsert\/?)?$/.test(path)) {
		const contact = { ...contactRecord(0), id: `new${request.receivedAt}`, email: body.email };
		return { status: 201, body: path.includes('upsert') ? { new: true, contact } : { contact } };
	}
	if (method === 'POST' && path === '/contacts/search') {
		if (!body.locationId && !lenient) return unprocessable('locationId must be a string');
		const size = pageSize(body.pageLimit);
		const after = Array.isArray(body.searchAfter) ? Number(body.searchAfter[1]) : -1;
		const from = after + 1;
		const contacts = [];
		for (let i = from; i < Math.min(CONTACTS, from + size); i++)
			contacts.push({ ...contactRecord(i), searchAfter: [Date.UTC(2026, 0, 1) + i * 1000, i] });
		return { body: { contacts, total: CONTACTS } };
	}
	const legacy = method === 'GET' && /^\/contacts\/?$/.test(path);
	const opportunities = method === 'GET' && path === '/opportunities/search';
	if (legacy || opportunities) {
		const locationKey = legacy ? 'locationId' : 'location_id';
		if (!query[locationKey] && !lenient) return unprocessable(`${locationKey} must be a string`);
		const total = legacy ? CONTACTS : OPPORTUNITIES;
		const size = pageSize(query.limit);
		const from = query.startAfterId
			? Number(/(\d+)$/.exec(String(query.startAfterId))?.[1]) + 1
			: 0;
		const records = [];
		for (let i = from; i < Math.min(total, from + size); i++)
			records.push(legacy ? contactRecord(i) : opportunityRecord(i));
		const lastRecord = records[records.length - 1];
		const meta = {
			total,
			startAfterId: lastRecord?.id ?? null,
			startAfter: lastRecord ? Date.UTC(2026, 0, 1) + (from + records.length - 1) * 1000 : null,
			currentPage: Math.floor(from / size) + 1,
		};
		return { body: legacy ? { contacts: records, meta } : { opportunities: records, meta } };
	}
	return { status: 404, body: { statusCode: 404, message: `no route ${method} ${path}` } };
}

// ---------------------------------------------------------------- running a side

interface Row {
	scenario: string;
	side: string;
	items: number;
	succeeded: number;
	failed: number;
	rejected429: number;
	requests: number;
	maxAcceptedInWindow: number;
	wallMs: number;
	firstRequestMs: number;
	error?: string;
	[extra: string]: unknown;
}

const rows: Row[] = [];
let server: FakeHighLevel;
let lenient = false;

beforeAll(async () => {
	requireBaseline();
	server = await startBenchServer();
});
afterAll(async () => {
	await server?.stop();
	if (rows.length) {
		const baseline = requireBaseline();
		const file = writeResults('scale', {
			baseline: `n8n-nodes-base@${baseline.n8nNodesBase} HighLevel v2`,
			rateLimit: RULE,
			largestPage: LARGEST_PAGE,
			scenarios: SCENARIOS,
			rows,
		});
		console.log(`results: ${file}`);
	}
});

function fresh() {
	server.reset();
	server.rateLimit = { ...RULE };
	server.handler = (request) => answer(request, lenient);
}

const contactItems = (count: number, tag: string): INodeExecutionData[] =>
	Array.from({ length: count }, (_, i) => ({
		json: { email: `${tag}-${i}@example.com`, firstName: `First${i}` },
	}));

const createParameters: INodeParameters = {
	resource: 'contact',
	operation: 'create',
	email: '={{ $json.email }}',
	additionalFields: { firstName: '={{ $json.firstName }}' },
};

const ours = (parameters: INodeParameters): Omit<RunOptions, 'items'> => ({
	parameters,
	credentials: pitCredentials(server.baseUrl, { locationId: LOCATION }),
});
const builtIn = (parameters: INodeParameters) => builtInRun(server.baseUrl, LOCATION, parameters);
const batching = {
	requestOptions: { batching: { batch: { batchSize: RULE.max, batchInterval: RULE.intervalMs } } },
};

function outcome(result: RunResult, items: number) {
	const failedItems = result.items.filter((i) => i.json.error !== undefined || i.error).length;
	const succeeded = result.error ? 0 : result.items.length - failedItems;
	return { succeeded, failed: items - succeeded, error: result.error?.message };
}

/** Runs `runs` executions at once and measures them together. */
async function measure(
	scenarioName: string,
	side: string,
	runs: Array<RunOptions>,
	extra: (requests: CapturedRequest[]) => Record<string, unknown> = () => ({}),
): Promise<Row> {
	fresh();
	const started = Date.now();
	const results = await Promise.all(runs.map(async (run) => await runCrm(run)));
	const wallMs = Date.now() - started;
	const items = runs.reduce((n, run) => n + (run.items?.length ?? 1), 0);
	const outcomes = results.map((r, k) => outcome(r, runs[k].items?.length ?? 1));
	const row: Row = {
		scenario: scenarioName,
		side,
		items,
		succeeded: outcomes.reduce((n, o) => n + o.succeeded, 0),
		failed: outcomes.reduce((n, o) => n + o.failed, 0),
		rejected429: server.rejected429,
		requests: server.requests.length,
		maxAcceptedInWindow: server.maxAcceptedInWindow,
		wallMs,
		firstRequestMs: server.requests.length ? server.requests[0].receivedAt - started : 0,
		...(outcomes.find((o) => o.error) ? { error: outcomes.find((o) => o.error)!.error } : {}),
		...extra(server.requests),
	};
	rows.push(row);
	return row;
}

const seconds = (ms: number) => (ms / 1000).toFixed(1);

/**
 * Creates: an item succeeded when HighLevel created its contact. The built-in node stops the
 * execution at its first failed item, so its output holds nothing even for the contacts it did
 * create; the items the execution output without an error are kept as `outputItems`.
 */
function settle(row: Row) {
	row.outputItems = row.succeeded;
	row.succeeded = Number(row.createdOnServer);
	row.failed = row.items - row.succeeded;
}

// ---------------------------------------------------------------- 1. bulk create

scenario('1')(`1. bulk create: ${CREATE_ITEMS} contacts in one execution`, async () => {
	const minimumMs = (CREATE_ITEMS / RULE.max) * RULE.intervalMs;
	const created = (requests: CapturedRequest[]) => ({
		createdOnServer: requests.filter((r) => r.method === 'POST').length - server.rejected429,
	});
	const sides: Array<[string, Omit<RunOptions, 'items'>, boolean]> = [
		['this pack (no settings)', ours(createParameters), false],
		['built-in node (defaults)', builtIn(createParameters), false],
		[
			`built-in node, Batching ${RULE.max} / ${RULE.intervalMs} ms`,
			builtIn({ ...createParameters, ...batching }),
			false,
		],
	];
	const measured: Row[] = [];
	for (const [label, run] of sides) {
		const row = await measure(
			'1',
			label,
			[{ ...run, items: contactItems(CREATE_ITEMS, 'bulk') }],
			created,
		);
		settle(row);
		row.minimumMs = minimumMs;
		row.ratio = row.wallMs / minimumMs;
		measured.push(row);
	}
	console.log(
		[
			`1. Bulk create: ${CREATE_ITEMS} contacts, one execution, limit ${RULE.max} / ${RULE.intervalMs} ms; theoretical minimum ${seconds(minimumMs)} s`,
			table([
				[
					'side',
					'succeeded',
					'failed',
					'429s',
					'wall s',
					'wall ÷ minimum',
					'first request s',
					'max accepted / window',
				],
				...measured.map((r) => [
					r.side,
					r.succeeded,
					r.failed,
					r.rejected429,
					seconds(r.wallMs),
					`${(r.ratio as number).toFixed(2)}`,
					seconds(r.firstRequestMs),
					r.maxAcceptedInWindow,
				]),
			]),
			...measured.filter((r) => r.error).map((r) => `  ${r.side}: stopped with "${r.error}"`),
		].join('\n'),
	);
});

// ---------------------------------------------------------------- 2. Return All

scenario('2')(
	`2. Return All: ${CONTACTS} contacts and ${OPPORTUNITIES} opportunities`,
	async () => {
		const cases: Array<[string, number, INodeParameters]> = [
			['contacts', CONTACTS, { resource: 'contact', operation: 'getAll', returnAll: true }],
			[
				'opportunities',
				OPPORTUNITIES,
				{ resource: 'opportunity', operation: 'getAll', returnAll: true },
			],
		];
		const measured: Row[] = [];
		for (const [what, records, parameters] of cases) {
			const minimum = Math.ceil(records / LARGEST_PAGE);
			const sides: Array<[string, Omit<RunOptions, 'items'>, boolean]> = [
				['this pack', ours(parameters), false],
				['built-in node', builtIn(parameters), false],
				['built-in node, server lenient on location', builtIn(parameters), true],
			];
			for (const [label, run, beLenient] of sides) {
				lenient = beLenient;
				const row = await measure('2', `${what}: ${label}`, [run], (requests) => ({
					endpoint: `${requests[0]?.method} ${requests[0]?.rawPath}`,
					pageSizes: [
						...new Set(
							requests.map((r) =>
								Number(r.query.limit ?? (r.body as { pageLimit?: number })?.pageLimit ?? 20),
							),
						),
					],
				}));
				lenient = false;
				const result = row;
				// records returned: the one execution's output items
				result.items = records;
				result.records = row.error ? 0 : row.succeeded;
				result.succeeded = Number(result.records);
				result.failed = records - Number(result.records);
				result.minimumRequests = minimum;
				result.ratio = row.requests / minimum;
				measured.push(result);
			}
		}
		console.log(
			[
				`2. Return All, limit ${RULE.max} / ${RULE.intervalMs} ms; minimum requests = records ÷ ${LARGEST_PAGE} (largest page in HighLevel's spec)`,
				table([
					[
						'side',
						'records out',
						'requests',
						'minimum',
						'requests ÷ minimum',
						'429s',
						'wall s',
						'endpoint',
						'page sizes',
					],
					...measured.map((r) => [
						r.side,
						Number(r.records),
						r.requests,
						Number(r.minimumRequests),
						(r.ratio as number).toFixed(2),
						r.rejected429,
						seconds(r.wallMs),
						String(r.endpoint),
						(r.pageSizes as number[]).join('/'),
					]),
				]),
				...measured.filter((r) => r.error).map((r) => `  ${r.side}: stopped with "${r.error}"`),
			].join('\n'),
		);
	},
);

// ---------------------------------------------------------------- 4. two executions at once

scenario('4')(`4. two executions at once, one location, 2 × ${PARALLEL_ITEMS} items`, async () => {
	const minimumMs = ((2 * PARALLEL_ITEMS) / RULE.max) * RULE.intervalMs;
	const both = (run: Omit<RunOptions, 'items'>) => [
		{ ...run, items: contactItems(PARALLEL_ITEMS, 'first') },
		{ ...run, items: contactItems(PARALLEL_ITEMS, 'second') },
	];
	const sides: Array<[string, RunOptions[]]> = [
		['this pack (no settings)', both(ours(createParameters))],
		['built-in node (defaults)', both(builtIn(createParameters))],
		[
			`built-in node, Batching ${RULE.max} / ${RULE.intervalMs} ms`,
			both(builtIn({ ...createParameters, ...batching })),
		],
	];
	const measured: Row[] = [];
	for (const [label, runs] of sides) {
		const row = await measure('4', label, runs, (requests) => ({
			createdOnServer: requests.filter((r) => r.method === 'POST').length - server.rejected429,
		}));
		settle(row);
		row.minimumMs = minimumMs;
		row.ratio = row.wallMs / minimumMs;
		measured.push(row);
	}
	console.log(
		[
			`4. Two executions at once, one location, 2 × ${PARALLEL_ITEMS} contact creates, limit ${RULE.max} / ${RULE.intervalMs} ms; theoretical minimum ${seconds(minimumMs)} s`,
			table([
				[
					'side',
					'succeeded',
					'failed',
					'429s',
					'max accepted / window',
					'wall s',
					'wall ÷ minimum',
				],
				...measured.map((r) => [
					r.side,
					r.succeeded,
					r.failed,
					r.rejected429,
					r.maxAcceptedInWindow,
					seconds(r.wallMs),
					(r.ratio as number).toFixed(2),
				]),
			]),
			...measured
				.filter((r) => r.error)
				.map((r) => `  ${r.side}: an execution stopped with "${r.error}"`),
		].join('\n'),
	);
});
