import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type { CapturedRequest, FakeHighLevel, Reply } from '../test/helpers/fakeHighLevel';
import { requireBaseline } from './lib/baseline';
import { startBenchServer } from './lib/server';
import { summarise, type CpuProfile } from './lib/profile';
import { RESULTS_DIR, table, writeResults } from './lib/results';

/**
 * Per-item CPU, side by side: this pack's CRM node and n8n's built-in HighLevel node (v2, from
 * n8n-nodes-base at our n8n version), both through n8n-core's WorkflowExecute → RoutingNode against
 * one local server with no rate limit.
 *
 * Each side runs in its own jest process (`bench/sides/cpu.side.ts`); the server runs here, so its
 * work is charged to neither side. A side runs a 200-item warm-up execution, then measures
 * process.cpuUsage() (user + system) across one execution of N items and divides by N.
 *
 * Environment: BENCH_ITEMS (creates, default 5000), BENCH_GET_ITEMS (gets, default 5000),
 * BENCH_WARMUP (default 200), BENCH_ROUNDS (default 1; the lowest figure per side is kept),
 * BENCH_PROFILE=1 (also profile one run of our side per operation and print where the time goes).
 */

const CREATE_ITEMS = Number(process.env.BENCH_ITEMS ?? 5000);
const GET_ITEMS = Number(process.env.BENCH_GET_ITEMS ?? 5000);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 200);
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 1));
const PROFILE = process.env.BENCH_PROFILE === '1';

const ROOT = join(__dirname, '..');
const JEST = require.resolve('jest/bin/jest');

type Side = 'ours' | 'baseline';
type Operation = 'create' | 'get';

interface SideResult {
	side: Side;
	operation: Operation;
	items: number;
	warmup: number;
	succeeded: number;
	cpuUserMs: number;
	cpuSystemMs: number;
	wallMs: number;
	topLevelProperties: number;
	totalProperties: number;
	expressionsPerItem: number;
	expressions: Array<{ expression: string; perItem: number }>;
}

const contact = (id: string, email?: string) => ({
	id,
	locationId: 'loc_Bench000001',
	email: email ?? `${id}@example.com`,
	firstName: 'First',
	tags: [],
	dateAdded: '2026-12-01T10:00:00.000Z',
});

/**
 * "No rate limit": HighLevel's rate-limit headers with a budget no run can reach. Without them our
 * transport would pace at HighLevel's documented 100 requests / 10 s until told otherwise; the
 * built-in node ignores them.
 */
const UNLIMITED = {
	'x-ratelimit-max': '1000000',
	'x-ratelimit-remaining': '1000000',
	'x-ratelimit-interval-milliseconds': '10000',
	'x-ratelimit-limit-daily': '100000000',
	'x-ratelimit-daily-remaining': '100000000',
};

/** HighLevel's answers for the three routes the two nodes call. */
function serve(server: FakeHighLevel) {
	server.handler = (request) => ({ ...answer(request), headers: UNLIMITED });
}

function answer(request: CapturedRequest): Reply {
	const body = request.body as { email?: string } | undefined;
	if (request.method === 'POST' && /^\/contacts\/?$/.test(request.rawPath)) {
		return { status: 201, body: { contact: contact('new1', body?.email) } };
	}
	if (request.method === 'POST' && /^\/contacts\/upsert\/?$/.test(request.rawPath)) {
		return { status: 201, body: { new: true, contact: contact('new1', body?.email) } };
	}
	const get = /^\/contacts\/([^/]+)\/?$/.exec(request.rawPath);
	if (request.method === 'GET' && get) return { body: { contact: contact(get[1]) } };
	return { status: 404, body: { statusCode: 404, message: `no route ${request.rawPath}` } };
}

