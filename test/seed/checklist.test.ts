import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { operationsOf } from '../../nodes/shared/builder/node';
import { SKIPPED } from '../../nodes/shared/spec/skipped';
import { BUILT_NODES } from '../conformance/nodes';
import { SPEC_OPERATIONS } from '../conformance/specFacts';

/**
 * The seed's checklist: the 235 endpoints of HighLevel's scraped API docs that the pack started from
 * (`endpoints.json`, the method and path of each, derived from the seed inventory). Each maps to the
 * spec operation that replaces it — the same one, the same path with other parameter names, or a
 * replacement listed below — and that operation is offered by a node or skipped with a reason. One
 * endpoint is not an API operation at all, with the reason why.
 */

const SEED: string[] = JSON.parse(readFileSync(join(__dirname, 'endpoints.json'), 'utf8'));

/** Seed endpoints whose operation has moved, or whose docs page named it differently. */
const REPLACED: Record<string, string> = {
	// Appointment notifications now live under each calendar.
	'POST /calendars/event-notifications': 'POST /calendars/{calendarId}/notifications',
	'GET /calendars/event-notifications/list': 'GET /calendars/{calendarId}/notifications',
	'PUT /calendars/event-notifications/update/{id}':
		'PUT /calendars/{calendarId}/notifications/{notificationId}',
	'GET /calendars/event-notifications/{id}':
		'GET /calendars/{calendarId}/notifications/{notificationId}',
	'DELETE /calendars/event-notifications/{id}':
		'DELETE /calendars/{calendarId}/notifications/{notificationId}',
	// The SaaS endpoints, documented without their prefix, are under /saas/.
	'POST /bulk-disable-saas/{companyId}': 'POST /saas/bulk-disable-saas/{companyId}',
	'POST /enable-saas/{locationId}': 'POST /saas/enable-saas/{locationId}',
	'GET /locations': 'GET /saas/locations',
	'PUT /update-saas-subscription/{locationId}': 'PUT /saas/update-saas-subscription/{locationId}',
	// The docs' PATCH of a social post is a PUT in the spec.
	'PATCH /social-media-posting/{locationId}/posts/{id}':
		'PUT /social-media-posting/{locationId}/posts/{id}',
};

/** Seed endpoints that are not operations of HighLevel's API for an n8n node to call. */
const NOT_OPERATIONS: Record<string, string> = {
	'POST /oauth/billing/webhook':
		"A Marketplace app's own backend reports an external payment to HighLevel with the app's client key and secret (x-ghl-client-key / x-ghl-client-secret), not with a user's token: a call from a Marketplace app, not an n8n operation",
};

const shape = (endpoint: string) => endpoint.replace(/\{[^}]+\}/g, '{}').replace(/\/$/, '');

const byShape = new Map<string, string[]>();
for (const endpoint of SPEC_OPERATIONS.keys()) {
	byShape.set(shape(endpoint), [...(byShape.get(shape(endpoint)) ?? []), endpoint]);
}

/** The spec operation a seed endpoint maps to, or why there is none. */
function specOperationOf(seed: string): string | undefined {
	if (SPEC_OPERATIONS.has(seed)) return seed;
	if (REPLACED[seed]) return REPLACED[seed];
	const same = byShape.get(shape(seed)) ?? [];
	return same.length === 1 ? same[0] : undefined;
}

const offered = new Map<string, string>();
for (const built of BUILT_NODES) {
	for (const { resource, definition } of operationsOf(built.resources)) {
		offered.set(
			definition.endpoint,
			`${built.name} › ${resource.name} › ${definition.name ?? definition.value}`,
		);
	}
}

function skipReason(endpoint: string): string | undefined {
	return SKIPPED[endpoint] ?? SKIPPED[`area:${SPEC_OPERATIONS.get(endpoint)}`];
}

test('the checklist is the seed inventory’s 235 endpoints, each once', () => {
	expect(SEED).toHaveLength(235);
	expect(new Set(SEED).size).toBe(SEED.length);
	for (const endpoint of SEED) expect(endpoint).toMatch(/^(GET|POST|PUT|PATCH|DELETE) \/\S*$/);
});

const inventory = resolve(__dirname, '../../../shared/reference/seed-inventory/endpoints.tsv');
(existsSync(inventory) ? test : test.skip)(
	'the checklist matches the seed inventory beside the repository',
	() => {
		const rows = readFileSync(inventory, 'utf8').trim().split('\n').slice(1);
		expect(rows.map((row) => row.split('\t').slice(2, 4).join(' '))).toEqual(SEED);
	},
);

test('every seed endpoint maps to a spec operation that a node offers or the skip list explains', () => {
	const unmapped: string[] = [];
	const uncovered: string[] = [];
	let byNode = 0;
	let skipped = 0;
	let moved = 0;
	for (const seed of SEED) {
		if (NOT_OPERATIONS[seed]) continue;
		const operation = specOperationOf(seed);
		if (!operation || !SPEC_OPERATIONS.has(operation)) {
			unmapped.push(seed);
			continue;
		}
		if (operation !== seed) moved++;
		if (offered.has(operation)) byNode++;
		else if (skipReason(operation)) skipped++;
		else uncovered.push(`${seed} → ${operation}`);
	}
	console.log(
		`seed checklist: ${SEED.length} endpoints; ${byNode} offered by a node, ${skipped} skipped with a reason, ${Object.keys(NOT_OPERATIONS).length} not an API operation; ${moved} map to a spec replacement`,
	);
	expect(unmapped).toEqual([]);
	expect(uncovered).toEqual([]);
});

test('every replacement and non-operation names a seed endpoint, and replacements name spec operations', () => {
	for (const [seed, operation] of Object.entries(REPLACED)) {
		expect(SEED).toContain(seed);
		expect(SPEC_OPERATIONS.has(operation)).toBe(true);
	}
	for (const [seed, reason] of Object.entries(NOT_OPERATIONS)) {
		expect(SEED).toContain(seed);
		expect(SPEC_OPERATIONS.has(seed)).toBe(false);
		expect(reason.trim()).not.toBe('');
	}
});
