import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const credentials = () => pitCredentials(server.baseUrl, { locationId: 'loc_Outputs01' });
const contact = {
	id: 'c1',
	firstName: 'Ada',
	lastName: 'Lovelace',
	email: 'ada@example.com',
	phone: '+15550100',
	tags: ['vip'],
	attributionSource: { url: 'https://example.com', medium: 'web' },
	dndSettings: { SMS: { status: 'active' } },
	customFields: [{ id: 'cf1', value: 'blue' }],
};

describe('Simplify', () => {
	const get: INodeParameters = { resource: 'contact', operation: 'get', contactId: 'c1' };

	test('a new node (version 1.1) returns the fields people use; off returns the whole record', async () => {
		server.handler = () => ({ body: { contact } });
		const simple = await runCrm({ parameters: get, credentials: credentials(), typeVersion: 1.1 });
		expect(simple.items[0].json).toEqual({
			id: 'c1',
			firstName: 'Ada',
			lastName: 'Lovelace',
			email: 'ada@example.com',
			phone: '+15550100',
			tags: ['vip'],
		});
		const full = await runCrm({
			parameters: { ...get, simplify: false },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(full.items[0].json).toEqual(contact);
	});

	test('a workflow saved with version 1 keeps the full output, and may turn Simplify on', async () => {
		server.handler = () => ({ body: { contact } });
		const saved = await runCrm({ parameters: get, credentials: credentials(), typeVersion: 1 });
		expect(saved.items[0].json).toEqual(contact);
		const on = await runCrm({
			parameters: { ...get, simplify: true },
			credentials: credentials(),
			typeVersion: 1,
		});
		expect(Object.keys(on.items[0].json)).not.toContain('attributionSource');
	});

	test('lists are simplified record by record', async () => {
		server.handler = () => ({
			body: {
				opportunities: [{ id: 'o1', name: 'Deal', status: 'open', notes: ['…'], contact }],
				meta: {},
			},
		});
		const { items } = await runCrm({
			parameters: { resource: 'opportunity', operation: 'getAll', limit: 1 },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(items.map((item) => item.json)).toEqual([{ id: 'o1', name: 'Deal', status: 'open' }]);
	});
});

describe('Deletes and actions without a record', () => {
	test.each([
		[
			{ resource: 'contact', operation: 'delete', contactId: 'c1' },
			{ succeded: true },
			{ success: true, id: 'c1' },
		],
		[
			{ resource: 'task', operation: 'delete', contactId: 'c1', taskId: 't1' },
			{ succeded: true },
			{ success: true, id: 't1', contactId: 'c1' },
		],
		[
			{ resource: 'workflow', operation: 'add', contactId: 'c1', workflowId: 'wf1' },
			{},
			{ success: true, id: 'wf1', contactId: 'c1' },
		],
		[
			{ resource: 'opportunity', operation: 'delete', id: 'o1' },
			{ succeded: false, message: 'Not allowed' },
			{ success: false, id: 'o1', message: 'Not allowed' },
		],
	] as Array<[INodeParameters, IDataObject, IDataObject]>)(
		'%j answers one item of the same shape',
		async (parameters, answer, expected) => {
			server.handler = () => ({ body: answer });
			const now = await runCrm({ parameters, credentials: credentials(), typeVersion: 1.1 });
			expect(now.items.map((item) => item.json)).toEqual([expected]);
			const saved = await runCrm({ parameters, credentials: credentials(), typeVersion: 1 });
			expect(saved.items.map((item) => item.json)).toEqual([answer]);
		},
	);

	test('an action that answers a record keeps it', async () => {
		server.handler = () => ({ body: { tags: ['vip', 'new'] } });
		const { items } = await runCrm({
			parameters: { resource: 'tag', operation: 'add', contactId: 'c1', tags: 'new' },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(items[0].json).toEqual({ tags: ['vip', 'new'] });
	});
});
