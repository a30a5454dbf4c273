import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest, type EditorRequest } from './editorRequest';

/**
 * A record picker's list search over an endpoint with offset/limit paging: one page per scroll,
 * the pagination token being the next offset, the typed text sent as the endpoint's search input.
 */
export interface OffsetListSearch extends Omit<EditorRequest, 'method'> {
	/** Where the records are in the answer, e.g. `data`. */
	records: string;
	/** Query input that takes the typed text, e.g. `search`; absent when the endpoint has none. */
	searchField?: string;
	pageSize: number;
	label(record: IDataObject): string;
	/** The record's ID; `_id` or `id` by default. */
	value?(record: IDataObject): string;
}

export async function offsetListSearch(
	fn: ILoadOptionsFunctions,
	search: OffsetListSearch,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { ...search.qs, limit: search.pageSize, offset };
	if (search.searchField && filter?.trim()) qs[search.searchField] = filter.trim();
	const response = await editorRequest.call(fn, {
		method: 'GET',
		path: search.path,
		version: search.version,
		scopes: search.scopes,
		qs,
		location: search.location,
	});
	let value: unknown = response;
	for (const key of search.records.split('.')) value = (value as IDataObject | undefined)?.[key];
	const records = Array.isArray(value) ? (value as IDataObject[]) : [];
	const idOf = search.value ?? ((record: IDataObject) => String(record._id ?? record.id ?? ''));
	const total = typeof response.total === 'number' ? response.total : undefined;
	const next = offset + records.length;
	const more = records.length === search.pageSize && (total === undefined || next < total);
	return {
		results: records.map((record) => ({ name: search.label(record), value: idOf(record) })),
		paginationToken: more ? String(next) : undefined,
	};
}
