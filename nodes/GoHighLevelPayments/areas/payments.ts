import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import { checkAmount, failer, moneyCheck } from '../../shared/builder/money';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/payments.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { couponIdInBody, couponIdInQuery, orderId } from '../pickers';

/**
 * The Payments API area (payments.json): orders and fulfillments, transactions, subscriptions,
 * coupons, custom payment providers and whitelabel integrations, 23 operations. Most take the
 * sub-account as `altId` + `altType=location`; orders as `altId` (and `locationId`) without
 * `altType`; transactions as both `altId` + `altType` and `locationId`.
 */

const payments = facts as AreaFacts;

const paging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const common: Record<string, InputChoice> = {
	orderId,
	contactId: { displayName: 'Contact ID' },
	startAt: { placeholder: '2026-01-01', description: 'From this date (YYYY-MM-DD)' },
	endAt: { placeholder: '2026-01-31', description: 'Up to this date (YYYY-MM-DD)' },
	search: { description: 'Text to search for' },
	paymentMode: { description: 'live or test' },
};

const orderInputs: Record<string, InputChoice> = {
	...common,
	mode: { description: 'How it was paid: cash, card, cheque, bank_transfer or other' },
	trackings: {
		description: 'Tracking details of the shipment: trackingNumber, shippingCarrier, trackingUrl',
	},
	items: { description: 'The order items fulfilled: priceId and qty of each' },
	notifyCustomer: { description: 'Whether to email the customer' },
};

const couponInputs: Record<string, InputChoice> = {
	name: { placeholder: 'e.g. Summer sale' },
	id: couponIdInBody,
	code: { displayName: 'Coupon Code', placeholder: 'SUMMER10' },
	discountValue: { description: 'Percentage (0 to 100) or fixed amount, by Discount Type' },
	startDate: {
		placeholder: '2026-01-01T00:00:00Z',
		description: 'When the coupon starts (ISO 8601)',
	},
	endDate: { placeholder: '2026-12-31T23:59:59Z', description: 'When the coupon ends (ISO 8601)' },
	productIds: {
		displayName: 'Product IDs',
		description: 'Comma-separated IDs of the products it applies to',
	},
	status: { description: 'scheduled, active or expired' },
};

/** A coupon's discount value is an amount, and at most 100 when it is a percentage. */
async function couponMoney(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = options.body as IDataObject | undefined;
	if (!body || body.discountValue === undefined) return options;
	body.discountValue = checkAmount(body.discountValue, failer(this)('Discount Value'), {
		max: body.discountType === 'percentage' ? 100 : undefined,
	});
	return options;
}

export const order: ResourceDefinition = {
	value: 'order',
	name: 'Order',
	noun: { one: 'order', many: 'orders' },
	facts: [payments],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /payments/orders',
			inputs: orderInputs,
			list: { records: 'data', paging },
		},
		{ value: 'get', endpoint: 'GET /payments/orders/{orderId}', inputs: orderInputs },
		{
			value: 'recordPayment',
			endpoint: 'POST /payments/orders/{orderId}/record-payment',
			name: 'Record Payment',
			action: 'Record a payment of an order',
			description: 'Record a manual payment of an order',
			inputs: orderInputs,
			hooks: { preSend: [moneyCheck({ amounts: { amount: 'Amount' } })] },
		},
		{
			value: 'getNotes',
			endpoint: 'GET /payments/orders/{orderId}/notes',
			name: 'Get Notes',
			action: 'Get the notes of an order',
			inputs: orderInputs,
			list: { records: '*' },
		},
	],
};

export const fulfillment: ResourceDefinition = {
	value: 'fulfillment',
	name: 'Order Fulfillment',
	noun: { one: 'fulfillment', many: 'fulfillments' },
	description: 'Shipments of an order',
	facts: [payments],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /payments/orders/{orderId}/fulfillments',
			inputs: orderInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /payments/orders/{orderId}/fulfillments',
			inputs: orderInputs,
			list: { records: 'data' },
		},
	],
};

const transactionInputs: Record<string, InputChoice> = {
	...common,
	transactionId: { displayName: 'Transaction ID' },
	subscriptionId: { displayName: 'Subscription ID' },
	entityId: { displayName: 'Entity ID', description: 'ID of the invoice, order or other source' },
};

export const transaction: ResourceDefinition = {
	value: 'transaction',
	name: 'Transaction',
	noun: { one: 'transaction', many: 'transactions' },
	facts: [payments],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /payments/transactions',
			inputs: transactionInputs,
			list: { records: 'data', paging },
		},
		{
			value: 'get',
			endpoint: 'GET /payments/transactions/{transactionId}',
			inputs: transactionInputs,
		},
	],
};

