import type { IDataObject } from 'n8n-workflow';

import { LOCATION, oauthCredentials, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { paymentsNode, productsNode } from './nodes';

/**
 * Where each family puts the sub-account, which Version it sends, and which tokens it accepts, as
 * HighLevel's spec says per operation.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const rl = (value: string) => ({ __rl: true, mode: 'id', value });

test('orders take the sub-account as altId and locationId, without altType', async () => {
	const result = await runNode({
		nodeType: paymentsNode,
		parameters: { resource: 'order', operation: 'get', orderId: rl('ord 1') },
		credentials: pitCredentials(server.baseUrl),
	});
	expect(result.error).toBeUndefined();
	const [request] = server.requests;
	expect(request.rawPath).toBe('/payments/orders/ord%201');
	expect(request.query).toEqual({ altId: LOCATION, locationId: LOCATION });
	expect(request.headers.version).toBe('2021-07-28');
	expect((await loadSpec('payments')).validate(request)).toEqual([]);
});

test('transactions take altId + altType=location and locationId', async () => {
	server.handler = () => ({ body: { data: [{ _id: 't1' }] } });
	const result = await runNode({
		nodeType: paymentsNode,
		parameters: { resource: 'transaction', operation: 'getAll', limit: 5 },
		credentials: pitCredentials(server.baseUrl),
	});
	expect(result.items.map((item) => item.json._id)).toEqual(['t1']);
	const [request] = server.requests;
	expect(request.query).toEqual({
		altId: LOCATION,
		altType: 'location',
		locationId: LOCATION,
		limit: '5',
		offset: '0',
	});
	expect((await loadSpec('payments')).validate(request)).toEqual([]);
});

test('getting one product collection sends altId alone; listing them sends altType too', async () => {
	await runNode({
		nodeType: productsNode,
		parameters: { resource: 'collection', operation: 'get', collectionId: 'col1' },
		credentials: pitCredentials(server.baseUrl),
	});
	await runNode({
		nodeType: productsNode,
		parameters: { resource: 'collection', operation: 'getAll', limit: 1 },
		credentials: pitCredentials(server.baseUrl),
	});
	expect(server.requests.map((r) => r.query)).toEqual([
		{ altId: LOCATION },
		{ altId: LOCATION, altType: 'location', limit: '1', offset: '0' },
	]);
});

test('store operations send no Version header', async () => {
	server.handler = () => ({ body: { data: [] } });
	const result = await runNode({
		nodeType: productsNode,
		parameters: {
			resource: 'shippingZone',
			operation: 'create',
			name: 'Domestic',
			countries: JSON.stringify([{ code: 'US', states: [{ code: 'CA' }] }]),
		},
		credentials: pitCredentials(server.baseUrl),
	});
	expect(result.error).toBeUndefined();
	const [request] = server.requests;
	expect(request.headers.version).toBeUndefined();
	expect(request.body).toEqual({
		altId: LOCATION,
		altType: 'location',
		name: 'Domestic',
		countries: [{ code: 'US', states: [{ code: 'CA' }] }],
	});
	expect((await loadSpec('store')).validate(request)).toEqual([]);
});

test("products take locationId, the node's Location ID over the credential's", async () => {
	await runNode({
		nodeType: productsNode,
		parameters: {
			resource: 'product',
			operation: 'create',
			locationId: 'loc_Override01',
			name: 'Tee',
			productType: 'PHYSICAL',
		},
		credentials: pitCredentials(server.baseUrl),
	});
	const [request] = server.requests;
	expect(request.body).toEqual({
		locationId: 'loc_Override01',
		name: 'Tee',
		productType: 'PHYSICAL',
	});
	expect((await loadSpec('products')).validate(request)).toEqual([]);
});

describe('invoices and products accept an agency token as well as a sub-account one', () => {
	const cases = [
		{
			label: 'invoice get',
			nodeType: paymentsNode,
			parameters: { resource: 'invoice', operation: 'get', invoiceId: rl('inv1') },
			path: '/invoices/inv1',
			query: { altId: 'loc_Agency0001', altType: 'location' },
		},
		{
			label: 'product get',
			nodeType: productsNode,
			parameters: { resource: 'product', operation: 'get', productId: rl('p1') },
			path: '/products/p1',
			query: { locationId: 'loc_Agency0001' },
		},
	];

	test.each(cases)('$label with an agency Private Integration Token', async (c) => {
		const result = await runNode({
			nodeType: c.nodeType,
			parameters: { ...c.parameters, locationId: 'loc_Agency0001' },
			credentials: pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].rawPath).toBe(c.path);
		expect(server.requests[0].query).toEqual(c.query);
	});

	test.each(cases)('$label with an agency OAuth2 install', async (c) => {
		const result = await runNode({
			nodeType: c.nodeType,
			parameters: { ...c.parameters, authentication: 'oAuth2', locationId: 'loc_Agency0001' },
			credentials: oauthCredentials(server.baseUrl, { userType: 'Company', locationId: '' }),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].headers.authorization).toBe('Bearer oauth-access-old');
		expect(server.requests[0].query).toEqual(c.query);
	});

	test.each(cases)('$label with a sub-account token', async (c) => {
		const result = await runNode({
			nodeType: c.nodeType,
			parameters: c.parameters,
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		const expected = Object.fromEntries(
			Object.entries(c.query).map(([k, v]) => [k, v === 'loc_Agency0001' ? LOCATION : v]),
		) as IDataObject;
		expect(server.requests[0].query).toEqual(expected);
	});

	test('an agency token without a Location ID stops before any request', async () => {
		const result = await runNode({
			nodeType: paymentsNode,
			parameters: cases[0].parameters,
			credentials: pitCredentials(server.baseUrl, { tokenType: 'agency', locationId: '' }),
		});
		expect(result.error?.message).toBe('No HighLevel location (sub-account) ID is set');
		expect(server.requests).toHaveLength(0);
	});
});
