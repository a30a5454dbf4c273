import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';

import { checkAmount, checkCurrency, failer } from '../shared/builder/money';

/**
 * Line items of invoices, invoice templates, schedules, estimates and text2pay (`items[]`, or
 * `invoiceItems[]` on an invoice update): a list of the common fields, or the whole shape as JSON
 * (taxes, automatic tax category, setup fee items, …). Either way every amount, quantity, tax rate
 * and currency is checked before any request, with errors that name the item and the field.
 */

export const lineItemsInput: INodeProperties = {
	displayName: 'Line Items Input',
	name: 'lineItemsInput',
	type: 'options',
	options: [
		{
			name: 'Fields',
			value: 'fields',
			description: 'Name, amount, quantity, currency, product and price of each item',
		},
		{
			name: 'JSON',
			value: 'json',
			description: 'The items as a JSON array, with taxes and every other field HighLevel takes',
		},
	],
	default: 'fields',
	description: 'How to give the line items',
};

export const lineItems: INodeProperties = {
	displayName: 'Line Items',
	name: 'lineItems',
	type: 'fixedCollection',
	placeholder: 'Add Line Item',
	typeOptions: { multipleValues: true },
	required: true,
	default: {},
	displayOptions: { show: { lineItemsInput: ['fields'] } },
	options: [
		{
			displayName: 'Item',
			name: 'item',
			values: [
				{
					displayName: 'Amount',
					name: 'amount',
					type: 'number',
					typeOptions: { minValue: 0, numberPrecision: 2 },
					default: 0,
					description: 'Unit price, in the currency’s main unit (19.99)',
				},
				{
					displayName: 'Currency',
					name: 'currency',
					type: 'string',
					default: '',
					placeholder: 'USD',
					description: 'Three-letter code; empty takes the currency of the document',
				},
				{
					displayName: 'Description',
					name: 'description',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Name',
					name: 'name',
					type: 'string',
					default: '',
					required: true,
					placeholder: 'Consulting hour',
				},
				{
					displayName: 'Price ID',
					name: 'priceId',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Product ID',
					name: 'productId',
					type: 'string',
					default: '',
				},
				{
					displayName: 'Quantity',
					name: 'qty',
					type: 'number',
					typeOptions: { minValue: 0 },
					default: 1,
				},
				{
					displayName: 'Tax Inclusive',
					name: 'taxInclusive',
					type: 'boolean',
					default: false,
					description: 'Whether the amount already includes the taxes',
				},
				{
					displayName: 'Type',
					name: 'type',
					type: 'options',
					options: [
						{
							name: 'One Time',
							value: 'one_time',
						},
						{
							name: 'Recurring',
							value: 'recurring',
						},
					],
					default: 'one_time',
				},
			],
		},
	],
};

export const lineItemsJson: INodeProperties = {
	displayName: 'Line Items (JSON)',
	name: 'lineItemsJson',
	type: 'json',
	default:
		'[\n  {\n    "name": "Consulting hour",\n    "amount": 100,\n    "qty": 1,\n    "currency": "USD",\n    "taxes": [{ "_id": "tax1", "name": "VAT", "rate": 20 }]\n  }\n]',
	required: true,
	displayOptions: { show: { lineItemsInput: ['json'] } },
	description:
		'A JSON array of items: name, amount, qty, currency, and optionally description, productId, priceId, type, taxInclusive, taxes (each with _id, name and rate), automaticTaxCategoryId, isSetupFeeItem',
};

export const lineItemProperties = [lineItemsInput, lineItems, lineItemsJson];

const OPTIONAL_TEXT = ['description', 'productId', 'priceId'];

/** The items as the user gave them, before checks. */
function givenItems(fn: IExecuteSingleFunctions): IDataObject[] {
	const fail = failer(fn);
	if (fn.getNodeParameter('lineItemsInput', 'fields') === 'json') {
		const raw = fn.getNodeParameter('lineItemsJson', '[]') as unknown;
		let parsed = raw;
		if (typeof raw === 'string') {
			try {
				parsed = JSON.parse(raw);
			} catch (error) {
				fail('Line Items (JSON)')(
					`is not valid JSON (${(error as Error).message})`,
					'Give a JSON array of items, e.g. [{"name": "Hour", "amount": 100, "qty": 1, "currency": "USD"}].',
				);
			}
		}
		if (!Array.isArray(parsed)) {
			fail('Line Items (JSON)')('must be a JSON array', 'Give a JSON array of item objects.');
		}
		return (parsed as unknown[]).map((item, index) => {
			if (!item || typeof item !== 'object' || Array.isArray(item)) {
				fail(`Line Items (JSON)`)(
					`item ${index + 1} is not an object`,
					'Each item is an object with name, amount, qty and currency.',
				);
			}
			return { ...(item as IDataObject) };
		});
	}
	const entries = fn.getNodeParameter('lineItems.item', []) as IDataObject[];
	return entries.map((entry) => {
		const item: IDataObject = { ...entry };
		for (const key of [...OPTIONAL_TEXT, 'currency']) {
			if (typeof item[key] === 'string' && (item[key] as string).trim() === '') delete item[key];
		}
		return item;
	});
}

