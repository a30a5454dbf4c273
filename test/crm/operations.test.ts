import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { CapturedRequest, FakeHighLevel, type Reply } from '../helpers/fakeHighLevel';
import { LOCATION, PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';
import { loadSpec, type SpecValidator } from '../helpers/spec';
import { contactsArea } from '../../nodes/GoHighLevelCrm/areas/contacts';
import contacts from '../../nodes/shared/spec/contacts.json';
import type { AreaFacts } from '../../nodes/shared/spec/types';

/**
 * Every operation of the Contacts area, run through n8n's engine against a local HighLevel: the
 * request it sends (method, encoded path, Version, Authorization, query, body) and the items it
 * outputs. Each captured request is also validated against HighLevel's own OpenAPI file.
 */

interface Case {
	resource: string;
	operation: string;
	parameters: INodeParameters;
	reply: Reply;
	method: string;
	path: string;
	query?: IDataObject;
	body?: IDataObject;
	output: IDataObject[];
}

const contact = { id: 'c1', firstName: 'Ada', locationId: LOCATION };
const task = { id: 't1', title: 'Call back', dueDate: '2026-12-01T09:00:00Z', completed: false };
const note = { id: 'n1', body: 'Met at the fair', contactId: 'c1' };

const cases: Case[] = [
	{
		resource: 'contact',
		operation: 'create',
		parameters: {
			email: 'ada@example.com',
			phone: '+1 888-888-8888',
			additionalFields: {
				firstName: 'Ada',
				tags: 'vip, lead ,',
				companyName: 'Analytical Engines',
				dnd: true,
				dndSettings: '{"SMS": {"status": "active"}}',
				customFields: { field: [{ id: 'cf1', value: 'blue' }] },
			},
		},
		reply: { status: 201, body: { contact } },
		method: 'POST',
		path: '/contacts/',
		body: {
			locationId: LOCATION,
			email: 'ada@example.com',
			phone: '+1 888-888-8888',
			firstName: 'Ada',
			tags: ['vip', 'lead'],
			companyName: 'Analytical Engines',
			dnd: true,
			dndSettings: { SMS: { status: 'active' } },
			customFields: [{ id: 'cf1', field_value: 'blue' }],
		},
		output: [contact],
	},
	{
		resource: 'contact',
		operation: 'upsert',
		parameters: {
			email: 'ada@example.com',
			phone: '',
			additionalFields: { createNewIfDuplicateAllowed: false },
		},
		reply: { body: { new: false, contact, traceId: 'tr-1' } },
		method: 'POST',
		path: '/contacts/upsert',
		body: {
			locationId: LOCATION,
			email: 'ada@example.com',
			createNewIfDuplicateAllowed: false,
		},
		output: [{ new: false, contact, traceId: 'tr-1' }],
	},
	{
		resource: 'contact',
		operation: 'get',
		parameters: { contactId: 'c1' },
		reply: { body: { contact } },
		method: 'GET',
		path: '/contacts/c1',
		output: [contact],
	},
	{
		resource: 'contact',
		operation: 'getAll',
		parameters: {
			returnAll: false,
			limit: 2,
			filters: {
				query: 'ada',
				filters: '[{"field":"tags","operator":"contains","value":["vip"]}]',
				sortBy: 'dateAdded',
				sortDirection: 'asc',
			},
		},
		reply: { body: { contacts: [contact, { id: 'c2' }], total: 2 } },
		method: 'POST',
		path: '/contacts/search',
		body: {
			locationId: LOCATION,
			pageLimit: 2,
			query: 'ada',
			filters: [{ field: 'tags', operator: 'contains', value: ['vip'] }],
			sort: [{ field: 'dateAdded', direction: 'asc' }],
		},
		output: [contact, { id: 'c2' }],
	},
	{
		resource: 'contact',
		operation: 'getAllLegacy',
		parameters: { returnAll: false, limit: 5, filters: { query: 'ada' } },
		reply: { body: { contacts: [contact], count: 1, meta: { total: 1 } } },
		method: 'GET',
		path: '/contacts/',
		query: { locationId: LOCATION, limit: '5', query: 'ada' },
		output: [contact],
	},
	{
		resource: 'contact',
		operation: 'getAllByBusiness',
		parameters: { businessId: 'b1', returnAll: false, limit: 10 },
		reply: { body: { contacts: [contact], count: 1 } },
		method: 'GET',
		path: '/contacts/business/b1',
		query: { locationId: LOCATION, limit: '10', skip: '0' },
		output: [contact],
	},
	{
		resource: 'contact',
		operation: 'findDuplicate',
		parameters: { additionalFields: { email: 'ada@example.com', number: '+15550100' } },
		reply: { body: { contact } },
		method: 'GET',
		path: '/contacts/search/duplicate',
		query: { locationId: LOCATION, email: 'ada@example.com', number: '+15550100' },
		output: [{ contact }],
	},
	{
		resource: 'contact',
		operation: 'update',
		parameters: { contactId: 'c1', updateFields: { lastName: 'Lovelace', tags: 'a,b' } },
		reply: { body: { succeded: true, contact } },
		method: 'PUT',
		path: '/contacts/c1',
		body: { lastName: 'Lovelace', tags: ['a', 'b'] },
		output: [contact],
	},
	{
		resource: 'contact',
		operation: 'delete',
		parameters: { contactId: 'c1' },
		reply: { body: { succeded: true } },
		method: 'DELETE',
		path: '/contacts/c1',
		output: [{ succeded: true }],
	},
	{
		resource: 'task',
		operation: 'create',
		parameters: {
			contactId: 'c1',
			title: 'Call back',
			dueDate: '2026-12-01T09:00:00Z',
			completed: false,
			additionalFields: { body: 'About the quote' },
		},
		reply: { status: 201, body: { task } },
		method: 'POST',
		path: '/contacts/c1/tasks',
		body: {
			title: 'Call back',
			dueDate: '2026-12-01T09:00:00Z',
			completed: false,
			body: 'About the quote',
		},
		output: [task],
	},
	{
		resource: 'task',
		operation: 'get',
		parameters: { contactId: 'c1', taskId: 't1' },
		reply: { body: { task } },
		method: 'GET',
		path: '/contacts/c1/tasks/t1',
		output: [task],
	},
	{
		resource: 'task',
		operation: 'getAll',
		parameters: { contactId: 'c1', returnAll: true },
		reply: { body: { tasks: [task, { id: 't2' }] } },
		method: 'GET',
		path: '/contacts/c1/tasks',
		output: [task, { id: 't2' }],
	},
	{
		resource: 'task',
		operation: 'update',
		parameters: {
			contactId: 'c1',
			taskId: 't1',
			updateFields: { title: 'Call again', completed: true },
		},
		reply: { body: { task } },
		method: 'PUT',
		path: '/contacts/c1/tasks/t1',
		body: { title: 'Call again', completed: true },
		output: [task],
	},
	{
		resource: 'task',
		operation: 'markCompleted',
		parameters: { contactId: 'c1', taskId: 't1', completed: true },
		reply: { body: { task } },
		method: 'PUT',
		path: '/contacts/c1/tasks/t1/completed',
		body: { completed: true },
		output: [task],
	},
	{
		resource: 'task',
		operation: 'delete',
		parameters: { contactId: 'c1', taskId: 't1' },
		reply: { body: { succeded: true } },
		method: 'DELETE',
		path: '/contacts/c1/tasks/t1',
		output: [{ succeded: true }],
	},
	{
		resource: 'note',
		operation: 'create',
		parameters: {
			contactId: 'c1',
			body: 'Met at the fair',
			additionalFields: { pinned: true, title: 'Fair' },
		},
		reply: { status: 201, body: { note } },
		method: 'POST',
		path: '/contacts/c1/notes',
		body: { body: 'Met at the fair', pinned: true, title: 'Fair' },
		output: [note],
	},
	{
		resource: 'note',
		operation: 'get',
		parameters: { contactId: 'c1', id: 'n1' },
		reply: { body: { note } },
		method: 'GET',
		path: '/contacts/c1/notes/n1',
		output: [note],
	},
	{
		resource: 'note',
		operation: 'getAll',
		parameters: { contactId: 'c1', returnAll: false, limit: 1 },
		reply: { body: { notes: [note, { id: 'n2' }] } },
		method: 'GET',
		path: '/contacts/c1/notes',
		output: [note],
	},
	{
		resource: 'note',
		operation: 'update',
		parameters: { contactId: 'c1', id: 'n1', updateFields: { body: 'Edited' } },
		reply: { body: { note } },
		method: 'PUT',
		path: '/contacts/c1/notes/n1',
		body: { body: 'Edited' },
		output: [note],
	},
	{
		resource: 'note',
		operation: 'delete',
		parameters: { contactId: 'c1', id: 'n1' },
		reply: { body: { succeded: true } },
		method: 'DELETE',
		path: '/contacts/c1/notes/n1',
		output: [{ succeded: true }],
	},
	{
		resource: 'tag',
		operation: 'add',
		parameters: { contactId: 'c1', tags: 'vip,customer' },
		reply: { status: 201, body: { tags: ['vip', 'customer'] } },
		method: 'POST',
		path: '/contacts/c1/tags',
		body: { tags: ['vip', 'customer'] },
		output: [{ tags: ['vip', 'customer'] }],
	},
	{
		resource: 'tag',
		operation: 'remove',
		parameters: { contactId: 'c1', tags: 'vip' },
		reply: { body: { tags: ['customer'] } },
		method: 'DELETE',
		path: '/contacts/c1/tags',
		body: { tags: ['vip'] },
		output: [{ tags: ['customer'] }],
	},
	{
		resource: 'follower',
		operation: 'add',
		parameters: { contactId: 'c1', followers: 'u1, u2' },
		reply: { status: 201, body: { followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] } },
		method: 'POST',
		path: '/contacts/c1/followers',
		body: { followers: ['u1', 'u2'] },
		output: [{ followers: ['u1', 'u2'], followersAdded: ['u1', 'u2'] }],
	},
	{
		resource: 'follower',
		operation: 'remove',
		parameters: { contactId: 'c1', followers: 'u2' },
		reply: { body: { followers: ['u1'], followersRemoved: ['u2'] } },
		method: 'DELETE',
		path: '/contacts/c1/followers',
		body: { followers: ['u2'] },
		output: [{ followers: ['u1'], followersRemoved: ['u2'] }],
	},
	{
		resource: 'campaign',
		operation: 'add',
		parameters: { contactId: 'c1', campaignId: 'cmp1' },
		reply: { status: 201, body: { succeded: true } },
		method: 'POST',
		path: '/contacts/c1/campaigns/cmp1',
		output: [{ succeded: true }],
	},
	{
		resource: 'campaign',
		operation: 'remove',
		parameters: { contactId: 'c1', campaignId: 'cmp1' },
		reply: { body: { succeded: true } },
		method: 'DELETE',
		path: '/contacts/c1/campaigns/cmp1',
		output: [{ succeded: true }],
	},
	{
		resource: 'campaign',
		operation: 'removeAll',
		parameters: { contactId: 'c1' },
		reply: { body: { succeded: true } },
		method: 'DELETE',
		path: '/contacts/c1/campaigns/removeAll',
		output: [{ succeded: true }],
	},
	{
		resource: 'workflow',
		operation: 'add',
		parameters: {
			contactId: 'c1',
			workflowId: 'wf1',
			additionalFields: { eventStartTime: '2026-12-01T10:30:00+01:00' },
		},
		reply: { body: { succeded: true } },
		method: 'POST',
		path: '/contacts/c1/workflow/wf1',
		body: { eventStartTime: '2026-12-01T09:30:00Z' },
		output: [{ succeded: true }],
	},
	{
		resource: 'workflow',
		operation: 'remove',
		parameters: { contactId: 'c1', workflowId: 'wf1' },
		reply: { body: { succeded: true } },
		method: 'DELETE',
		path: '/contacts/c1/workflow/wf1',
		output: [{ succeded: true }],
	},
	{
		resource: 'appointment',
		operation: 'getAll',
		parameters: { contactId: 'c1', returnAll: true },
		reply: { body: { events: [{ id: 'e1', title: 'Demo' }] } },
		method: 'GET',
		path: '/contacts/c1/appointments',
		output: [{ id: 'e1', title: 'Demo' }],
	},
	{
		resource: 'bulk',
		operation: 'updateTags',
		parameters: {
			type: 'remove',
			contacts: 'c1,c2',
			tags: 'old',
			additionalFields: { removeAllTags: false },
		},
		reply: { status: 201, body: { succeded: true, errorCount: 0, responses: [] } },
		method: 'POST',
		path: '/contacts/bulk/tags/update/remove',
		body: { locationId: LOCATION, contacts: ['c1', 'c2'], tags: ['old'], removeAllTags: false },
		output: [{ succeded: true, errorCount: 0, responses: [] }],
	},
	{
		resource: 'bulk',
		operation: 'updateBusiness',
		parameters: { ids: 'c1,c2', businessId: '' },
		reply: { body: { success: true, ids: ['c1', 'c2'] } },
		method: 'POST',
		path: '/contacts/bulk/business',
		body: { locationId: LOCATION, ids: ['c1', 'c2'], businessId: null },
		output: [{ success: true, ids: ['c1', 'c2'] }],
	},
];

