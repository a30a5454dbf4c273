import type { INodeType } from 'n8n-workflow';

import { FakeHighLevel } from '../test/helpers/fakeHighLevel';
import { pitCredentials } from '../test/helpers/credentials';
import { loadDeclarativeNode, runCrm } from '../test/helpers/harness';
import { writeResults } from './lib/results';

/**
 * Throughput within HighLevel's burst limit, scaled 1:20 in time (100 requests / 10 s becomes
 * 100 / 500 ms): 500 "Get contact" items through n8n's engine, side by side:
 *  - this pack's transport, with no settings;
 *  - a plain declarative node as n8n builds them (no throttle, no retry), with and without the
 *    "Batching" request option set to exactly the limit — what a user of such a node must configure.
 */

const ITEMS = 500;
/** 1:20 and 1:5 of HighLevel's 10 s window: request latency is not scaled, so the first is the harsher test. */
const RULES = [
	{ max: 100, intervalMs: 500 },
	{ max: 100, intervalMs: 2000 },
];
type Rule = (typeof RULES)[number];

/** A declarative node without this pack's transport: the same request, routed by n8n alone. */
const plainNode: INodeType = loadDeclarativeNode({
	description: {
		displayName: 'Plain HighLevel',
		name: 'plainHighLevel',
		group: ['transform'],
		version: 1,
		description: 'Baseline',
		defaults: { name: 'Plain HighLevel' },
		inputs: ['main'],
		outputs: ['main'],
		credentials: [{ name: 'goHighLevelPrivateIntegrationApi', required: true }],
		requestDefaults: { baseURL: '={{$credentials.baseUrl}}', headers: { Version: '2021-07-28' } },
		properties: [
			{
				displayName: 'Contact ID',
				name: 'contactId',
				type: 'string',
				default: '',
				routing: { request: { method: 'GET', url: '=/contacts/{{encodeURIComponent($value)}}' } },
			},
		],
	},
});

interface Figures {
	label: string;
	ms: number;
	succeeded: number;
	failed: number;
	rejected429: number;
	maxInWindow: number;
}

async function measure(
	label: string,
	rule: Rule,
	server: FakeHighLevel,
	run: () => ReturnType<typeof runCrm>,
): Promise<Figures> {
	server.reset();
	server.rateLimit = rule;
	server.handler = () => ({ body: { contact: { id: 'c' } } });
	const started = Date.now();
	const result = await run();
	const ms = Date.now() - started;
	const failed = result.items.filter((i) => i.json.error !== undefined || i.error).length;
	return {
		label,
		ms,
		succeeded: result.items.length - failed,
		failed: failed + (result.error ? ITEMS - result.items.length : 0),
		rejected429: server.rejected429,
		maxInWindow: server.maxAcceptedInWindow,
	};
}

/** Every rule's figures so far, written to bench/results/throttle.json after each. */
const measured: Array<{ items: number; rule: Rule; rows: Figures[] }> = [];

test.each(RULES)('throughput against a limit of $max requests / $intervalMs ms', async (rule) => {
	const server = await new FakeHighLevel().start();
	const items = Array.from({ length: ITEMS }, (_, i) => ({ json: { id: `c${i}` } }));
	let location = 0;
	const credentials = () =>
		pitCredentials(server.baseUrl, { locationId: `bench${rule.intervalMs}-${++location}` });
	const rows: Figures[] = [];

	rows.push(
		await measure(
			'this pack (no settings)',
			rule,
			server,
			async () =>
				await runCrm({
					parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
					credentials: credentials(),
					items,
				}),
		),
	);
	rows.push(
		await measure(
			`plain node, batching ${rule.max} / ${rule.intervalMs} ms`,
			rule,
			server,
			async () =>
				await runCrm({
					nodeType: plainNode,
					parameters: {
						contactId: '={{ $json.id }}',
						requestOptions: {
							batching: { batch: { batchSize: rule.max, batchInterval: rule.intervalMs } },
						},
					},
					credentials: credentials(),
					items,
					continueOnFail: true,
				}),
		),
	);
	rows.push(
		await measure(
			'plain node, no batching',
			rule,
			server,
			async () =>
				await runCrm({
					nodeType: plainNode,
					parameters: { contactId: '={{ $json.id }}' },
					credentials: credentials(),
					items,
					continueOnFail: true,
				}),
		),
	);
	await server.stop();

	const ours = rows[0];
	const lines = rows.map(
		(r) =>
			`${r.label.padEnd(36)} ${String(r.ms).padStart(6)} ms  ok ${String(r.succeeded).padStart(3)}  failed ${String(r.failed).padStart(3)}  429s ${String(r.rejected429).padStart(4)}  max/window ${r.maxInWindow}  time ratio vs this pack ${(r.ms / ours.ms).toFixed(2)}`,
	);
	measured.push({ items: ITEMS, rule, rows });
	const file = writeResults('throttle', { runs: measured });
	console.log(
		`${ITEMS} items, limit ${rule.max} requests / ${rule.intervalMs} ms\n${lines.join('\n')}\nresults: ${file}`,
	);
});
