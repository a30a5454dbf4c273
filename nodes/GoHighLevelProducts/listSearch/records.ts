import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { offsetListSearch } from '../../shared/listSearch/offset';

/** List searches of the Products node's record pickers: 50 at a time, paged as the user scrolls. */

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : '');

export async function searchProducts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/products/',
			version: '2021-07-28',
			scopes: ['products.readonly'],
			location: { in: 'query', name: 'locationId' },
			records: 'products',
			searchField: 'search',
			totalField: 'total',
			label: (product) =>
				text(product.productType)
					? `${text(product.name) || String(product._id)} (${text(product.productType)})`
					: text(product.name) || String(product._id),
		},
		filter,
		paginationToken,
	);
}

/** The prices of the product chosen in Product ID; the typed text filters them by name. */
export async function searchPrices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const product = String(
		this.getCurrentNodeParameter('productId', { extractValue: true }) ?? '',
	).trim();
	if (!product) {
		throw new NodeOperationError(this.getNode(), 'Choose a product first', {
			description: 'The price list shows the prices of the product in "Product ID".',
		});
	}
	return await offsetListSearch(
		this,
		{
			path: `/products/${encodeURIComponent(product)}/price`,
			version: '2021-07-28',
			scopes: ['products/prices.readonly'],
			location: { in: 'query', name: 'locationId' },
			records: 'prices',
			totalField: 'total',
			label: (price: IDataObject) => {
				const amount =
					typeof price.amount === 'number' ? `${price.amount} ${text(price.currency)}`.trim() : '';
				const name = text(price.name) || String(price._id);
				return amount ? `${name} (${amount})` : name;
			},
		},
		filter,
		paginationToken,
	);
}
