import type { IDataObject, IHttpRequestOptions } from 'n8n-workflow';

import {
	lastIdAndNextPage,
	responseCursor,
	startAfterSortValue,
	type Page,
} from '../../nodes/shared/transport/paging';

/** The new paging styles on their own: what the next request gets, and when paging stops. */

const request = (): IHttpRequestOptions => ({ url: '/x', qs: { keep: 'me' } });
const page = (body: IDataObject, records: IDataObject[], requested = 2): Page => ({
	body,
	records,
	requested,
	fetched: records.length,
});

describe('startAfterSortValue', () => {
	const strategy = startAfterSortValue({
		limitField: 'limit',
		cursorField: 'startAfterDate',
		sortFields: ['sort', 'lastMessageDate'],
		maxPageSize: 100,
	});

	test('sends the last record’s sort value back, keeping the rest of the query', () => {
		const r = request();
		strategy.setPageSize(r, 2);
		expect(strategy.next(r, page({}, [{ sort: [5] }, { sort: [4] }]))).toBe(true);
		expect(r.qs).toEqual({ keep: 'me', limit: 2, startAfterDate: 4 });
	});

	test('a compound sort value goes as one comma-separated value; a missing one falls back', () => {
		const r = request();
		expect(strategy.next(r, page({}, [{}, { sort: [4, 'b'] }]))).toBe(true);
		expect(r.qs?.startAfterDate).toBe('4,b');
		expect(strategy.next(r, page({}, [{}, { lastMessageDate: 3 }]))).toBe(true);
		expect(r.qs?.startAfterDate).toBe(3);
	});

	test('stops on a short page, at the total, without a sort value, or when the value does not move', () => {
		expect(strategy.next(request(), page({}, [{ sort: [1] }]))).toBe(false);
		expect(strategy.next(request(), page({ total: 2 }, [{ sort: [2] }, { sort: [1] }]))).toBe(
			false,
		);
		expect(strategy.next(request(), page({}, [{}, {}]))).toBe(false);
		const r = request();
		expect(strategy.next(r, page({}, [{ sort: [2] }, { sort: [1] }]))).toBe(true);
		expect(strategy.next(r, page({}, [{ sort: [2] }, { sort: [1] }]))).toBe(false);
	});
});

describe('lastIdAndNextPage', () => {
	const strategy = lastIdAndNextPage({
		limitField: 'limit',
		cursorField: 'lastMessageId',
		lastIdField: 'lastMessageId',
		moreField: 'nextPage',
		maxPageSize: 100,
	});

	test('follows lastMessageId while nextPage is true', () => {
		const r = request();
		expect(strategy.next(r, page({ lastMessageId: 'm2', nextPage: true }, [{}, {}]))).toBe(true);
		expect(r.qs).toEqual({ keep: 'me', lastMessageId: 'm2' });
	});

	test('stops when nextPage is not true, the id is missing or repeats, or the page is empty', () => {
		expect(strategy.next(request(), page({ lastMessageId: 'm2', nextPage: false }, [{}]))).toBe(
			false,
		);
		expect(strategy.next(request(), page({ nextPage: true }, [{}]))).toBe(false);
		expect(strategy.next(request(), page({ lastMessageId: 'm2', nextPage: true }, []))).toBe(false);
		const r = request();
		strategy.next(r, page({ lastMessageId: 'm2', nextPage: true }, [{}]));
		expect(strategy.next(r, page({ lastMessageId: 'm2', nextPage: true }, [{}]))).toBe(false);
	});
});

describe('responseCursor', () => {
	const strategy = responseCursor({
		limitField: 'limit',
		cursorField: 'cursor',
		nextField: 'nextCursor',
		maxPageSize: 500,
		minPageSize: 10,
	});

	test('asks for at least the smallest page the endpoint takes', () => {
		const r = request();
		strategy.setPageSize(r, 3);
		expect(r.qs?.limit).toBe(10);
		strategy.setPageSize(r, 250);
		expect(r.qs?.limit).toBe(250);
	});

	test('follows nextCursor until there is none', () => {
		const r = request();
		expect(strategy.next(r, page({ nextCursor: 'abc' }, [{}]))).toBe(true);
		expect(r.qs?.cursor).toBe('abc');
		expect(strategy.next(r, page({ nextCursor: null }, [{}]))).toBe(false);
		expect(strategy.next(r, page({ nextCursor: 'abc' }, [{}]))).toBe(false);
	});
});
