import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { pitCredentials } from '../helpers/credentials';
import { runCrm } from '../helpers/harness';

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());

test('smoke', async () => {
	server.handler = () => ({ body: { contact: { id: 'c1', firstName: 'Ada' } } });
	const result = await runCrm({
		parameters: { resource: 'contact', operation: 'get', contactId: 'c1' },
		credentials: pitCredentials(server.baseUrl),
	});
	console.log(JSON.stringify(result.items), result.error?.message, server.requests.map((r) => [r.method, r.rawPath, r.headers]));
	expect(result.items).toEqual([{ json: { id: 'c1', firstName: 'Ada' }, pairedItem: { item: 0 } }]);
});
