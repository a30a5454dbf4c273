import * as field from '../shared/builder/fields';

/** Record pickers of the Payments node: search a list, or type an ID. */

export const orderId = field.locator('orderId', 'Order ID', {
	searchListMethod: 'searchOrders',
	description: 'The order, searched by customer, or given by ID',
});

const coupon = field.locator('couponId', 'Coupon ID', {
	searchListMethod: 'searchCoupons',
	description: 'The coupon, searched by name or code, or given by ID',
});

/** Coupons are named `id` by the API, in the query (get) or the body (update, delete). */
export const couponIdInQuery = {
	...coupon,
	routing: { send: { type: 'query', property: 'id' } },
} as const;
export const couponIdInBody = {
	...coupon,
	routing: { send: { type: 'body', property: 'id' } },
} as const;

export const invoiceId = field.locator('invoiceId', 'Invoice ID', {
	searchListMethod: 'searchInvoices',
	description: 'The invoice, searched by name or number, or given by ID',
});

export const invoiceTemplateId = field.locator('templateId', 'Invoice Template ID', {
	searchListMethod: 'searchInvoiceTemplates',
	description: 'The invoice template, searched by name, or given by ID',
});

export const estimateTemplateId = field.locator('templateId', 'Estimate Template ID', {
	searchListMethod: 'searchEstimateTemplates',
	description: 'The estimate template, searched by name, or given by ID',
});
