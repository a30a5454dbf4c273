import type { IDataObject } from 'n8n-workflow';

import { GoHighLevelAiAgents } from '../../nodes/GoHighLevelAiAgents/GoHighLevelAiAgents.node';
import { GoHighLevelCalendars } from '../../nodes/GoHighLevelCalendars/GoHighLevelCalendars.node';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runCrm, runLoadOptions, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * Inputs that take several users or tags are lists loaded from the location (users by name, tags by
 * name), or values from an expression; comma-separated text saved before still executes.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Lists000001';
const credentials = () => pitCredentials(server.baseUrl, { locationId: LOCATION });

const USERS = [
	{ id: 'u2', name: 'Zoe Quinn', email: 'zoe@example.com' },
	{ id: 'u1', firstName: 'Ann', lastName: 'Lee', email: 'ann@example.com' },
	{ id: 'u3', email: 'ops@example.com' },
];
const TAGS = [
	{ id: 't1', name: 'vip' },
	{ id: 't2', name: 'Lead' },
	{ id: 't3', name: 'vip' },
];

describe('the lists', () => {
	test('users by name (and email), sorted, through the location', async () => {
		server.handler = () => ({ body: { users: USERS } });
		const options = await runLoadOptions({
			method: 'getUsers',
			parameter: 'followers',
			parameters: { resource: 'follower', operation: 'add' },
			credentials: credentials(),
		});
		expect(options).toEqual([
			{ name: 'Ann Lee (ann@example.com)', value: 'u1' },
			{ name: 'ops@example.com', value: 'u3' },
			{ name: 'Zoe Quinn (zoe@example.com)', value: 'u2' },
		]);
		expect(server.requests[0].rawPath).toBe('/users/');
		expect(server.requests[0].query).toEqual({ locationId: LOCATION });
		expect((await loadSpec('users'))?.validate(server.requests[0]) ?? []).toEqual([]);
	});

	test("the location's tag names, once each, sorted", async () => {
		server.handler = () => ({ body: { tags: TAGS } });
		const options = await runLoadOptions({
			method: 'getTagNames',
			parameter: 'tags',
			parameters: { resource: 'tag', operation: 'add' },
			credentials: credentials(),
		});
		expect(options).toEqual([
			{ name: 'Lead', value: 'Lead' },
			{ name: 'vip', value: 'vip' },
		]);
		expect(server.requests[0].rawPath).toBe(`/locations/${LOCATION}/tags`);
	});

	test("the location's workflows by name, with their status", async () => {
		server.handler = () => ({
			body: {
				workflows: [
					{ id: 'w2', name: 'Nurture', status: 'published' },
					{ id: 'w1', name: 'After Call', status: 'draft' },
				],
			},
		});
		const options = await runLoadOptions({
			nodeType: loadDeclarativeNode(new GoHighLevelAiAgents()),
			method: 'getWorkflows',
			parameter: 'additionalFields',
			parameters: { resource: 'voiceAgent', operation: 'create' },
			credentials: credentials(),
		});
		expect(options).toEqual([
			{ name: 'After Call (draft)', value: 'w1' },
			{ name: 'Nurture (published)', value: 'w2' },
		]);
		expect(server.requests[0].rawPath).toBe('/workflows/');
		expect(server.requests[0].query).toEqual({ locationId: LOCATION });
	});

	test('an empty list', async () => {
		server.handler = () => ({ body: { users: [] } });
		const options = await runLoadOptions({
			method: 'getUsers',
			parameter: 'followers',
			parameters: { resource: 'follower', operation: 'add' },
			credentials: credentials(),
		});
		expect(options).toEqual([]);
	});

	test("an API error shows HighLevel's message", async () => {
		server.handler = () => ({
			status: 401,
			body: { statusCode: 401, message: 'The token does not have access to this location.' },
		});
		await expect(
			runLoadOptions({
				method: 'getTagNames',
				parameter: 'tags',
				parameters: { resource: 'tag', operation: 'add' },
				credentials: credentials(),
			}),
		).rejects.toThrow('The token does not have access to this location.');
	});

	test('Calendars and Conversations offer the users list too', () => {
		for (const node of [new GoHighLevelCalendars(), new GoHighLevelConversations()]) {
			expect(node.methods?.loadOptions?.getUsers).toBeDefined();
		}
	});
});