const server = new FakeHighLevel();
let spec: SpecValidator;

beforeAll(async () => {
	await server.start();
	spec = await loadSpec('contacts');
});
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const versionOf = (resource: string, operation: string) => {
	const definition = contactsArea
		.find((r) => r.value === resource)!
		.operations.find((o) => o.value === operation)!;
	return (contacts as AreaFacts)[definition.endpoint].version;
};

test('the table covers every operation of the Contacts area (32) once', () => {
	const defined = contactsArea
		.flatMap((r) =>
			r.operations
				.filter((o) => o.endpoint in (contacts as AreaFacts))
				.map((o) => `${r.value}.${o.value}`),
		)
		.sort();
	const tested = cases.map((c) => `${c.resource}.${c.operation}`).sort();
	expect(defined).toHaveLength(32);
	expect(tested).toEqual(defined);
});

describe.each(cases)('$resource: $operation', (c) => {
	let captured: CapturedRequest;
	let items: IDataObject[];

	beforeEach(async () => {
		// The location's custom field definitions, read once before a write that names custom fields.
		const definitions = /^\/locations\/[^/]+\/customFields$/;
		server.handler = (request) =>
			definitions.test(request.rawPath)
				? {
						body: {
							customFields: [
								{ id: 'cf1', name: 'Color', fieldKey: 'contact.color', dataType: 'TEXT' },
							],
						},
					}
				: c.reply;
		const result = await runCrm({
			parameters: { resource: c.resource, operation: c.operation, ...c.parameters },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error?.message).toBeUndefined();
		const own = server.requests.filter((request) => !definitions.test(request.rawPath));
		expect(own).toHaveLength(1);
		captured = own[0];
		items = result.items.map((item) => item.json);
	});

	test('sends the request HighLevel expects', () => {
		expect(captured.method).toBe(c.method);
		expect(captured.rawPath).toBe(c.path);
		expect(captured.headers.version).toBe(versionOf(c.resource, c.operation));
		expect(captured.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(captured.query).toEqual(c.query ?? {});
		if (c.body) expect(captured.body).toEqual(c.body);
		else expect(captured.body ?? {}).toEqual({});
	});

	test('outputs one item per record', () => {
		expect(items).toEqual(c.output);
	});

	test('the request validates against the official spec', () => {
		if (!spec) return;
		expect(spec.validate(captured)).toEqual([]);
	});
});