async function runSide(
	server: FakeHighLevel,
	side: Side,
	operation: Operation,
	items: number,
	work: string,
	profile?: string,
): Promise<SideResult & { sampleRequest: unknown; requests: number }> {
	const out = join(work, `${side}-${operation}-${Date.now()}.json`);
	server.requests.length = 0;
	const args = [
		JEST,
		'-c',
		'bench/jest.config.js',
		'--runInBand',
		'--ci',
		'--testMatch',
		'<rootDir>/bench/sides/cpu.side.ts',
	];
	const env = {
		...process.env,
		BENCH_SIDE: side,
		BENCH_OPERATION: operation,
		BENCH_ITEMS: String(items),
		BENCH_WARMUP: String(WARMUP),
		BENCH_BASE_URL: server.baseUrl,
		BENCH_OUT: out,
		BENCH_PROFILE: profile ?? '',
	};
	const output: string[] = [];
	const code = await new Promise<number | null>((resolve, reject) => {
		const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: 'pipe' });
		child.stdout.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.stderr.on('data', (chunk: Buffer) => output.push(chunk.toString()));
		child.on('error', reject);
		child.on('exit', resolve);
	});
	if (code !== 0)
		throw new Error(`${side} ${operation} failed (exit ${code}):\n${output.join('')}`);
	const result = JSON.parse(readFileSync(out, 'utf8')) as SideResult;
	const last = server.requests[server.requests.length - 1];
	return {
		...result,
		requests: server.requests.length,
		sampleRequest: last && { method: last.method, path: last.rawPath, body: last.body },
	};
}

const perItemUs = (r: SideResult) => ((r.cpuUserMs + r.cpuSystemMs) * 1000) / r.items;

/** Scenario 3 of the side-by-side benchmark: skipped when BENCH_SCENARIOS names others only. */
const selected = (process.env.BENCH_SCENARIOS ?? '3').split(',').map((s) => s.trim());

(selected.includes('3') ? test : test.skip)(
	'3. per-item CPU: this pack vs n8n built-in HighLevel node',
	async () => {
		const baseline = requireBaseline();
		const server = await startBenchServer();
		serve(server);
		const work = mkdtempSync(join(tmpdir(), 'ghl-cpu-bench-'));
		try {
			const plan: Array<[Operation, number]> = [
				['create', CREATE_ITEMS],
				['get', GET_ITEMS],
			];
			const best = new Map<string, Awaited<ReturnType<typeof runSide>>>();
			for (let round = 0; round < ROUNDS; round++) {
				for (const [operation, items] of plan) {
					for (const side of ['ours', 'baseline'] as const) {
						const result = await runSide(server, side, operation, items, work);
						if (result.requests !== items + WARMUP) {
							throw new Error(
								`${side} ${operation}: the server saw ${result.requests} requests, expected ${items + WARMUP}`,
							);
						}
						const key = `${side}/${operation}`;
						const kept = best.get(key);
						if (!kept || perItemUs(result) < perItemUs(kept)) best.set(key, result);
					}
				}
			}

			const rows: Array<Array<string | number>> = [
				[
					'operation',
					'items',
					'ours µs/item',
					'built-in µs/item',
					'ratio ours/built-in',
					'ours wall ms',
					'built-in wall ms',
					'expressions/item ours',
					'built-in',
				],
			];
			const figures = [];
			for (const [operation, items] of plan) {
				const ours = best.get(`ours/${operation}`)!;
				const theirs = best.get(`baseline/${operation}`)!;
				const ratio = perItemUs(ours) / perItemUs(theirs);
				rows.push([
					operation,
					items,
					perItemUs(ours).toFixed(0),
					perItemUs(theirs).toFixed(0),
					`${ratio.toFixed(2)}×`,
					ours.wallMs.toFixed(0),
					theirs.wallMs.toFixed(0),
					ours.expressionsPerItem.toFixed(1),
					theirs.expressionsPerItem.toFixed(1),
				]);
				figures.push({
					operation,
					items,
					warmup: WARMUP,
					ours: { ...ours, cpuPerItemUs: perItemUs(ours) },
					baseline: { ...theirs, cpuPerItemUs: perItemUs(theirs) },
					ratio,
				});
			}
			const props = (side: Side) => {
				const { topLevelProperties, totalProperties } = best.get(`${side}/create`)!;
				return { topLevel: topLevelProperties, total: totalProperties };
			};

			let profiles: unknown[] = [];
			if (PROFILE) profiles = await profileOurs(server, work, plan);

			const file = writeResults('cpu', {
				baseline: `n8n-nodes-base@${baseline.n8nNodesBase} HighLevel v2`,
				rounds: ROUNDS,
				properties: { ours: props('ours'), baseline: props('baseline') },
				operations: figures,
				profiles,
			});
			console.log(
				[
					`Per-item CPU (user + system, measured execution only; lowest of ${ROUNDS} round(s)), no rate limit`,
					`built-in = n8n-nodes-base@${baseline.n8nNodesBase} HighLevel v2 (create = POST /contacts/upsert/)`,
					table(rows),
					`properties after n8n's loader (top-level / total): ours ${props('ours').topLevel} / ${props('ours').total}, built-in v2 ${props('baseline').topLevel} / ${props('baseline').total}`,
					'Expressions evaluated per item (n8n-workflow Expression.resolveSimpleParameterValue):',
					...figures.flatMap((f) =>
						(['ours', 'baseline'] as const).map(
							(side) =>
								`  ${f.operation} ${side === 'ours' ? 'ours' : 'built-in'}: ${f[side].expressions
									.map((e) => `${e.perItem.toFixed(1)}× ${e.expression}`)
									.join(' | ')}`,
						),
					),
					`results: ${file}`,
				].join('\n'),
			);
		} finally {
			await server.stop();
			rmSync(work, { recursive: true, force: true });
		}
	},
);

