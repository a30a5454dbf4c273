import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ApiVersion } from '../../shared/api';
import type { LocationPlacement } from '../../shared/builder/types';
import { editorRequest } from '../../shared/transport/editorRequest';

const PAGE_SIZE = 50;

const idOf = (record: IDataObject) => String(record.id ?? record._id ?? '');

const matches = (label: string, filter?: string) =>
	!filter?.trim() || label.toLowerCase().includes(filter.trim().toLowerCase());

/** One page of a `GET` list paged by an offset, filtered here when HighLevel cannot search it. */
async function pagedSearch(
	fn: ILoadOptionsFunctions,
	request: {
		path: string;
		/** The Version header; `null` for operations that declare none. */
		version?: ApiVersion | null;
		scopes: string[];
		offsetField: string;
		pageSize?: number;
		searchField?: string;
		records: string;
		qs?: IDataObject;
		location?: LocationPlacement;
	},
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const size = request.pageSize ?? PAGE_SIZE;
	const offset = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { ...request.qs, limit: size, [request.offsetField]: offset };
	if (request.searchField && filter?.trim()) qs[request.searchField] = filter.trim();
	const response = await editorRequest.call(fn, {
		method: 'GET',
		path: request.path,
		version: request.version === null ? undefined : (request.version ?? '2021-07-28'),
		scopes: request.scopes,
		qs,
		location: request.location ?? { in: 'query', name: 'locationId' },
	});
	const value = response[request.records];
	const records = Array.isArray(value) ? (value as IDataObject[]) : [];
	return {
		results: records
			.map((record) => ({ name: String(record.name ?? '') || idOf(record), value: idOf(record) }))
			.filter((result) => result.value && (request.searchField || matches(result.name, filter))),
		paginationToken: records.length === size ? String(offset + size) : undefined,
	};
}

/** Funnel picker: funnels and websites of the location, searched by name. */
export async function searchFunnels(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pagedSearch(
		this,
		{
			path: '/funnels/funnel/list',
			version: null,
			scopes: [],
			offsetField: 'offset',
			searchField: 'name',
			records: 'funnels',
		},
		filter,
		paginationToken,
	);
}

/** Form picker: the location's forms (filtered by name here; HighLevel's list takes no search). */
export async function searchForms(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pagedSearch(
		this,
		{
			path: '/forms/',
			scopes: ['forms.readonly'],
			offsetField: 'skip',
			records: 'forms',
		},
		filter,
		paginationToken,
	);
}

/** Survey picker: the location's surveys (filtered by name here). */
export async function searchSurveys(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pagedSearch(
		this,
		{
			path: '/surveys/',
			scopes: ['surveys.readonly'],
			offsetField: 'skip',
			records: 'surveys',
		},
		filter,
		paginationToken,
	);
}

/** Media folder picker: folders of the media library, searched by name. */
export async function searchMediaFolders(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pagedSearch(
		this,
		{
			path: '/medias/files',
			scopes: ['medias.readonly'],
			offsetField: 'offset',
			searchField: 'query',
			records: 'files',
			qs: { type: 'folder', sortBy: 'name', sortOrder: 'asc' },
			location: { in: 'query', name: 'altId', altType: true },
		},
		filter,
		paginationToken,
	);
}
