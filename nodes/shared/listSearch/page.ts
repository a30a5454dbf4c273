import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

/** Rows a list search shows at a time; the editor asks for the next ones as the user scrolls. */
export const PAGE_SIZE = 50;

/**
 * Pages an answer HighLevel returns whole (no paging of its own): the typed filter keeps the records
 * whose label contains it, and the token is the offset of the next page.
 */
export function pageOf(
	records: IDataObject[],
	label: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
): INodeListSearchResult {
	const wanted = filter?.trim().toLowerCase() ?? '';
	const rows = records
		.filter((record) => record.id !== undefined && record.id !== null)
		.map((record) => ({ name: label(record), value: String(record.id) }))
		.filter((row) => !wanted || `${row.name} ${row.value}`.toLowerCase().includes(wanted));
	const start = Math.max(0, Number(paginationToken ?? 0) || 0);
	const end = start + PAGE_SIZE;
	return {
		results: rows.slice(start, end),
		paginationToken: end < rows.length ? String(end) : undefined,
	};
}

/** The first array of an answer (at `key` when given). */
export function arrayIn(answer: IDataObject, key?: string): IDataObject[] {
	const value = key ? answer[key] : Object.values(answer).find(Array.isArray);
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}
