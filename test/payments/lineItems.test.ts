import { NodeHelpers, type IDataObject, type INodeParameters } from 'n8n-workflow';

import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { paymentsNode, productsNode } from './nodes';

/**
 * Line items given as fields and as JSON produce the same body, which HighLevel's spec accepts;
 * amounts, quantities, tax rates and currencies are checked before any request, with errors that
 * name the field.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const invoice: INodeParameters = {
	resource: 'invoice',
	operation: 'create',
	name: 'Website redesign',
	currency: 'usd',
	businessDetails: JSON.stringify({ name: 'Acme' }),
	discount: JSON.stringify({ type: 'percentage', value: 10 }),
	contactDetails: JSON.stringify({
		id: 'c1',
		name: 'Ada',
		phoneNo: '+15550100',
		email: 'ada@example.com',
	}),
	issueDate: '2026-01-31',
	sentTo: JSON.stringify({ email: ['ada@example.com'] }),
	liveMode: false,
};

const fieldItems = {
	item: [
		{
			name: 'Design',
			amount: 1200.5,
			qty: 1,
			currency: '',
			description: 'Mockups',
			productId: 'prod1',
			priceId: 'price1',
			type: 'one_time',
			taxInclusive: false,
		},
		{
			name: 'Hosting',
			amount: 20,
			qty: 12,
			currency: 'USD',
			description: '',
			productId: '',
			priceId: '',
			type: 'recurring',
			taxInclusive: true,
		},
	],
};

const expectedItems = [
	{
		name: 'Design',
		amount: 1200.5,
		qty: 1,
		currency: 'USD',
		description: 'Mockups',
		productId: 'prod1',
		priceId: 'price1',
		type: 'one_time',
		taxInclusive: false,
	},
	{
		name: 'Hosting',
		amount: 20,
		qty: 12,
		currency: 'USD',
		type: 'recurring',
		taxInclusive: true,
	},
];

async function send(parameters: INodeParameters) {
	const result = await runNode({
		nodeType: paymentsNode,
		parameters,
		credentials: pitCredentials(server.baseUrl),
	});
	return { result, requests: [...server.requests] };
}

describe('line items', () => {
	test('the fields form and the JSON form send the same body, valid for HighLevel', async () => {
		const fields = await send({ ...invoice, lineItemsInput: 'fields', lineItems: fieldItems });
		server.reset();
		const json = await send({
			...invoice,
			lineItemsInput: 'json',
			lineItemsJson: JSON.stringify(
				expectedItems.map((item) => ({
					...item,
					currency: item.name === 'Design' ? undefined : 'usd',
				})),
			),
		});
		expect(fields.result.error).toBeUndefined();
		expect(json.result.error).toBeUndefined();
		const body = fields.requests[0].body as IDataObject;
		expect(body.items).toEqual(expectedItems);
		expect(body.currency).toBe('USD');
		expect(body).toMatchObject({ altId: LOCATION, altType: 'location' });
		expect(json.requests[0].body).toEqual(body);
		const spec = await loadSpec('invoices');
		expect(spec.validate(fields.requests[0])).toEqual([]);
		expect(spec.validate(json.requests[0])).toEqual([]);
	});

	test('the JSON form carries the full shape: taxes, tax category, setup fee items', async () => {
		const items = [
			{
				name: 'Plan',
				amount: 99,
				qty: 1,
				currency: 'USD',
				taxes: [{ _id: 'tax1', name: 'VAT', rate: 20, calculation: 'exclusive' }],
				automaticTaxCategoryId: 'cat1',
				isSetupFeeItem: true,
			},
		];
		const { result, requests } = await send({
			...invoice,
			lineItemsInput: 'json',
			lineItemsJson: JSON.stringify(items),
		});
		expect(result.error).toBeUndefined();
		expect((requests[0].body as IDataObject).items).toEqual(items);
		expect((await loadSpec('invoices')).validate(requests[0])).toEqual([]);
	});

	test('an invoice update sends them as invoiceItems', async () => {
		const { result, requests } = await send({
			resource: 'invoice',
			operation: 'update',
			invoiceId: { __rl: true, mode: 'id', value: 'inv1' },
			name: 'Website redesign',
			currency: 'EUR',
			issueDate: '2026-01-31',
			dueDate: '2026-02-28',
			lineItems: { item: [{ name: 'Design', amount: 5, qty: 2 }] },
		});
		expect(result.error).toBeUndefined();
		const body = requests[0].body as IDataObject;
		// The fields form sends its defaults for the item's type and tax inclusion.
		expect(body.invoiceItems).toEqual([
			{ name: 'Design', amount: 5, qty: 2, currency: 'EUR', type: 'one_time', taxInclusive: false },
		]);
		expect(body.items).toBeUndefined();
		expect((await loadSpec('invoices')).validate(requests[0])).toEqual([]);
	});

	test.each([
		['invoice', ['create', 'update', 'createAndSend']],
		['invoiceTemplate', ['create', 'update']],
		['invoiceSchedule', ['create', 'update']],
		['estimate', ['create', 'update']],
		['estimateTemplate', ['create', 'update']],
	])('%s › %p offer line items as fields or JSON, not as raw items', (resource, operations) => {
		const node = { typeVersion: 1 };
		const shown = (parameters: INodeParameters, name: string) =>
			paymentsNode.description.properties.some(
				(property) =>
					property.name === name &&
					NodeHelpers.displayParameter(parameters, property, node, paymentsNode.description),
			);
		for (const operation of operations as string[]) {
			const parameters = { resource, operation, lineItemsInput: 'fields' };
			expect(shown(parameters, 'lineItemsInput')).toBe(true);
			expect(shown(parameters, 'lineItems')).toBe(true);
			expect(shown(parameters, 'lineItemsJson')).toBe(false);
			expect(shown({ ...parameters, lineItemsInput: 'json' }, 'lineItemsJson')).toBe(true);
			expect(shown(parameters, 'items')).toBe(false);
			expect(shown(parameters, 'invoiceItems')).toBe(false);
		}
	});
});

describe('money checks, before any request', () => {
	const refusals: Array<[string, INodeParameters, string]> = [
		[
			'an unknown currency',
			{ currency: 'dollars' },
			'"Currency" must be a three-letter currency code, not "dollars"',
		],
		[
			'a negative amount',
			{ lineItems: { item: [{ name: 'A', amount: -1, qty: 1 }] } },
			'"Line item 1: Amount" cannot be negative (-1)',
		],
		[
			'a zero quantity',
			{ lineItems: { item: [{ name: 'A', amount: 1, qty: 0 }] } },
			'"Line item 1: Quantity" must be more than 0',
		],
		[
			'an item in another currency',
			{
				lineItems: {
					item: [
						{ name: 'A', amount: 1, qty: 1 },
						{ name: 'B', amount: 1, qty: 1, currency: 'EUR' },
					],
				},
			},
			'"Line item 2: Currency" is EUR, but the document is in USD',
		],
		[
			'an item without a name',
			{ lineItems: { item: [{ name: ' ', amount: 1, qty: 1 }] } },
			'"Line item 1: Name" is empty',
		],
		['no items', { lineItems: {} }, '"Line Items" are empty'],
		[
			'a text amount in JSON',
			{ lineItemsInput: 'json', lineItemsJson: '[{"name": "A", "amount": "ten", "qty": 1}]' },
			'"Line item 1: Amount" must be a number, not "ten"',
		],
		[
			'a tax rate above 100',
			{
				lineItemsInput: 'json',
				lineItemsJson:
					'[{"name": "A", "amount": 1, "qty": 1, "taxes": [{"_id": "t", "name": "VAT", "rate": 120}]}]',
			},
			'"Line item 1: Tax 1 Rate" cannot be more than 100 (120)',
		],
		[
			'JSON that is not an array',
			{ lineItemsInput: 'json', lineItemsJson: '{"name": "A"}' },
			'"Line Items (JSON)" must be a JSON array',
		],
		[
			'JSON that does not parse',
			{ lineItemsInput: 'json', lineItemsJson: '[{"name": ' },
			'"Line Items (JSON)" is not valid JSON',
		],
		[
			'a percentage discount above 100',
			{ discount: JSON.stringify({ type: 'percentage', value: 150 }) },
			'"Discount value" cannot be more than 100 (150)',
		],
	];

	test.each(refusals)('refuses %s', async (_label, change, message) => {
		const { result, requests } = await send({
			...invoice,
			currency: 'USD',
			lineItems: { item: [{ name: 'A', amount: 1, qty: 1 }] },
			...change,
		});
		expect(result.error?.message).toContain(message);
		expect(requests).toHaveLength(0);
	});

	test('a fixed discount may exceed 100', async () => {
		const { result } = await send({
			...invoice,
			lineItems: { item: [{ name: 'A', amount: 1000, qty: 1 }] },
			discount: JSON.stringify({ type: 'fixed', value: 150 }),
		});
		expect(result.error).toBeUndefined();
	});

	test('prices: amount and currency are checked, numeric text becomes a number', async () => {
		const price = {
			resource: 'price',
			operation: 'create',
			productId: { __rl: true, mode: 'id', value: 'p1' },
			name: 'Monthly',
			type: 'recurring',
		};
		const bad = await runNode({
			nodeType: productsNode,
			parameters: { ...price, currency: 'US', amount: 10 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(bad.error?.message).toBe('"Currency" must be a three-letter currency code, not "US"');
		const negative = await runNode({
			nodeType: productsNode,
			parameters: { ...price, currency: 'usd', amount: -5 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(negative.error?.message).toBe('"Amount" cannot be negative (-5)');
		expect(server.requests).toHaveLength(0);
		const good = await runNode({
			nodeType: productsNode,
			parameters: { ...price, currency: 'usd', amount: '={{ "19.99" }}' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(good.error).toBeUndefined();
		expect(server.requests[0].body).toMatchObject({ currency: 'USD', amount: 19.99 });
		expect((await loadSpec('products')).validate(server.requests[0])).toEqual([]);
	});

	test('coupons: a percentage above 100 is refused, a fixed amount is not', async () => {
		const coupon = {
			resource: 'coupon',
			operation: 'create',
			name: 'Summer',
			code: 'SUMMER',
			startDate: '2026-06-01T00:00:00Z',
		};
		const bad = await send({ ...coupon, discountType: 'percentage', discountValue: 150 });
		expect(bad.result.error?.message).toBe('"Discount Value" cannot be more than 100 (150)');
		expect(bad.requests).toHaveLength(0);
		const good = await send({ ...coupon, discountType: 'amount', discountValue: 150 });
		expect(good.result.error).toBeUndefined();
		expect((await loadSpec('payments')).validate(good.requests[0])).toEqual([]);
	});

	test('shipping rates: currency and amount are checked, then sent without a Version', async () => {
		const rate = {
			resource: 'shippingRate',
			operation: 'create',
			shippingZoneId: 'zone1',
			name: 'Standard',
			conditionType: 'none',
			minCondition: 0,
			maxCondition: 0,
			shippingCarrierId: 'carrier1',
		};
		const bad = await runNode({
			nodeType: productsNode,
			parameters: { ...rate, currency: 'usd', amount: -4.99 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(bad.error?.message).toBe('"Amount" cannot be negative (-4.99)');
		expect(server.requests).toHaveLength(0);
		const good = await runNode({
			nodeType: productsNode,
			parameters: { ...rate, currency: 'usd', amount: 4.99 },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(good.error).toBeUndefined();
		expect(server.requests[0].body).toMatchObject({ currency: 'USD', amount: 4.99 });
		expect(server.requests[0].headers.version).toBeUndefined();
		expect((await loadSpec('store')).validate(server.requests[0])).toEqual([]);
	});

	test('a recorded order payment with a negative amount is refused', async () => {
		const { result, requests } = await send({
			resource: 'order',
			operation: 'recordPayment',
			orderId: { __rl: true, mode: 'id', value: 'o1' },
			mode: 'cash',
			additionalFields: { amount: -3 },
		});
		expect(result.error?.message).toBe('"Amount" cannot be negative (-3)');
		expect(requests).toHaveLength(0);
	});
});
