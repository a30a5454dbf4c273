import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

export interface Page {
	body: IDataObject;
	records: IDataObject[];
	/** Page size asked for in the request that returned this page. */
	requested: number;
	/** Records received so far, this page included (repeats too: it is the server's offset). */
	fetched: number;
}

/** Return All fails after this many pages, rather than paging without end through a server that does. */
export const MAX_PAGES = 1000;

/**
 * One of HighLevel's pagination styles. `first` sets the page size on the first request; `next`
 * turns the request into the one for the following page, or returns false at the end. Everything
 * else on the request (filters, query, locationId) is left untouched, so every page keeps it.
 */
export interface PagingStrategy {
	maxPageSize: number;
	/** Request inputs this style sets itself, so they are not offered to the user. */
	controls: string[];
	setPageSize(request: IHttpRequestOptions, size: number): void;
	next(request: IHttpRequestOptions, page: Page): boolean;
}

type Target = 'body' | 'qs';

function bag(request: IHttpRequestOptions, target: Target): IDataObject {
	const current = request[target];
	if (current && typeof current === 'object' && !Array.isArray(current))
		return current as IDataObject;
	const created: IDataObject = {};
	request[target] = created;
	return created;
}

function reachedTotal(page: Page): boolean {
	const total = page.body.total ?? (page.body.meta as IDataObject | undefined)?.total;
	return typeof total === 'number' && page.fetched >= total;
}

/** `POST /contacts/search`: each record carries its `searchAfter` sort key; send the last one back. */
export function searchAfterCursor(options: {
	pageSizeField: string;
	maxPageSize: number;
}): PagingStrategy {
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.pageSizeField, 'searchAfter', 'page'],
		setPageSize(request, size) {
			bag(request, 'body')[options.pageSizeField] = size;
		},
		next(request, page) {
			if (page.records.length < page.requested || reachedTotal(page)) return false;
			const cursor = page.records[page.records.length - 1]?.searchAfter;
			if (!Array.isArray(cursor) || cursor.length === 0) return false;
			const body = bag(request, 'body');
			if (JSON.stringify(body.searchAfter) === JSON.stringify(cursor)) return false;
			body.searchAfter = cursor;
			delete body.page;
			return true;
		},
	};
}

/** `GET /contacts/`, `GET /opportunities/search`: `meta.startAfterId` + `meta.startAfter` go back as query. */
export function startAfterCursor(options: {
	limitField: string;
	maxPageSize: number;
}): PagingStrategy {
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.limitField, 'startAfterId', 'startAfter', 'page'],
		setPageSize(request, size) {
			bag(request, 'qs')[options.limitField] = size;
		},
		next(request, page) {
			if (page.records.length < page.requested || reachedTotal(page)) return false;
			const meta = (page.body.meta ?? {}) as IDataObject;
			if (meta.startAfterId === undefined || meta.startAfterId === null) return false;
			const qs = bag(request, 'qs');
			if (qs.startAfterId === meta.startAfterId) return false;
			qs.startAfterId = meta.startAfterId;
			if (meta.startAfter !== undefined && meta.startAfter !== null)
				qs.startAfter = meta.startAfter;
			return true;
		},
	};
}

/**
 * Offset paging with a record count, e.g. `skip` + `limit`; the offset goes out on page one too.
 * `asText` sends both as strings, for bodies that type them so (`POST …/posts/list`).
 */
export function offsetLimit(options: {
	in: Target;
	offsetField: string;
	limitField: string;
	maxPageSize: number;
	asText?: boolean;
}): PagingStrategy {
	const out = (value: number) => (options.asText ? String(value) : value);
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.offsetField, options.limitField],
		setPageSize(request, size) {
			const target = bag(request, options.in);
			target[options.limitField] = out(size);
			target[options.offsetField] ??= out(0);
		},
		next(request, page) {
			if (page.records.length < page.requested || reachedTotal(page)) return false;
			bag(request, options.in)[options.offsetField] = out(page.fetched);
			return true;
		},
	};
}

/**
 * Numbered pages, e.g. `page` + `pageLimit`. `first` is the first page's number; `initial` holds
 * inputs the endpoint requires on every page (`searchAfter: []` for object record search). The page
 * size stays that of page one: page N of another size would start elsewhere.
 */