export const subscription: ResourceDefinition = {
	value: 'subscription',
	name: 'Subscription',
	noun: { one: 'subscription', many: 'subscriptions' },
	facts: [payments],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /payments/subscriptions',
			inputs: { ...transactionInputs, id: { displayName: 'Subscription ID' } },
			list: { records: 'data', paging },
		},
		{
			value: 'get',
			endpoint: 'GET /payments/subscriptions/{subscriptionId}',
			inputs: transactionInputs,
		},
	],
};

export const coupon: ResourceDefinition = {
	value: 'coupon',
	name: 'Coupon',
	noun: { one: 'coupon', many: 'coupons' },
	facts: [payments],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /payments/coupon',
			inputs: couponInputs,
			hooks: { preSend: [couponMoney] },
		},
		{
			value: 'getAll',
			endpoint: 'GET /payments/coupon/list',
			inputs: couponInputs,
			list: { records: 'data', paging },
		},
		{
			value: 'get',
			endpoint: 'GET /payments/coupon',
			inputs: { ...couponInputs, id: couponIdInQuery },
		},
		{
			value: 'update',
			endpoint: 'PUT /payments/coupon',
			inputs: couponInputs,
			hooks: { preSend: [couponMoney] },
		},
		{ value: 'delete', endpoint: 'DELETE /payments/coupon', inputs: couponInputs },
	],
};

const providerInputs: Record<string, InputChoice> = {
	name: { placeholder: 'e.g. My Payments' },
	description: { placeholder: 'e.g. Cards and wallets through My Payments' },
	paymentsUrl: { displayName: 'Payments URL', placeholder: 'https://pay.example.com/checkout' },
	queryUrl: { displayName: 'Query URL', placeholder: 'https://pay.example.com/query' },
	imageUrl: { displayName: 'Image URL', placeholder: 'https://pay.example.com/logo.png' },
	live: { description: 'Live keys: apiKey and publishableKey' },
	test: { description: 'Test keys: apiKey and publishableKey' },
	liveMode: { description: 'Whether to disconnect the live config (off: the test config)' },
};

export const customProvider: ResourceDefinition = {
	value: 'customProvider',
	name: 'Custom Payment Provider',
	noun: { one: 'custom payment provider', many: 'custom payment providers' },
	description: 'Your own payment provider, and its live and test config',
	facts: [payments],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /payments/custom-provider/provider',
			inputs: providerInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /payments/custom-provider/provider',
			inputs: providerInputs,
		},
		{
			value: 'getConfig',
			endpoint: 'GET /payments/custom-provider/connect',
			name: 'Get Config',
			action: 'Get the config of a custom payment provider',
			inputs: providerInputs,
		},
		{
			value: 'connect',
			endpoint: 'POST /payments/custom-provider/connect',
			name: 'Connect Config',
			action: 'Connect the config of a custom payment provider',
			description: 'Create or replace the live and test keys of the custom payment provider',
			inputs: providerInputs,
		},
		{
			value: 'disconnect',
			endpoint: 'POST /payments/custom-provider/disconnect',
			name: 'Disconnect Config',
			action: 'Disconnect the config of a custom payment provider',
			inputs: providerInputs,
		},
		{
			value: 'updateCapabilities',
			endpoint: 'PUT /payments/custom-provider/capabilities',
			name: 'Update Capabilities',
			action: 'Update the capabilities of a custom payment provider',
			inputs: providerInputs,
		},
	],
};

export const whitelabelIntegration: ResourceDefinition = {
	value: 'whitelabelIntegration',
	name: 'Whitelabel Integration',
	noun: { one: 'whitelabel integration', many: 'whitelabel integrations' },
	description: 'Whitelabel payment integrations (e.g. Authorize.net, NMI)',
	facts: [payments],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /payments/integrations/provider/whitelabel',
			inputs: {
				uniqueName: {
					placeholder: 'my-nmi',
					description: 'Lowercase identifier, unique in the location',
				},
				provider: { placeholder: 'nmi', description: 'The provider: authorize-net or nmi' },
				title: { placeholder: 'e.g. NMI Payments' },
				description: { placeholder: 'e.g. Card payments through NMI' },
				imageUrl: { displayName: 'Image URL', placeholder: 'https://example.com/logo.png' },
			},
		},
		{
			value: 'getAll',
			endpoint: 'GET /payments/integrations/provider/whitelabel',
			list: { records: '*', paging },
		},
	],
};

export const paymentsArea: ResourceDefinition[] = [
	order,
	fulfillment,
	transaction,
	subscription,
	coupon,
	customProvider,
	whitelabelIntegration,
];