/**
 * Checks one item and returns it as HighLevel takes it. `documentCurrency` is the invoice's (or
 * estimate's) own currency: an item without one takes it, an item in another currency is refused.
 */
function checkedItem(
	fn: IExecuteSingleFunctions,
	item: IDataObject,
	index: number,
	documentCurrency: string | undefined,
): IDataObject {
	const at = (field: string) => failer(fn)(`Line item ${index + 1}: ${field}`);
	if (typeof item.name !== 'string' || item.name.trim() === '') {
		at('Name')('is empty', 'Give every line item a name.');
	}
	item.amount = checkAmount(item.amount, at('Amount'));
	item.qty = checkAmount(item.qty ?? 1, at('Quantity'));
	if (item.qty === 0) at('Quantity')('must be more than 0', 'Give a quantity above 0.');
	const currency = item.currency ?? documentCurrency;
	if (currency === undefined) {
		at('Currency')('is empty', 'Give the item a currency, or set the Currency of the document.');
	}
	item.currency = checkCurrency(currency, at('Currency'));
	if (documentCurrency && item.currency !== documentCurrency) {
		at('Currency')(
			`is ${item.currency}, but the document is in ${documentCurrency}`,
			'Use one currency for the document and all its items.',
		);
	}
	if (item.taxes !== undefined) {
		if (!Array.isArray(item.taxes)) at('Taxes')('must be an array', 'Give taxes as a JSON array.');
		item.taxes = (item.taxes as IDataObject[]).map((tax, t) => {
			const taxAt = (field: string) => at(`Tax ${t + 1} ${field}`);
			if (!tax || typeof tax !== 'object' || Array.isArray(tax)) {
				at(`Tax ${t + 1}`)('is not an object', 'Give each tax as {"_id", "name", "rate"}.');
			}
			const rate = checkAmount(tax.rate, taxAt('Rate'), { max: 100 });
			for (const key of ['_id', 'name']) {
				if (typeof tax[key] !== 'string' || (tax[key] as string).trim() === '') {
					taxAt(key === '_id' ? 'ID (_id)' : 'Name')(
						'is empty',
						'Every tax needs _id, name and rate.',
					);
				}
			}
			return { ...tax, rate };
		});
	}
	return item;
}

/** A discount's value is an amount, and at most 100 when it is a percentage. */
function checkDiscount(fn: IExecuteSingleFunctions, body: IDataObject): void {
	let discount = body.discount as unknown;
	if (typeof discount === 'string') {
		// The field's own check (run after this one) reports JSON that does not parse.
		try {
			discount = JSON.parse(discount);
		} catch {
			return;
		}
		body.discount = discount as IDataObject;
	}
	if (!discount || typeof discount !== 'object' || Array.isArray(discount)) return;
	if ((discount as IDataObject).value === undefined) return;
	checkDiscountValue(fn, discount as IDataObject);
}

function checkDiscountValue(fn: IExecuteSingleFunctions, discount: IDataObject): void {
	discount.value = checkAmount(discount.value, failer(fn)('Discount value'), {
		max: discount.type === 'fixed' ? undefined : 100,
	});
}

/** Puts the checked line items into the body under `key` and checks the document's currency. */
export function lineItemsBody(key: 'items' | 'invoiceItems'): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const body = (
			options.body && typeof options.body === 'object' ? options.body : {}
		) as IDataObject;
		const fail = failer(this);
		const hasCurrency = typeof body.currency === 'string' && body.currency.trim() !== '';
		const documentCurrency = hasCurrency
			? checkCurrency(body.currency, fail('Currency'))
			: undefined;
		if (documentCurrency) body.currency = documentCurrency;
		const items = givenItems(this).map((item, index) =>
			checkedItem(this, item, index, documentCurrency),
		);
		if (items.length === 0) {
			fail('Line Items')('are empty', 'Add at least one line item.');
		}
		body[key] = items;
		checkDiscount(this, body);
		options.body = body;
		return options;
	};
}
