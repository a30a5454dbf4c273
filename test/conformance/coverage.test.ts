import { DEFAULT_SCOPES } from '../../credentials/GoHighLevelOAuth2Api.credentials';
import { operationsOf } from '../../nodes/shared/builder/node';
import { SKIPPED } from '../../nodes/shared/spec/skipped';
import { BUILT_NODES } from './nodes';
import { AREAS, FACTS, SPEC_OPERATIONS } from './specFacts';

/**
 * Every operation of HighLevel's spec is either defined by a node or skipped with a reason, never
 * both, and every skip entry names something the spec has.
 */

const defined = BUILT_NODES.flatMap((built) =>
	operationsOf(built.resources).map(({ resource, definition, facts }) => ({
		label: `${built.name} › ${resource.value} › ${definition.value}`,
		endpoint: definition.endpoint,
		facts,
	})),
);
const definedEndpoints = new Set(defined.map((d) => d.endpoint));

function skipReason(endpoint: string): string | undefined {
	return SKIPPED[endpoint] ?? SKIPPED[`area:${SPEC_OPERATIONS.get(endpoint)}`];
}

test('every spec operation is defined by a node or skipped with a reason', () => {
	const missing = [...SPEC_OPERATIONS.keys()].filter(
		(endpoint) => !definedEndpoints.has(endpoint) && !skipReason(endpoint),
	);
	expect(missing).toEqual([]);
});

test('every definition names a spec operation, with that operation’s facts', () => {
	const unknown = defined
		.filter(({ endpoint, facts }) => {
			const area = SPEC_OPERATIONS.get(endpoint);
			return !area || JSON.stringify(FACTS[area][endpoint]) !== JSON.stringify(facts);
		})
		.map(({ label, endpoint }) => `${label}: ${endpoint}`);
	expect(unknown).toEqual([]);
});

test('no operation is both defined and skipped', () => {
	const both = defined
		.filter(({ endpoint }) => skipReason(endpoint))
		.map(({ label, endpoint }) => `${label} (${endpoint}) is skipped: "${skipReason(endpoint)}"`);
	expect(both).toEqual([]);
});

test('every skip entry names a spec operation or area, with a reason', () => {
	const stale = Object.entries(SKIPPED)
		.filter(([key, reason]) => {
			if (!reason.trim()) return true;
			if (key.startsWith('area:')) return !AREAS.includes(key.slice('area:'.length));
			return !SPEC_OPERATIONS.has(key);
		})
		.map(([key]) => key);
	expect(stale).toEqual([]);
});

/** HighLevel grants this one only to its own apps; the Agency node's Sub-Account › Delete says so. */
const INTERNAL_SCOPES = ['locations.internal-access-only'];

test("the OAuth2 credential's default scopes cover every operation the nodes define", () => {
	const granted = new Set([...DEFAULT_SCOPES, ...INTERNAL_SCOPES]);
	const missing = new Map<string, string[]>();
	for (const { label, facts } of defined) {
		for (const scope of facts.scopes) {
			if (!granted.has(scope)) missing.set(scope, [...(missing.get(scope) ?? []), label]);
		}
	}
	const report = [...missing].map(([scope, users]) => `${scope} (needed by ${users.join(', ')})`);
	if (report.length) {
		console.log(`DEFAULT_SCOPES lacks: ${[...missing.keys()].join(' ')}\n  ${report.join('\n  ')}`);
	}
	expect(report).toEqual([]);
});
