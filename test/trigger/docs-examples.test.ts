/**
 * Every example payload in HighLevel's webhook event docs, signed and delivered to the node.
 * The docs are read in place (never copied): HIGHLEVEL_API_DOCS or ../shared/highlevel-api next to the repo.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

import { HIGHLEVEL_EVENTS, resolveEventType } from '../../nodes/GoHighLevelTrigger/events';
import { locationsOf } from '../../nodes/GoHighLevelTrigger/location';
import { deliver, signed } from './harness';

const docsRoot =
	process.env.HIGHLEVEL_API_DOCS ?? path.resolve(__dirname, '../../../shared/highlevel-api');
const eventsDir = path.join(docsRoot, 'docs', 'webhook events');
const available = existsSync(eventsDir);

if (!available) {
	console.log(
		`Skipping HighLevel docs examples: ${eventsDir} not found (set HIGHLEVEL_API_DOCS to a highlevel-api-docs checkout).`,
	);
}

interface Example {
	file: string;
	event: string;
	heading: string;
	text: string;
}

/** Code blocks under an "Example" heading; tolerates the docs' "```json{" fences. */
function examplesOf(file: string): Example[] {
	const md = readFileSync(path.join(eventsDir, file), 'utf8');
	const out: Example[] = [];
	const fence = /```json([^\n]*)\n([\s\S]*?)```/g;
	for (let m = fence.exec(md); m !== null; m = fence.exec(md)) {
		if (m[1].includes('json_schema')) continue;
		const before = md.slice(0, m.index);
		const heading = before.match(/^#{2,6} .*$/gm)?.pop() ?? '';
		if (!/example/i.test(heading)) continue;
		out.push({
			file,
			event: file.replace(/\.md$/, ''),
			heading,
			text: `${m[1].trim()}\n${m[2]}`.trim(),
		});
	}
	return out;
}

/** Examples whose `type` names another event than their page (copy-paste in HighLevel's docs). */
const KNOWN_DOC_MISMATCHES: Record<string, string> = {
	'AppointmentUpdate.md': 'AppointmentCreate',
	'AppointmentDelete.md': 'AppointmentCreate',
	'InboundMessage.md#### Example(Call)': 'OutboundMessage',
};

/** Pages whose example `type` is not an event name (the price's own type): routable only under All events. */
const TYPE_IS_NOT_AN_EVENT = ['PriceDelete.md', 'PriceUpdate.md'];

const files = available
	? readdirSync(eventsDir)
			.filter((f) => f.endsWith('.md'))
			.sort()
	: [];
const examples = files.flatMap(examplesOf);

(available ? describe : describe.skip)('HighLevel webhook event docs', () => {
	let realNow: () => number;
	beforeEach(() => {
		realNow = Date.now;
	});
	afterEach(() => {
		Date.now = realNow;
	});

	it('the event catalogue lists exactly the 58 documented events', () => {
		expect(files).toHaveLength(58);
		expect(HIGHLEVEL_EVENTS.map((e) => e.value).sort()).toEqual(
			files.map((f) => f.replace(/\.md$/, '')).sort(),
		);
	});

	it('finds an example in every page except the price pages', () => {
		const withExamples = new Set(examples.map((e) => e.file));
		const missing = files.filter((f) => !withExamples.has(f));
		expect(missing).toEqual([]);
		expect(examples.length).toBeGreaterThanOrEqual(58);
	});

	it('every example names its sub-account where its page documents it, except agency-level ones', () => {
		const none: string[] = [];
		for (const example of examples) {
			const payload = JSON.parse(example.text) as Record<string, unknown>;
			const named = locationsOf(payload as never, resolveEventType(payload));
			if (typeof payload.locationId === 'string') expect(named).toContain(payload.locationId);
			if (['LocationCreate', 'LocationUpdate'].includes(example.event)) {
				expect(named).toEqual([payload.id]);
			}
			if (payload.altType === 'location') expect(named).toContain(payload.altId);
			if (named.length === 0) {
				// Agency-level deliveries carry only the agency's companyId.
				expect(payload).toHaveProperty('companyId');
				none.push(example.file);
			}
		}
		expect(none.sort()).toEqual(['AppInstall.md', 'AppUninstall.md']);
	});

	it.each(examples.map((e, i) => [`${e.file} ${e.heading} #${i}`, e] as const))(
		'%s passes a location filter naming its sub-account, and no other',
		async (_, example) => {
			const payload = JSON.parse(example.text) as Record<string, unknown>;
			if (payload.timestamp !== undefined) {
				const sent = Date.parse(String(payload.timestamp));
				Date.now = () => sent + 1000;
			}
			const [location] = locationsOf(payload as never, resolveEventType(payload));
			const events = ['*'];
			const other = await deliver(signed(example.text, { params: { events, locationIds: 'x' } }));
			expect(other).toMatchObject({ status: 200, started: false });
			if (location === undefined) return;
			const mine = await deliver(
				signed(example.text, { params: { events, locationIds: `x, ${location}` } }),
			);
			expect(mine.started).toBe(true);
		},
	);

	it.each(examples.map((e, i) => [`${e.file} ${e.heading} #${i}`, e] as const))(
		'%s parses and is routed to its event',
		async (_, example) => {
			const payload = JSON.parse(example.text) as Record<string, unknown>;
			expect(typeof payload).toBe('object');
			// Examples carry fixed timestamps; deliver them "just after" they were sent.
			if (payload.timestamp !== undefined) {
				const sent = Date.parse(String(payload.timestamp));
				Date.now = () => sent + 1000;
			}

			let text = example.text;
			let expected: string;
			if (TYPE_IS_NOT_AN_EVENT.includes(example.file)) {
				expect(resolveEventType(payload)).toBeUndefined();
				const out = await deliver(signed(text, { params: { events: ['*'] } }));
				expect(out.json!._ghl).toMatchObject({ event: null });
				expect((await deliver(signed(text, { params: { events: [example.event] } }))).started).toBe(
					false,
				);
				return;
			}
			if (typeof payload.type === 'string') {
				expected = resolveEventType(payload)!;
				expect(expected).toBeDefined();
				if (expected !== example.event) {
					expect(
						KNOWN_DOC_MISMATCHES[example.file] ??
							KNOWN_DOC_MISMATCHES[`${example.file}${example.heading}`],
					).toBe(expected);
				}
			} else {
				// Some pages omit "type": unknown to the node, so only "All events" lets them through …
				const unknown = await deliver(signed(text, { params: { events: ['*'] } }));
				expect(unknown.started).toBe(true);
				expect(unknown.json!._ghl).toMatchObject({ event: null });
				expect((await deliver(signed(text, { params: { events: [example.event] } }))).started).toBe(
					false,
				);
				// … and with the type HighLevel sends on the wire, they are routed to their event.
				text = `{"type":${JSON.stringify(example.event)},${text.slice(text.indexOf('{') + 1)}`;
				expected = example.event;
			}

			const out = await deliver(signed(text, { params: { events: [expected] } }));
			expect(out).toMatchObject({ status: 200, started: true });
			expect(out.json!._ghl).toMatchObject({ event: expected, verifiedBy: 'ed25519' });
			for (const [key, value] of Object.entries(JSON.parse(text)))
				expect(out.json![key]).toEqual(value);

			const others = HIGHLEVEL_EVENTS.map((e) => e.value).filter((v) => v !== expected);
			expect((await deliver(signed(text, { params: { events: others } }))).started).toBe(false);
		},
	);
});
