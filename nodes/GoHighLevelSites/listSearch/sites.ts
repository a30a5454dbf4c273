import type { ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import type { ApiVersion } from '../../shared/api';
import { offsetListSearch, type OffsetListSearch } from '../../shared/listSearch/offset';

/** One page of a `GET` list paged by an offset, filtered here when HighLevel cannot search it. */
async function pagedSearch(
	fn: ILoadOptionsFunctions,
	request: Omit<OffsetListSearch, 'version' | 'label'> & {
		/** The Version header; `null` for operations that declare none. */
		version?: ApiVersion | null;
	},
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		fn,
		{
			...request,
			version: request.version === null ? undefined : (request.version ?? '2021-07-28'),
			location: request.location ?? { in: 'query', name: 'locationId' },
			label: (record) => String(record.name ?? ''),
		},
		filter,
		paginationToken,
	);
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
