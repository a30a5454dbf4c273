import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';

import { LOCATION, PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import type { CapturedRequest } from '../helpers/fakeHighLevel';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runListSearch } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { paymentsNode, productsNode } from './nodes';

/**
 * The record pickers, run as the editor runs them (n8n-core's load-options context): the typed
 * text goes to HighLevel's search, scrolling asks for the next page, an empty list is no error,
 * and HighLevel's error reaches the user.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

interface Picker {
	method: string;
	nodeType: INodeType;
	parameter: string;
	parameters: INodeParameters;
	area: string;
	path: string;
	key: string;
	/** The sub-account as the picker's endpoint takes it. */
	location: IDataObject;
	/** Whether the typed text goes to HighLevel (`search`) or filters the page here. */
	serverSearch: boolean;
	record(i: number): IDataObject;
	label: string;
}

const pickers: Picker[] = [
	{
		method: 'searchOrders',
		nodeType: paymentsNode,
		parameter: 'orderId',
		parameters: { resource: 'order', operation: 'get' },
		area: 'payments',
		path: '/payments/orders',
		key: 'data',
		location: { altId: LOCATION },
		serverSearch: true,
		record: (i) => ({ _id: `o${i}`, contactName: `Ada ${i}`, amount: 10 + i, currency: 'USD' }),
		label: 'Ada 0 (10 USD)',
	},
	{
		method: 'searchCoupons',
		nodeType: paymentsNode,
		parameter: 'couponId',
		parameters: { resource: 'coupon', operation: 'update' },
		area: 'payments',
		path: '/payments/coupon/list',
		key: 'data',
		location: { altId: LOCATION, altType: 'location' },
		serverSearch: true,
		record: (i) => ({ _id: `cp${i}`, name: `Summer ${i}`, code: `SUMMER${i}` }),
		label: 'Summer 0 (SUMMER0)',
	},
	{
		method: 'searchInvoices',
		nodeType: paymentsNode,
		parameter: 'invoiceId',
		parameters: { resource: 'invoice', operation: 'get' },
		area: 'invoices',
		path: '/invoices/',
		key: 'invoices',
		location: { altId: LOCATION, altType: 'location' },
		serverSearch: true,
		record: (i) => ({
			_id: `inv${i}`,
			invoiceNumber: `100${i}`,
			name: 'Design',
			total: 50,
			currency: 'EUR',
		}),
		label: '#1000 Design (50 EUR)',
	},
	{
		method: 'searchInvoiceTemplates',
		nodeType: paymentsNode,
		parameter: 'templateId',
		parameters: { resource: 'invoiceTemplate', operation: 'get' },
		area: 'invoices',
		path: '/invoices/template',
		key: 'data',
		location: { altId: LOCATION, altType: 'location' },
		serverSearch: true,
		record: (i) => ({ _id: `tpl${i}`, name: `Template ${i}` }),
		label: 'Template 0',
	},
	{
		method: 'searchEstimateTemplates',
		nodeType: paymentsNode,
		parameter: 'templateId',
		parameters: { resource: 'estimateTemplate', operation: 'delete' },
		area: 'invoices',
		path: '/invoices/estimate/template',
		key: 'data',
		location: { altId: LOCATION, altType: 'location' },
		serverSearch: true,
		record: (i) => ({ _id: `et${i}`, name: `Estimate template ${i}` }),
		label: 'Estimate template 0',
	},
	{
		method: 'searchProducts',
		nodeType: productsNode,
		parameter: 'productId',
		parameters: { resource: 'product', operation: 'get' },
		area: 'products',
		path: '/products/',
		key: 'products',
		location: { locationId: LOCATION },
		serverSearch: true,
		record: (i) => ({ _id: `p${i}`, name: `Tee ${i}`, productType: 'PHYSICAL' }),
		label: 'Tee 0 (PHYSICAL)',
	},
	{
		method: 'searchPrices',
		nodeType: productsNode,
		parameter: 'priceId',
		parameters: {
			resource: 'price',
			operation: 'get',
			productId: { __rl: true, mode: 'id', value: 'prod 1' },
		},
		area: 'products',
		path: '/products/prod%201/price',
		key: 'prices',
		location: { locationId: LOCATION },
		serverSearch: false,
		record: (i) => ({
			_id: `pr${i}`,
			name: i % 2 ? `Yearly ${i}` : `Monthly ${i}`,
			amount: 9,
			currency: 'USD',
		}),
		label: 'Monthly 0 (9 USD)',
	},
];

const all = Array.from({ length: 120 }, (_, i) => i);

function answer(picker: Picker, request: CapturedRequest, count = all.length) {
	const offset = Number(request.query.offset);
	const limit = Number(request.query.limit);
	const ids = all.slice(0, count).slice(offset, offset + limit);
	return { body: { [picker.key]: ids.map(picker.record), total: count } };
}

describe.each(pickers.map((p) => [p.method, p] as const))('%s', (_method, picker) => {
	const search = async (filter?: string, paginationToken?: string) =>
		await runListSearch({
			nodeType: picker.nodeType,
			parameter: picker.parameter,
			method: picker.method,
			parameters: picker.parameters,
			credentials: pitCredentials(server.baseUrl),
			filter,
			paginationToken,
		});

	test('searches with the typed text, in the sub-account, 50 at a time', async () => {
		server.handler = (request) => answer(picker, request);
		const result = await search(' mon ');
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(`GET ${picker.path}`);
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect(request.headers.version).toBe('2021-07-28');
		expect(request.query).toEqual({
			...picker.location,
			limit: '50',
			offset: '0',
			...(picker.serverSearch ? { search: 'mon' } : {}),
		});
		expect((await loadSpec(picker.area)).validate(request)).toEqual([]);
		if (picker.serverSearch) {
			expect(result.results).toHaveLength(50);
			expect(result.results[0]).toEqual({
				name: picker.label,
				value: String(picker.record(0)._id),
			});
		} else {
			// Prices have no search input: the page is filtered by name here.
			expect(result.results.length).toBe(25);
			expect(result.results.every((r) => r.name.toLowerCase().includes('mon'))).toBe(true);
		}
		expect(result.paginationToken).toBe('50');
	});

	test('scrolling asks for the next page, and the last page ends the list', async () => {
		server.handler = (request) => answer(picker, request);
		const second = await search(undefined, '50');
		expect(server.requests[0].query.offset).toBe('50');
		expect(second.results[0].value).toBe(String(picker.record(50)._id));
		expect(second.paginationToken).toBe('100');
		const third = await search(undefined, second.paginationToken);
		expect(third.results).toHaveLength(20);
		expect(third.paginationToken).toBeUndefined();
	});

	test('an empty list is an empty result, not an error', async () => {
		server.handler = (request) => answer(picker, request, 0);
		const result = await search('nothing');
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	test("HighLevel's error reaches the user", async () => {
		server.handler = () => ({
			status: 403,
			body: { statusCode: 403, message: 'The token does not have access to this location' },
		});
		await expect(search()).rejects.toThrow(/The token does not have access to this location/);
		expect(server.requests).toHaveLength(1);
	});
});

test('the price picker asks for a product first', async () => {
	await expect(
		runListSearch({
			nodeType: productsNode,
			parameter: 'priceId',
			method: 'searchPrices',
			parameters: { resource: 'price', operation: 'get' },
			credentials: pitCredentials(server.baseUrl),
		}),
	).rejects.toThrow('Choose a product first');
	expect(server.requests).toHaveLength(0);
});
