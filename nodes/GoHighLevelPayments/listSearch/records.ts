import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { offsetListSearch } from '../../shared/listSearch/offset';

/** List searches of the Payments node's record pickers: 50 at a time, paged as the user scrolls. */

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : '');

function money(record: IDataObject, field: string): string {
	const amount = record[field];
	return typeof amount === 'number' ? `${amount} ${text(record.currency)}`.trim() : '';
}

function join(main: string, detail: string, fallback: string): string {
	if (main && detail) return `${main} (${detail})`;
	return main || detail || fallback;
}

export async function searchOrders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/payments/orders',
			version: '2021-07-28',
			scopes: ['payments/orders.readonly'],
			// Orders take the sub-account as altId, without altType.
			location: { in: 'query', name: 'altId' },
			records: 'data',
			searchField: 'search',
			totalField: 'total',
			label: (order) =>
				join(
					text(order.contactName) || text(order.contactEmail),
					money(order, 'amount'),
					String(order._id),
				),
		},
		filter,
		paginationToken,
	);
}

export async function searchCoupons(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/payments/coupon/list',
			version: '2021-07-28',
			scopes: ['payments/coupons.readonly'],
			location: { in: 'query', name: 'altId', altType: true },
			records: 'data',
			searchField: 'search',
			totalField: 'total',
			label: (coupon) => join(text(coupon.name), text(coupon.code), String(coupon._id)),
		},
		filter,
		paginationToken,
	);
}

export async function searchInvoices(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/invoices/',
			version: '2021-07-28',
			scopes: ['invoices.readonly'],
			location: { in: 'query', name: 'altId', altType: true },
			records: 'invoices',
			searchField: 'search',
			totalField: 'total',
			label: (invoice) => {
				const number = text(invoice.invoiceNumber) ? `#${text(invoice.invoiceNumber)}` : '';
				const name = [number, text(invoice.name)].filter(Boolean).join(' ');
				return join(name, money(invoice, 'total'), String(invoice._id));
			},
		},
		filter,
		paginationToken,
	);
}

export async function searchInvoiceTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/invoices/template',
			version: '2021-07-28',
			scopes: ['invoices/template.readonly'],
			location: { in: 'query', name: 'altId', altType: true },
			records: 'data',
			searchField: 'search',
			totalField: 'total',
			label: (template) =>
				join(text(template.name), money(template, 'total'), String(template._id)),
		},
		filter,
		paginationToken,
	);
}

export async function searchEstimateTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/invoices/estimate/template',
			version: '2021-07-28',
			scopes: ['invoices/estimate.readonly'],
			location: { in: 'query', name: 'altId', altType: true },
			records: 'data',
			searchField: 'search',
			totalField: 'total',
			label: (template) =>
				join(text(template.name), money(template, 'total'), String(template._id)),
		},
		filter,
		paginationToken,
	);
}