/** One profiled run of our side per operation: where each item's CPU goes. */
async function profileOurs(server: FakeHighLevel, work: string, plan: Array<[Operation, number]>) {
	const dir = join(RESULTS_DIR, 'profiles');
	mkdirSync(dir, { recursive: true });
	const summaries = [];
	for (const [operation, items] of plan) {
		const path = join(dir, `ours-${operation}.cpuprofile`);
		await runSide(server, 'ours', operation, items, work, path);
		const summary = summarise(JSON.parse(readFileSync(path, 'utf8')) as CpuProfile);
		const us = (ms: number) => ((ms * 1000) / items).toFixed(1);
		const share = (ms: number) => `${((ms / summary.totalMs) * 100).toFixed(1)}%`;
		const top = [...summary.functions].sort((a, b) => b.selfMs - a.selfMs).slice(0, 25);
		const inclusive = summary.functions
			.filter((f) =>
				/RoutingNode|getNodeParameter|getParameterValue|resolveParameter|prepare|send|transport|presend/i.test(
					`${f.name} ${f.area}`,
				),
			)
			.sort((a, b) => b.totalMs - a.totalMs)
			.slice(0, 15);
		console.log(
			[
				`Profile of our ${operation} (${items} items, sampled every 100 µs; ${path})`,
				`sampled ${summary.totalMs.toFixed(0)} ms = ${us(summary.totalMs)} µs/item`,
				'Self time by area:',
				table([
					['area', 'µs/item', 'share'],
					...summary.areas.map((a) => [a.area, us(a.ms), share(a.ms)]),
				]),
				'Top functions by self time:',
				table([
					['function', 'µs/item', 'share', 'where'],
					...top.map((f) => [f.name, us(f.selfMs), share(f.selfMs), f.where]),
				]),
				'Inclusive time of engine and transport entry points:',
				table([
					['function', 'µs/item', 'share', 'where'],
					...inclusive.map((f) => [f.name, us(f.totalMs), share(f.totalMs), f.where]),
				]),
			].join('\n'),
		);
		summaries.push({
			operation,
			items,
			profile: path,
			sampledMs: summary.totalMs,
			areas: summary.areas,
			topSelf: top,
			inclusive,
		});
	}
	return summaries;
}