export function pageNumber(options: {
	in: Target;
	pageField: string;
	/** Absent when the endpoint takes no page size: its pages are as long as the server makes them. */
	sizeField?: string;
	maxPageSize: number;
	first?: number;
	initial?: IDataObject;
	/** Dot path of the answer's "there is a next page" flag, e.g. `pagination.hasNext`. */
	moreAt?: string;
}): PagingStrategy {
	const first = options.first ?? 1;
	const { sizeField } = options;
	return {
		maxPageSize: options.maxPageSize,
		controls: [
			options.pageField,
			...(sizeField ? [sizeField] : []),
			...Object.keys(options.initial ?? {}),
		],
		setPageSize(request, size) {
			const target = bag(request, options.in);
			if (sizeField) target[sizeField] ??= size;
			target[options.pageField] ??= first;
			for (const [key, value] of Object.entries(options.initial ?? {})) target[key] ??= value;
		},
		next(request, page) {
			const target = bag(request, options.in);
			const short = sizeField
				? page.records.length < Number(target[sizeField])
				: page.records.length === 0;
			if (short || reachedTotal(page)) return false;
			if (options.moreAt && valueAt(page.body, options.moreAt) === false) return false;
			target[options.pageField] = Number(target[options.pageField] ?? first) + 1;
			return true;
		},
	};
}

/** A value at a dot path, or undefined when the path leaves the objects. */
function valueAt(body: unknown, path: string): unknown {
	let value: unknown = body;
	for (const key of path.split('.')) {
		if (!value || typeof value !== 'object') return undefined;
		value = (value as IDataObject)[key];
	}
	return value;
}

/**
 * `GET /conversations/search`: the next page starts after the last record's sort value, sent back
 * as `startAfterDate` (not a date the user picks). The sort value is the record's `sort` (one value,
 * or several for a compound sort), else the field the search sorts by.
 */
export function startAfterSortValue(options: {
	limitField: string;
	cursorField: string;
	/** Where each record carries its sort value, first found wins. */
	sortFields: string[];
	maxPageSize: number;
}): PagingStrategy {
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.limitField, options.cursorField],
		setPageSize(request, size) {
			bag(request, 'qs')[options.limitField] = size;
		},
		next(request, page) {
			if (page.records.length < page.requested || reachedTotal(page)) return false;
			const last = page.records[page.records.length - 1];
			let cursor: unknown;
			for (const field of options.sortFields) {
				cursor = valueAt(last, field);
				if (cursor !== undefined && cursor !== null) break;
			}
			if (Array.isArray(cursor)) cursor = cursor.length === 1 ? cursor[0] : cursor.join(',');
			if (cursor === undefined || cursor === null || cursor === '') return false;
			const qs = bag(request, 'qs');
			if (String(qs[options.cursorField]) === String(cursor)) return false;
			qs[options.cursorField] = cursor as IDataObject[keyof IDataObject];
			return true;
		},
	};
}

/**
 * `GET /conversations/{conversationId}/messages`: the answer says `nextPage` and names its
 * `lastMessageId`, which goes back as a query input for the following page.
 */
export function lastIdAndNextPage(options: {
	limitField: string;
	cursorField: string;
	/** The answer's fields: the id to send back, and whether there is more. */
	lastIdField: string;
	moreField: string;
	maxPageSize: number;
}): PagingStrategy {
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.limitField, options.cursorField],
		setPageSize(request, size) {
			bag(request, 'qs')[options.limitField] = size;
		},
		next(request, page) {
			if (page.body[options.moreField] !== true || page.records.length === 0) return false;
			const lastId = page.body[options.lastIdField];
			if (typeof lastId !== 'string' || lastId === '') return false;
			const qs = bag(request, 'qs');
			if (qs[options.cursorField] === lastId) return false;
			qs[options.cursorField] = lastId;
			return true;
		},
	};
}

/**
 * An opaque cursor the answer hands out (`nextCursor`), sent back as a query input (`cursor`) until
 * the answer has none. `minPageSize` is the smallest page the endpoint accepts: smaller asks are
 * raised to it, and the transport keeps only the records asked for.
 */
