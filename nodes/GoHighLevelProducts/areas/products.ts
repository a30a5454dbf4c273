import { moneyCheck } from '../../shared/builder/money';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/products.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { priceId, productId } from '../pickers';

/**
 * The Products API area (products.json): products, prices, inventory, collections, reviews and the
 * products of a store, 27 operations. Products and prices take the sub-account as `locationId`
 * (agency and sub-account tokens both work); the rest as `altId` + `altType=location`, except
 * getting one collection, which takes `altId` alone.
 */

const products = facts as AreaFacts;

const paging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const inputs: Record<string, InputChoice> = {
	productId,
	name: { placeholder: 'e.g. Summer T-shirt' },
	slug: { placeholder: 'e.g. summer-collection', description: 'URL slug' },
	status: { placeholder: 'e.g. approved', description: 'Review status, e.g. approved or rejected' },
	priceId,
	storeId: { displayName: 'Store ID' },
	collectionId: { displayName: 'Collection ID' },
	reviewId: { displayName: 'Review ID' },
	productType: { description: 'DIGITAL, PHYSICAL, SERVICE or PHYSICAL/DIGITAL' },
	productIds: { displayName: 'Product IDs', description: 'Comma-separated product IDs' },
	collectionIds: { displayName: 'Collection IDs', description: 'Comma-separated collection IDs' },
	ids: { displayName: 'Price IDs', description: 'Comma-separated price IDs' },
	currency: {
		displayName: 'Currency',
		placeholder: 'USD',
		description: 'Three-letter currency code (ISO 4217), e.g. USD',
	},
	amount: { description: 'Price in the currency’s main unit, e.g. 19.99' },
	setupFee: { description: 'One-time setup fee, in the currency’s main unit' },
	compareAtPrice: { description: 'The former price shown struck through' },
	search: { description: 'Text to search for' },
	sku: { displayName: 'SKU' },
	seo: { displayName: 'SEO', description: 'Title and description for search engines' },
	startDate: { placeholder: '2026-01-01', description: 'From this date' },
	endDate: { placeholder: '2026-01-31', description: 'Up to this date' },
};

const priceMoney = moneyCheck({
	currency: { currency: 'Currency' },
	amounts: { amount: 'Amount', setupFee: 'Setup Fee', compareAtPrice: 'Compare At Price' },
});

export const product: ResourceDefinition = {
	value: 'product',
	name: 'Product',
	noun: { one: 'product', many: 'products' },
	facts: [products],
	defaultOperation: 'create',
	operations: [
		{ value: 'create', endpoint: 'POST /products/', inputs },
		{ value: 'getAll', endpoint: 'GET /products/', inputs, list: { records: 'products', paging } },
		{ value: 'get', endpoint: 'GET /products/{productId}', inputs },
		{ value: 'update', endpoint: 'PUT /products/{productId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /products/{productId}', inputs },
		{
			value: 'bulkUpdate',
			endpoint: 'POST /products/bulk-update',
			name: 'Bulk Update',
			action: 'Update many products at once',
			description: 'Change the price, availability, collections or currency of many products',
			inputs,
			hooks: { preSend: [moneyCheck({ currency: { currency: 'Currency' } })] },
		},
		{
			value: 'bulkEdit',
			endpoint: 'POST /products/bulk-update/edit',
			name: 'Bulk Edit',
			action: 'Edit many products and their prices',
			inputs,
		},
	],
};

export const price: ResourceDefinition = {
	value: 'price',
	name: 'Price',
	noun: { one: 'price', many: 'prices' },
	description: 'Prices of a product',
	facts: [products],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /products/{productId}/price',
			inputs,
			hooks: { preSend: [priceMoney] },
		},
		{
			value: 'getAll',
			endpoint: 'GET /products/{productId}/price',
			inputs,
			list: { records: 'prices', paging },
		},
		{ value: 'get', endpoint: 'GET /products/{productId}/price/{priceId}', inputs },
		{
			value: 'update',
			endpoint: 'PUT /products/{productId}/price/{priceId}',
			inputs,
			hooks: { preSend: [priceMoney] },
		},
		{ value: 'delete', endpoint: 'DELETE /products/{productId}/price/{priceId}', inputs },
	],
};

export const inventory: ResourceDefinition = {
	value: 'inventory',
	name: 'Inventory',
	noun: { one: 'inventory item', many: 'inventory items' },
	description: 'Stock of the prices (variants) that track inventory',
	facts: [products],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /products/inventory',
			inputs,
			list: { records: 'inventory', paging },
		},
		{
			value: 'update',
			endpoint: 'POST /products/inventory',
			description: 'Set the available quantity of prices',
			inputs: {
				...inputs,
				items: {
					description:
						'Each price and its stock: priceId, availableQuantity, allowOutOfStockPurchases',
				},
			},
		},
	],
};

export const collection: ResourceDefinition = {
	value: 'collection',
	name: 'Collection',
	noun: { one: 'collection', many: 'collections' },
	description: 'Product collections',
	facts: [products],
	operations: [
		{ value: 'create', endpoint: 'POST /products/collections', inputs },
		{
			value: 'getAll',
			endpoint: 'GET /products/collections',
			inputs,
			list: { records: 'data', paging },
		},
		{ value: 'get', endpoint: 'GET /products/collections/{collectionId}', inputs },
		{ value: 'update', endpoint: 'PUT /products/collections/{collectionId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /products/collections/{collectionId}', inputs },
	],
};

/** Reviews filter by product as a plain ID (a picker is for required inputs only). */
const reviewFilters: Record<string, InputChoice> = {
	...inputs,
	productId: { displayName: 'Product ID' },
	storeId: { displayName: 'Store ID' },
	rating: { description: 'Only reviews with this rating (1 to 5)' },
};

export const review: ResourceDefinition = {
	value: 'review',
	name: 'Review',
	noun: { one: 'review', many: 'reviews' },
	description: 'Product reviews',
	facts: [products],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /products/reviews',
			inputs: reviewFilters,
			list: { records: 'data', paging },
		},
		{
			value: 'getCount',
			endpoint: 'GET /products/reviews/count',
			name: 'Get Count',
			action: 'Count reviews',
			inputs: reviewFilters,
		},
		{ value: 'update', endpoint: 'PUT /products/reviews/{reviewId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /products/reviews/{reviewId}', inputs },
		{
			value: 'bulkUpdate',
			endpoint: 'POST /products/reviews/bulk-update',
			name: 'Bulk Update',
			action: 'Update the status of many reviews',
			inputs,
		},
	],
};

export const storeProducts: ResourceDefinition = {
	value: 'storeProduct',
	name: 'Store Product',
	noun: { one: 'store product', many: 'store products' },
	description: 'Which products a store shows, and in which order',
	facts: [products],
	operations: [
		{
			value: 'getStats',
			endpoint: 'GET /products/store/{storeId}/stats',
			name: 'Get Stats',
			action: 'Get the product stats of a store',
			inputs,
		},
		{
			value: 'includeExclude',
			endpoint: 'POST /products/store/{storeId}',
			name: 'Include or Exclude',
			action: 'Include or exclude products in a store',
			inputs,
		},
		{
			value: 'updatePriority',
			endpoint: 'POST /products/store/{storeId}/priority',
			name: 'Update Display Priority',
			action: 'Update the display priority of products in a store',
			inputs,
		},
	],
};

export const productsArea: ResourceDefinition[] = [
	product,
	price,
	inventory,
	collection,
	review,
	storeProducts,
];
