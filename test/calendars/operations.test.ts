import { operationsOf } from '../../nodes/shared/builder/node';
import { calendarsResources } from '../../nodes/GoHighLevelCalendars/areas';
import { CALENDARS_SKIPPED_OPERATIONS } from '../../nodes/GoHighLevelCalendars/skipped';
import calendars from '../../nodes/shared/spec/calendars.json';
import { PIT_TOKEN, pitCredentials, LOCATION } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { ANY_ANSWER, calendarsNode, parametersFor } from './helpers';

/**
 * Every operation of the Calendars node, run through n8n's engine against a local HighLevel, once
 * with its required inputs only and once with every input it offers: the request must be the
 * operation's endpoint with its Version and token, and valid against HighLevel's spec.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => {
	server.reset();
	// Rooms and equipment, and notifications, answer a bare array.
	server.handler = (request) => ({
		body: /\/(resources\/[^/]+|notifications)$/.test(request.rawPath) ? [{ id: 'r1' }] : ANY_ANSWER,
	});
});

const operations = operationsOf(calendarsResources);

test('the node covers all 41 operations of calendars.json, or names why one is skipped', () => {
	const offered = new Set(operations.map((o) => o.definition.endpoint));
	const missing = Object.keys(calendars).filter(
		(endpoint) => !offered.has(endpoint) && !CALENDARS_SKIPPED_OPERATIONS[endpoint],
	);
	expect(missing).toEqual([]);
	expect(Object.keys(calendars)).toHaveLength(41);
	expect(offered.size + Object.keys(CALENDARS_SKIPPED_OPERATIONS).length).toBe(41);
});

test('the node stays within its property budget', () => {
	expect(calendarsNode.description.properties.length).toBeLessThanOrEqual(150);
});

const cases = operations.flatMap(({ resource, definition }) =>
	(['required', 'all'] as const).map(
		(inputs) => [resource.value, definition.value, inputs, definition.endpoint] as const,
	),
);

test.each(cases)('%s › %s with %s inputs: %s', async (resource, operation, inputs, endpoint) => {
	const parameters = parametersFor(resource, operation, inputs === 'all');
	const result = await runNode({
		nodeType: calendarsNode,
		parameters,
		credentials: pitCredentials(server.baseUrl),
	});
	if (result.error?.message === 'Nothing to update') {
		// An update whose body has no required input refuses to send an empty one.
		expect(inputs).toBe('required');
		expect(operation).toMatch(/^update/);
		expect(server.requests).toHaveLength(0);
		return;
	}
	expect(result.error).toBeUndefined();
	expect(server.requests).toHaveLength(1);
	const [request] = server.requests;
	const [method, template] = endpoint.split(' ');
	expect(request.method).toBe(method);
	const pattern = new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`);
	expect(request.rawPath).toMatch(pattern);
	expect(request.headers.version).toBe('2021-04-15');
	expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
	const spec = await loadSpec('calendars');
	expect(spec.validate(request)).toEqual([]);
	if (
		JSON.stringify(request.query).includes('locationId') ||
		JSON.stringify(request.body ?? {}).includes('"locationId"')
	) {
		expect(JSON.stringify([request.query, request.body])).toContain(LOCATION);
	}
	expect(result.items.length).toBeGreaterThan(0);
});
