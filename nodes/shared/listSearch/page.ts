import type { IDataObject, INodeListSearchResult } from 'n8n-workflow';

/** Rows a list search shows at a time; the editor asks for the next ones as the user scrolls. */
export const PAGE_SIZE = 50;

/** Whether a row's label contains the typed text (case-insensitive); no text matches every row. */
export function textMatches(label: string, filter?: string): boolean {
	const wanted = filter?.trim().toLowerCase();
	return !wanted || label.toLowerCase().includes(wanted);
}

/**
 * Pages an answer HighLevel returns whole (no paging of its own): the typed filter keeps the records
 * whose label contains it, and the token is the offset of the next page.
 */
export function pageOf(
	records: IDataObject[],
	label: (record: IDataObject) => string,
	filter?: string,
	paginationToken?: string,
	value: (record: IDataObject) => unknown = (record) => record.id,
): INodeListSearchResult {
	const wanted = filter?.trim().toLowerCase() ?? '';
	const rows = records
		.filter((record) => value(record) !== undefined && value(record) !== null)
		.map((record) => ({ name: label(record), value: String(value(record)) }))
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

/** The records at a dot path of an answer (`data`, `results.accounts`), or its first array for `*`. */
export function recordsAt(answer: IDataObject, path: string): IDataObject[] {
	if (path === '*') return arrayIn(answer);
	let value: unknown = answer;
	for (const key of path.split('.')) value = (value as IDataObject | undefined)?.[key];
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}
