import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';

import type {
	INodeExecutionData,
	INodeParameters,
	INodeType,
	INodeTypeDescription,
} from 'n8n-workflow';

import { pitCredentials } from '../../test/helpers/credentials';
import { loadNodeType, runCrm, type RunOptions } from '../../test/helpers/harness';
import { BUILT_IN_VERSION, builtInRun } from '../lib/builtIn';
import { countProperties } from '../lib/properties';

/**
 * One side of the per-item CPU benchmark, run by `bench/cpu.bench.ts` as its own jest process so
 * that neither side's module load, JIT state or garbage shares a heap with the other, and the
 * local server (in the parent process) costs neither side any CPU.
 *
 * Environment: BENCH_SIDE (ours | baseline), BENCH_OPERATION (create | get), BENCH_ITEMS,
 * BENCH_WARMUP, BENCH_BASE_URL, BENCH_OUT (JSON result file), BENCH_PROFILE (a .cpuprofile path:
 * profile the measured execution only).
 */

const side = process.env.BENCH_SIDE as 'ours' | 'baseline';
const operation = process.env.BENCH_OPERATION as 'create' | 'get';
const items = Number(process.env.BENCH_ITEMS);
const warmup = Number(process.env.BENCH_WARMUP ?? 200);
const baseUrl = process.env.BENCH_BASE_URL!;
const out = process.env.BENCH_OUT!;
const profilePath = process.env.BENCH_PROFILE;

const LOCATION = 'loc_Bench000001';

function inputs(count: number, offset: number): INodeExecutionData[] {
	return Array.from({ length: count }, (_, i) => ({
		json: {
			id: `c${offset + i}`,
			email: `person${offset + i}@example.com`,
			firstName: `First${offset + i}`,
		},
	}));
}

/** The same work asked of each node, as a user would set it up in the editor. */
function options(): Omit<RunOptions, 'items'> {
	const parameters: Record<string, INodeParameters> = {
		create: {
			resource: 'contact',
			operation: 'create',
			email: '={{ $json.email }}',
			additionalFields: { firstName: '={{ $json.firstName }}' },
		},
		get: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
	};
	if (side === 'ours') {
		return {
			parameters: parameters[operation],
			credentials: pitCredentials(baseUrl, { locationId: LOCATION }),
		};
	}
	// n8n's built-in HighLevel node, v2 (its default version), from n8n-nodes-base at our n8n version.
	return builtInRun(baseUrl, LOCATION, parameters[operation]);
}

async function execute(run: Omit<RunOptions, 'items'>, count: number, offset: number) {
	const result = await runCrm({ ...run, items: inputs(count, offset) });
	const failed = result.items.filter((item) => item.json.error !== undefined || item.error).length;
	if (result.error || failed || result.items.length !== count) {
		throw new Error(
			`${side} ${operation}: ${result.items.length}/${count} items, ${failed} failed: ${result.error?.message ?? JSON.stringify(result.items.find((i) => i.error || i.json.error))}`,
		);
	}
	return result;
}

async function profiled<T>(work: () => Promise<T>): Promise<T> {
	if (!profilePath) return await work();
	const session = new Session();
	session.connect();
	const post = (method: string, params?: object) =>
		new Promise<unknown>((resolve, reject) =>
			session.post(method, params, (error, answer) => (error ? reject(error) : resolve(answer))),
		);
	await post('Profiler.enable');
	await post('Profiler.setSamplingInterval', { interval: 100 });
	await post('Profiler.start');
	try {
		return await work();
	} finally {
		const { profile } = (await post('Profiler.stop')) as { profile: unknown };
		writeFileSync(profilePath, JSON.stringify(profile));
		session.disconnect();
	}
}

/**
 * Counts the expressions n8n evaluates (each costs a data proxy and a global context), by text.
 * A Map increment per evaluation: noise against the evaluation itself.
 */
function countExpressions() {
	const { Expression } = require('n8n-workflow') as {
		Expression: {
			prototype: { resolveSimpleParameterValue: (value: unknown, ...rest: unknown[]) => unknown };
		};
	};
	const original = Expression.prototype.resolveSimpleParameterValue;
	const counts = new Map<string, number>();
	Expression.prototype.resolveSimpleParameterValue = function (value: unknown, ...rest: unknown[]) {
		if (typeof value === 'string' && value.startsWith('=')) {
			counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		return original.call(this, value, ...rest);
	};
	return () => {
		Expression.prototype.resolveSimpleParameterValue = original;
		return [...counts.entries()]
			.map(([expression, count]) => ({ expression, perItem: count / items }))
			.sort((a, b) => b.perItem - a.perItem);
	};
}

test(`${side} ${operation}: CPU per item`, async () => {
	const run = options();
	// Warm-up: loads every module on the path and lets the JIT settle before the measured run.
	if (warmup > 0) await execute(run, warmup, 1_000_000);
	const stopCounting = countExpressions();
	const wall = performance.now();
	const cpu = process.cpuUsage();
	const result = await profiled(async () => await execute(run, items, 0));
	const used = process.cpuUsage(cpu);
	const wallMs = performance.now() - wall;
	const expressions = stopCounting();
	writeFileSync(
		out,
		JSON.stringify({
			side,
			operation,
			items,
			warmup,
			succeeded: result.items.length,
			cpuUserMs: used.user / 1000,
			cpuSystemMs: used.system / 1000,
			wallMs,
			expressionsPerItem: expressions.reduce((sum, e) => sum + e.perItem, 0),
			expressions,
			topLevelProperties: description(run).properties.length,
			totalProperties: countProperties(description(run).properties),
		}),
	);
});

/** The node's description as n8n's loader leaves it ("Request Options" included). */
function description(run: Omit<RunOptions, 'items'>): INodeTypeDescription {
	if (run.nodeType && 'nodeVersions' in run.nodeType) {
		return (run.nodeType.nodeVersions[BUILT_IN_VERSION] as INodeType).description;
	}
	const { GoHighLevelCrm } = require('../../nodes/GoHighLevelCrm/GoHighLevelCrm.node') as {
		GoHighLevelCrm: new () => INodeType;
	};
	return loadNodeType(new GoHighLevelCrm()).description;
}
