import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';

import { LOCATION, pitCredentials } from '../helpers/credentials';
import type { CapturedRequest } from '../helpers/fakeHighLevel';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { paymentsNode, productsNode } from './nodes';

/**
 * The offset/limit paging of these areas, over three pages: with the limit and offset HighLevel
 * requires in the query (invoices), with them optional (orders, products) and without a Version
 * (store). Every page keeps the filters and the sub-account; Limit asks only for what is missing.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const records = Array.from({ length: 237 }, (_, i) => ({ _id: `r${i}` }));

/** Answers like HighLevel: `limit` records from `offset`, under `key`, with the total. */
function pages(key: string) {
	return (request: CapturedRequest) => {
		const offset = Number(request.query.offset ?? 0);
		const limit = Number(request.query.limit ?? 10);
		return { body: { [key]: records.slice(offset, offset + limit), total: records.length } };
	};
}

const cases: Array<{
	label: string;
	nodeType: INodeType;
	area: string;
	key: string;
	parameters: INodeParameters;
	kept: IDataObject;
}> = [
	{
		label: 'invoices (GET /invoices/, limit and offset required)',
		nodeType: paymentsNode,
		area: 'invoices',
		key: 'invoices',
		parameters: {
			resource: 'invoice',
			operation: 'getAll',
			filters: { status: 'paid', search: 'web' },
		},
		kept: { altId: LOCATION, altType: 'location', status: 'paid', search: 'web' },
	},
	{
		label: 'orders (GET /payments/orders)',
		nodeType: paymentsNode,
		area: 'payments',
		key: 'data',
		parameters: { resource: 'order', operation: 'getAll', filters: { paymentStatus: 'paid' } },
		kept: { altId: LOCATION, locationId: LOCATION, paymentStatus: 'paid' },
	},
	{
		label: 'products (GET /products/)',
		nodeType: productsNode,
		area: 'products',
		key: 'products',
		parameters: { resource: 'product', operation: 'getAll', filters: { search: 'tee' } },
		kept: { locationId: LOCATION, search: 'tee' },
	},
	{
		label: 'shipping zones (GET /store/shipping-zone, no Version)',
		nodeType: productsNode,
		area: 'store',
		key: 'data',
		parameters: {
			resource: 'shippingZone',
			operation: 'getAll',
			filters: { withShippingRate: true },
		},
		kept: { altId: LOCATION, altType: 'location', withShippingRate: 'true' },
	},
];

describe.each(cases)('$label', ({ nodeType, area, key, parameters, kept }) => {
	test('Return All reads three pages, each with the filters and the sub-account', async () => {
		server.handler = pages(key);
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, returnAll: true },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((item) => item.json._id)).toEqual(records.map((r) => r._id));
		expect(server.requests.map((r) => [r.query.offset, r.query.limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '100'],
		]);
		const spec = await loadSpec(area);
		for (const request of server.requests) {
			expect(request.query).toMatchObject(kept);
			expect(spec.validate(request)).toEqual([]);
		}
	});

	test('Limit is exact and asks only for what is missing', async () => {
		server.handler = pages(key);
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, returnAll: false, limit: 230 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(230);
		expect(result.items[229].json._id).toBe('r229');
		expect(server.requests.map((r) => [r.query.offset, r.query.limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '30'],
		]);
	});

	test('a short page ends Return All', async () => {
		server.handler = (request) => {
			const reply = pages(key)(request);
			delete (reply.body as IDataObject).total;
			return reply;
		};
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, returnAll: true },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items).toHaveLength(records.length);
		expect(server.requests).toHaveLength(3);
	});
});