export function responseCursor(options: {
	limitField: string;
	cursorField: string;
	nextField: string;
	maxPageSize: number;
	minPageSize?: number;
}): PagingStrategy {
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.limitField, options.cursorField],
		setPageSize(request, size) {
			bag(request, 'qs')[options.limitField] = Math.max(size, options.minPageSize ?? 1);
		},
		next(request, page) {
			if (page.records.length === 0 || reachedTotal(page)) return false;
			const cursor = page.body[options.nextField];
			if (typeof cursor !== 'string' || cursor === '') return false;
			const qs = bag(request, 'qs');
			if (qs[options.cursorField] === cursor) return false;
			qs[options.cursorField] = cursor;
			return true;
		},
	};
}

/**
 * A cursor the answer names, sent back as a query input: `lastFaqId` (FAQs), `data.lastKnowledgeBaseId`
 * (knowledge bases). A `hasMore: false` beside the cursor ends the list, as does a page shorter than asked.
 */
export function answerCursor(options: {
	cursorField: string;
	/** Dot path of the cursor in the answer. */
	cursorAt: string;
	limitField: string;
	maxPageSize: number;
}): PagingStrategy {
	const parent = options.cursorAt.split('.').slice(0, -1).join('.');
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.cursorField, options.limitField],
		setPageSize(request, size) {
			bag(request, 'qs')[options.limitField] = size;
		},
		next(request, page) {
			if (page.records.length < page.requested || reachedTotal(page)) return false;
			const holder = (parent ? valueAt(page.body, parent) : page.body) as IDataObject | undefined;
			if (holder?.hasMore === false) return false;
			const cursor = valueAt(page.body, options.cursorAt);
			if (typeof cursor !== 'string' || cursor === '') return false;
			const qs = bag(request, 'qs');
			if (qs[options.cursorField] === cursor) return false;
			qs[options.cursorField] = cursor;
			return true;
		},
	};
}

/**
 * `GET /conversation-ai/agents/search`: `startAfter` takes the ID of the last record of the previous
 * page (sent empty, i.e. not at all, on page one). `initial` holds query inputs the endpoint
 * requires on every page, page one included (`lastDoc: ''` of a snapshot's pushes).
 */
export function lastRecordCursor(options: {
	cursorField: string;
	limitField: string;
	maxPageSize: number;
	idField?: string;
	initial?: IDataObject;
}): PagingStrategy {
	const idField = options.idField ?? 'id';
	return {
		maxPageSize: options.maxPageSize,
		controls: [options.cursorField, options.limitField, ...Object.keys(options.initial ?? {})],
		setPageSize(request, size) {
			const qs = bag(request, 'qs');
			qs[options.limitField] = size;
			for (const [key, value] of Object.entries(options.initial ?? {})) qs[key] ??= value;
		},
		next(request, page) {
			if (page.records.length < page.requested || reachedTotal(page)) return false;
			const last = page.records[page.records.length - 1]?.[idField];
			if ((typeof last !== 'string' && typeof last !== 'number') || last === '') return false;
			const qs = bag(request, 'qs');
			if (qs[options.cursorField] === String(last)) return false;
			qs[options.cursorField] = String(last);
			return true;
		},
	};
}

/**
 * The Ads lists' `next` cursor with `fetchAll`: Return All asks HighLevel for everything
 * (`fetchAll=true`); Limit asks for a page of that size where the endpoint takes one. Either way a
 * `next` cursor in the answer (top level, or `paging.next`) is sent back as `next` until none comes.
 */
export function nextCursor(options: {
	cursorField: string;
	fetchAllField: string;
	limitField?: string;
}): PagingStrategy {
	return {
		maxPageSize: Number.POSITIVE_INFINITY,
		controls: [
			options.cursorField,
			options.fetchAllField,
			...(options.limitField ? [options.limitField] : []),
		],
		setPageSize(request, size) {
			const qs = bag(request, 'qs');
			if (size === Number.POSITIVE_INFINITY) qs[options.fetchAllField] = 'true';
			else if (options.limitField) qs[options.limitField] = String(size);
		},
		next(request, page) {
			// The answer's cursor decides: HighLevel may send fewer records than asked and still go on.
			if (page.records.length === 0) return false;
			const cursor =
				valueAt(page.body, options.cursorField) ??
				valueAt(page.body, `paging.${options.cursorField}`);
			if (typeof cursor !== 'string' || cursor === '') return false;
			const qs = bag(request, 'qs');
			if (qs[options.cursorField] === cursor) return false;
			qs[options.cursorField] = cursor;
			return true;
		},
	};
}
