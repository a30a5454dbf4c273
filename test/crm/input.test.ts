import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => {
	server.reset();
	server.handler = (request) => ({
		body: { contact: { id: decodeURIComponent(request.rawPath.split('/')[2]) } },
	});
});

const credentials = () => pitCredentials(server.baseUrl, { locationId: 'loc_Input0001' });

describe('path parameters stay inside their segment', () => {
	test.each([
		['a/../b', '/contacts/a%2F..%2Fb'],
		['x?y=1', '/contacts/x%3Fy%3D1'],
		['frag#ment', '/contacts/frag%23ment'],
		['zoë 💡', '/contacts/zo%C3%AB%20%F0%9F%92%A1'],
		['  padded  ', '/contacts/padded'],
		['%2e%2e', '/contacts/%252e%252e'],
	])('%j is sent as %s', async (id, path) => {
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'get', contactId: id },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests.map((r) => r.rawPath)).toEqual([path]);
		expect(result.items[0].json.id).toBe(id.trim());
	});

	test('an empty literal is caught by n8n itself, naming the field', async () => {
		await expect(
			runCrm({
				parameters: { resource: 'contact', operation: 'get', contactId: '' },
				credentials: credentials(),
			}),
		).rejects.toThrow('Parameter "Contact ID" is required.');
		expect(server.requests).toHaveLength(0);
	});

	test.each([
		['   ', '"Contact ID" is empty'],
		['.', '"Contact ID" cannot be "."'],
		['..', '"Contact ID" cannot be ".."'],
	])('%j is refused before any request', async (id, message) => {
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'get', contactId: id },
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe(message);
		expect(result.error?.description).toMatch(/Set "Contact ID"/);
	});

	test('the second path parameter is checked and named too', async () => {
		const result = await runCrm({
			parameters: {
				resource: 'task',
				operation: 'get',
				contactId: 'c1',
				taskId: '={{ $json.missing }}',
			},
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('"Task ID" is empty');
	});
});

describe('field values', () => {
	test('invalid JSON names the field', async () => {
		const result = await runCrm({
			parameters: {
				resource: 'contact',
				operation: 'getAll',
				returnAll: true,
				filters: { filters: '[{"field": ' },
			},
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toMatch(/^"Filters \(JSON\)" is not valid JSON/);
	});

	test('an unreadable date names the field', async () => {
		const result = await runCrm({
			parameters: {
				resource: 'task',
				operation: 'create',
				contactId: 'c1',
				title: 'T',
				dueDate: 'next tuesday',
				completed: false,
			},
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('"Due Date" is not a valid date-time: "next tuesday"');
	});

	test('a date without offset is read in the workflow time zone', async () => {
		server.handler = () => ({ status: 201, body: { task: { id: 't1' } } });
		await runCrm({
			parameters: {
				resource: 'task',
				operation: 'create',
				contactId: 'c1',
				title: 'T',
				dueDate: '2026-07-01T09:00:00',
				completed: false,
			},
			credentials: credentials(),
		});
		// The harness runs workflows in n8n's default time zone, America/New_York (UTC-4 in July).
		expect((server.requests[0].body as { dueDate: string }).dueDate).toBe('2026-07-01T13:00:00Z');
	});

	test('an empty required list is refused', async () => {
		const result = await runCrm({
			parameters: { resource: 'tag', operation: 'add', contactId: 'c1', tags: ' , ' },
			credentials: credentials(),
		});
		expect(server.requests).toHaveLength(0);
		expect(result.error?.message).toBe('"Tags" is empty');
	});
});

describe('Continue On Fail', () => {
	const items = [
		{ json: { id: 'good1' } },
		{ json: { id: '' } },
		{ json: { id: 'missing' } },
		{ json: { id: 'good2' } },
	];

	beforeEach(() => {
		server.handler = (request) =>
			request.rawPath === '/contacts/missing'
				? { status: 400, body: { statusCode: 400, message: 'Contact with id missing not found' } }
				: { body: { contact: { id: decodeURIComponent(request.rawPath.split('/')[2]) } } };
	});

	test('failing items become error items and the others complete', async () => {
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			credentials: credentials(),
			items,
			continueOnFail: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(4);
		expect(result.items[0].json).toEqual({ id: 'good1' });
		expect(result.items[1].json.error).toBe('"Contact ID" is empty');
		expect(result.items[2].json.error).toBe('Bad request: Contact with id missing not found');
		expect(result.items[3].json).toEqual({ id: 'good2' });
		expect(server.requests.map((r) => r.rawPath)).toEqual([
			'/contacts/good1',
			'/contacts/missing',
			'/contacts/good2',
		]);
		expect(JSON.stringify(result.run)).not.toContain(PIT_TOKEN);
	});

	test('without it, the node fails on the first bad item with the item named', async () => {
		const result = await runCrm({
			parameters: { resource: 'contact', operation: 'get', contactId: '={{ $json.id }}' },
			credentials: credentials(),
			items,
		});
		expect(result.run.status).toBe('error');
		expect(result.error?.message).toBe('"Contact ID" is empty');
		expect(JSON.stringify(result.run)).not.toContain(PIT_TOKEN);
	});
});
