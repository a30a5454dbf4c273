import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest, type EditorRequest } from '../transport/editorRequest';
import { PAGE_SIZE, recordsAt, textMatches } from './page';

/**
 * A record picker's list search over an endpoint paged by an offset (`offset`, `skip`, …) and a
 * limit: one page per scroll, the pagination token being the next offset. The typed text goes to the
 * endpoint's search input when it has one, else the page's rows are filtered by their label here.
 */
export interface OffsetListSearch extends Omit<EditorRequest, 'method' | 'path'> {
	path: string;
	/** Where the records are in the answer: a dot path (`data`, `results.items`) or `*`, the first array. */
	records: string;
	/** The query input that takes the offset; `offset` by default. */
	offsetField?: string;
	/** Query input that takes the typed text, e.g. `search`; absent when the endpoint has none. */
	searchField?: string;
	/** Rows per page; 50 by default. */
	pageSize?: number;
	/**
	 * A count of all records the answer gives at this key (e.g. `total`): paging stops once it is
	 * reached, even after a full page.
	 */
	totalField?: string;
	label(record: IDataObject): string;
	/** The record's ID; `id` or `_id` by default. */
	value?(record: IDataObject): string;
}

const idOf = (record: IDataObject) => String(record.id ?? record._id ?? '');

export async function offsetListSearch(
	fn: ILoadOptionsFunctions,
	search: OffsetListSearch,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const size = search.pageSize ?? PAGE_SIZE;
	const offset = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { ...search.qs, limit: size, [search.offsetField ?? 'offset']: offset };
	if (search.searchField && filter?.trim()) qs[search.searchField] = filter.trim();
	const response = await editorRequest.call(fn, {
		method: 'GET',
		path: search.path,
		version: search.version,
		scopes: search.scopes,
		qs,
		location: search.location,
	});
	const records = recordsAt(response, search.records);
	const value = search.value ?? idOf;
	const total = search.totalField ? response[search.totalField] : undefined;
	const next = offset + records.length;
	const more = records.length === size && (typeof total !== 'number' || next < total);
	return {
		results: records
			.map((record) => ({ name: search.label(record) || value(record), value: value(record) }))
			.filter(
				(row) => row.value && (search.searchField !== undefined || textMatches(row.name, filter)),
			),
		paginationToken: more ? String(next) : undefined,
	};
}
