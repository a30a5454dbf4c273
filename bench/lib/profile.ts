import { relative } from 'node:path';

/** The parts of V8's `.cpuprofile` format this summary reads. */
export interface CpuProfile {
	nodes: Array<{
		id: number;
		callFrame: { functionName: string; url: string; lineNumber: number };
		children?: number[];
	}>;
	samples: number[];
	timeDeltas: number[];
	startTime: number;
	endTime: number;
}

export interface FunctionTime {
	name: string;
	where: string;
	area: string;
	selfMs: number;
	totalMs: number;
}

const root = relative('/', `${__dirname}/../..`);

/** Which package or part of this repository a script belongs to. */
export function areaOf(url: string, functionName: string): string {
	if (!url) {
		if (functionName === '(garbage collector)') return 'V8 garbage collector';
		if (functionName === '(program)' || functionName === '(idle)') return 'V8 (program/idle)';
		return 'V8/native';
	}
	if (url.startsWith('node:')) return 'Node.js core (http, net, streams…)';
	const path = url.replace(/^file:\/\//, '');
	const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(path);
	if (pkg) {
		if (pkg[1] === 'n8n-core' && pkg[2].includes('routing-node')) return 'n8n-core RoutingNode';
		if (pkg[1] === 'n8n-workflow' && /expression|extensions|tmpl|evaluator/i.test(pkg[2])) {
			return 'n8n-workflow expressions';
		}
		return pkg[1];
	}
	const inRepo = relative(`/${root}`, path);
	if (inRepo.startsWith('nodes/shared/transport')) return 'ours: nodes/shared/transport';
	if (inRepo.startsWith('nodes/shared/builder')) return 'ours: nodes/shared/builder';
	if (inRepo.startsWith('nodes/')) return 'ours: nodes (other)';
	if (inRepo.startsWith('bench/.baseline')) return 'baseline: n8n HighLevel node';
	if (inRepo.startsWith('test/') || inRepo.startsWith('bench/')) return 'bench/test harness';
	return inRepo.startsWith('..') ? path : inRepo;
}

/**
 * Self and total (inclusive, recursion counted once) time per function, and self time per area,
 * from a V8 CPU profile.
 */
export function summarise(profile: CpuProfile) {
	const byId = new Map(profile.nodes.map((node) => [node.id, node]));
	const parent = new Map<number, number>();
	for (const node of profile.nodes)
		for (const child of node.children ?? []) parent.set(child, node.id);

	const selfUs = new Map<number, number>();
	profile.samples.forEach((id, i) => {
		// A sample's time is the gap to the next sample.
		const delta = profile.timeDeltas[i + 1] ?? 0;
		selfUs.set(id, (selfUs.get(id) ?? 0) + delta);
	});

	const keyOf = (id: number) => {
		const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
		return `${functionName || '(anonymous)'}\u0000${url}\u0000${lineNumber}`;
	};
	const functions = new Map<string, FunctionTime>();
	const entry = (id: number) => {
		const key = keyOf(id);
		let found = functions.get(key);
		if (!found) {
			const { functionName, url, lineNumber } = byId.get(id)!.callFrame;
			const shortUrl = url
				.replace(/^file:\/\//, '')
				.replace(/.*node_modules\//, '')
				.replace(`/${root}/`, '');
			found = {
				name: functionName || '(anonymous)',
				where: url ? `${shortUrl}:${lineNumber + 1}` : '',
				area: areaOf(url, functionName),
				selfMs: 0,
				totalMs: 0,
			};
			functions.set(key, found);
		}
		return found;
	};

	const areas = new Map<string, number>();
	let totalUs = 0;
	for (const [id, us] of selfUs) {
		totalUs += us;
		const own = entry(id);
		own.selfMs += us / 1000;
		areas.set(own.area, (areas.get(own.area) ?? 0) + us / 1000);
		// Inclusive time: every distinct function on the sample's stack.
		const seen = new Set<string>();
		for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
			const key = keyOf(at);
			if (seen.has(key)) continue;
			seen.add(key);
			entry(at).totalMs += us / 1000;
		}
	}
	return {
		totalMs: totalUs / 1000,
		functions: [...functions.values()],
		areas: [...areas.entries()].map(([area, ms]) => ({ area, ms })).sort((a, b) => b.ms - a.ms),
	};
}