describe('what the lists send', () => {
	beforeEach(() => {
		server.handler = () => ({ body: { tags: ['vip', 'new'] } });
	});

	test.each([
		['picked from the list', ['vip', 'new'], 1.1],
		['an expression giving an array', '={{ ["vip", "new"] }}', 1.1],
		['saved with version 1 as comma-separated text', 'vip, new', 1],
		['saved with version 1 from an expression giving an array', '={{ ["vip", "new"] }}', 1],
	])('Tag › Add with tags %s', async (_, tags, typeVersion) => {
		const { error } = await runCrm({
			parameters: { resource: 'tag', operation: 'add', contactId: 'c1', tags },
			credentials: credentials(),
			asSaved: true,
			typeVersion,
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].body).toEqual({ tags: ['vip', 'new'] });
		expect((await loadSpec('contacts'))?.validate(server.requests[0]) ?? []).toEqual([]);
	});

	test('an expression giving no tags: refused before any request, naming the field', async () => {
		// An empty list itself is refused by n8n as a missing required parameter.
		const { error } = await runCrm({
			parameters: { resource: 'tag', operation: 'remove', contactId: 'c1', tags: '={{ [] }}' },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(error?.message).toBe('"Tags" is empty');
		expect(server.requests).toHaveLength(0);
	});

	test('Conversations search: users go as the comma-separated text the endpoint takes', async () => {
		server.handler = () => ({ body: { conversations: [], total: 0 } });
		const { error } = await runNode({
			nodeType: loadDeclarativeNode(new GoHighLevelConversations()),
			parameters: {
				resource: 'conversation',
				operation: 'search',
				filters: { assignedTo: ['u1', 'u2'], followers: ['u3'] },
			},
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].query).toMatchObject({ assignedTo: 'u1,u2', followers: 'u3' });
		expect((await loadSpec('conversations'))?.validate(server.requests[0]) ?? []).toEqual([]);
	});

	test('Voice AI agent: the call-end workflows picked go as a list', async () => {
		server.handler = () => ({ body: { id: 'agent1' } });
		const { error } = await runNode({
			nodeType: loadDeclarativeNode(new GoHighLevelAiAgents()),
			parameters: {
				resource: 'voiceAgent',
				operation: 'create',
				agentName: 'Front Desk',
				additionalFields: { callEndWorkflowIds: ['w1', 'w2'] },
			},
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(error).toBeUndefined();
		expect((server.requests[0].body as IDataObject).callEndWorkflowIds).toEqual(['w1', 'w2']);
		expect((await loadSpec('voice-ai'))?.validate(server.requests[0]) ?? []).toEqual([]);
	});

	test('Conversations search saved with version 1: the comma-separated text goes as it was', async () => {
		server.handler = () => ({ body: { conversations: [], total: 0 } });
		const { error } = await runNode({
			nodeType: loadDeclarativeNode(new GoHighLevelConversations()),
			parameters: {
				resource: 'conversation',
				operation: 'search',
				filters: { assignedTo: 'u1,u2' },
			},
			credentials: credentials(),
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].query).toMatchObject({ assignedTo: 'u1,u2' });
	});

	test('version 1 shows the text fields, version 1.1 the lists', () => {
		const node = loadDeclarativeNode(new GoHighLevelConversations());
		const filters = node.description.properties.find((p) => p.name === 'filters');
		const assigned = (
			(filters?.options ?? []) as Array<{
				name: string;
				type: string;
				displayOptions?: { show?: Record<string, unknown> };
			}>
		)
			.filter((o) => o.name === 'assignedTo')
			.map((o) => [o.type, o.displayOptions?.show?.['@version']]);
		expect(assigned).toHaveLength(2);
		expect(assigned).toEqual(
			expect.arrayContaining([
				['string', [1]],
				['multiOptions', [1.1]],
			]),
		);
	});

	test('Calendars free slots: users go as repeated query values', async () => {
		server.handler = () => ({ body: {} });
		const { error } = await runNode({
			nodeType: loadDeclarativeNode(new GoHighLevelCalendars()),
			parameters: {
				resource: 'freeSlot',
				operation: 'get',
				calendarId: 'cal1',
				startDate: '2026-03-01T00:00:00Z',
				endDate: '2026-03-02T00:00:00Z',
				additionalFields: { userIds: ['u1', 'u2'] },
			},
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].query.userIds).toEqual(['u1', 'u2']);
		expect((server.requests[0].query as IDataObject).userId).toBeUndefined();
		expect((await loadSpec('calendars'))?.validate(server.requests[0]) ?? []).toEqual([]);
	});
});
