import type {
	DeclarativeRestApiSettings,
	PostReceiveAction,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RuntimeOperation } from '../builder/types';
import { authorizedRequest } from './authorizedRequest';
import { getRequestContext } from './context';
import type { ErrorContext } from './errors';
import { MAX_PAGES, type Page } from './paging';
import { prepareRequest } from './prepare';
import { readRateLimitHeaders } from './rateLimitHeaders';
import type { Grant } from './rateLimiter';

type PaginationFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

function copyOptions(options: IHttpRequestOptions): IHttpRequestOptions {
	const body = options.body;
	return {
		...options,
		headers: { ...(options.headers ?? {}) },
		qs: { ...(options.qs ?? {}) },
		body:
			body && typeof body === 'object' && body.constructor === Object
				? { ...(body as IDataObject) }
				: body,
	};
}

function isEmptyObject(value: unknown): boolean {
	return (
		value === undefined ||
		(typeof value === 'object' && value !== null && Object.keys(value).length === 0)
	);
}

/**
 * The records of one list answer. `*` stands for an answer the spec does not describe: its records
 * are whichever top-level array it holds, or the answer itself when it is an array.
 */
function recordsOf(answer: INodeExecutionData[], path: string): IDataObject[] {
	if (path !== '*') return recordsAt((answer[0]?.json ?? {}) as IDataObject, path);
	if (answer.length !== 1) return answer.map((item) => item.json);
	const body = answer[0].json;
	const array = Object.values(body).find(Array.isArray) as IDataObject[] | undefined;
	return array ?? [body];
}

function recordsAt(body: IDataObject, path: string): IDataObject[] {
	let value: unknown = body;
	for (const key of path.split('.')) value = (value as IDataObject | undefined)?.[key];
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

function listLimit(fn: IExecuteSingleFunctions): number {
	if (fn.getNodeParameter('returnAll', false) as boolean) return Number.POSITIVE_INFINITY;
	const limit = Number(fn.getNodeParameter('limit', 50));
	if (!Number.isInteger(limit) || limit < 1) {
		throw new NodeOperationError(
			fn.getNode(),
			`"Limit" must be a whole number of 1 or more, not ${limit}`,
			{
				itemIndex: fn.getItemIndex(),
			},
		);
	}
	return limit;
}

/** What identifies a record across pages: its id, else its whole content. */
function recordKey(record: unknown): string {
	const { id, _id } = (record ?? {}) as IDataObject;
	const key = id ?? _id;
	return typeof key === 'string' || typeof key === 'number'
		? `id:${key}`
		: `json:${JSON.stringify(record)}`;
}

/**
 * The grant of each item's attempt in flight, for `observeRateLimits`. That postReceive runs inside
 * `makeRoutingRequest` with the item's execution context as `this`, while the pagination function
 * gets an object derived from that context (n8n-core makes it with `Object.create`), so the grant is
 * filed under both. An item sends one request at a time. Should the postReceive not find it, the
 * retry loop still ends the grant, only without the response's rate-limit headers.
 */
const attemptsInFlight = new WeakMap<object, Grant>();

/** An object and the objects it derives from (up to 4): where an item's grant is filed. */
function chainOf(start: object): object[] {
	const chain: object[] = [];
	for (let at: unknown = start; chain.length < 4 && at && typeof at === 'object'; ) {
		chain.push(at);
		at = Object.getPrototypeOf(at);
	}
	return chain;
}

/**
 * The transport of one operation. The builder installs it as the operation's routing pagination
 * function, so that every request of the node passes through it.
 */
export function createRequestHandler(operation: RuntimeOperation): PaginationFunction {
	const { list, idempotent } = operation;
	// HighLevel answers a deletion with `{ succeded: true }` (sic).
	const goneAfterRetry =
		operation.method === 'DELETE'
			? (): INodeExecutionData[] => [{ json: { succeded: true } }]
			: undefined;

	return async function (this: IExecutePaginationFunctions, requestData) {
		const context = await getRequestContext(this);
		const errorContext: ErrorContext = {
			operation: operation.action,
			scopes: operation.scopes,
			itemIndex: this.getItemIndex(),
		};
		const signal = this.getExecutionCancelSignal?.();
		// The item's context and the objects n8n (and an encoder) derived from it.
		const contexts = chainOf(this);
		const options = requestData.options as IHttpRequestOptions;
		options.baseURL = context.baseUrl;
		const auth = prepareRequest(this, operation, options, context);
		const encoded = async (request: IHttpRequestOptions) =>
			operation.encode ? await operation.encode.call(this, request) : request;
		const send = async (request: IHttpRequestOptions) =>
			await authorizedRequest(
				this,
				auth,
				{ idempotent, errorContext, signal, goneAfterRetry },
				async (signed, grant) => {
					for (const key of contexts) attemptsInFlight.set(key, grant);
					try {
						const wire = await encoded(copyOptions(request));
						// n8n's routing request: the credential signs it, n8n refreshes OAuth2 tokens.
						if (!auth.exchange)
							return await this.makeRoutingRequest({ ...requestData, options: wire });
						// The location's token: n8n's plain request helper, so the operation's
						// postReceive actions are applied here as the routing engine would.
						const response = await signed({
							...wire,
							...(signal ? { abortSignal: signal } : {}),
						});
						return await applyPostReceive(this, operation.postReceive, response);
					} finally {
						for (const key of contexts) attemptsInFlight.delete(key);
					}
				},
			);

		// n8n drops an empty object body, so an operation whose body is mandatory sends it as text.
		if (operation.requiresBody && isEmptyObject(options.body)) {
			options.body = '{}';
			options.headers = { ...options.headers, 'Content-Type': 'application/json' };
		}
		if (!list) return await send(options);

		const limit = listLimit(this);
		const request = copyOptions(options);
		const results: INodeExecutionData[] = [];
		const seen = new Set<string>();
		let received = 0;
		for (let pages = 1; ; pages++) {
			const requested = Math.min(
				list.paging?.maxPageSize ?? Number.POSITIVE_INFINITY,
				limit - results.length,
			);
			if (list.paging) list.paging.setPageSize(request, requested);
			const answer = await send(request);
			const body = (answer.length === 1 ? answer[0].json : {}) as IDataObject;
			const records = recordsOf(answer, list.records);
			received += records.length;
			const fresh = list.paging
				? records.filter((record) => {
						const key = recordKey(record);
						if (seen.has(key)) return false;
						seen.add(key);
						return true;
					})
				: records;
			results.push(...fresh.map((json) => ({ json, pairedItem: { item: this.getItemIndex() } })));
			if (results.length >= limit || !list.paging) break;
			// Nothing new: the server ignores the cursor or offset, or is going round in circles.
			if (records.length > 0 && fresh.length === 0) break;
			const page: Page = { body, records, requested, fetched: received };
			if (!list.paging.next(request, page)) break;
			if (pages >= MAX_PAGES) {
				throw new NodeOperationError(
					this.getNode(),
					`"${operation.action}" stopped after reading ${pages} pages (${results.length} records) with more still offered`,
					{
						description: `Return All reads at most ${MAX_PAGES} pages. Narrow the request with filters, or turn off Return All and set a Limit.`,
						itemIndex: this.getItemIndex(),
					},
				);
			}
		}
		return results.slice(0, limit);
	};
}

/**
 * Applies an operation's postReceive actions to an answer, as n8n's routing engine does for its own
 * requests (`RoutingNode.postProcessResponseData`): the answer's body is the one item, then each
 * action maps the items. The builder declares functions and `rootProperty` only.
 */
async function applyPostReceive(
	fn: IExecuteSingleFunctions,
	actions: PostReceiveAction[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const body = response.body as IDataObject | IDataObject[];
	if (!actions.length) {
		return Array.isArray(body) ? body.map((json) => ({ json })) : [{ json: body }];
	}
	let items: INodeExecutionData[] = [{ json: body as IDataObject }];
	for (const action of actions) {
		if (typeof action === 'function') {
			items = await action.call(fn, items, response);
		} else if (action.type === 'rootProperty') {
			const property = action.properties.property;
			items = items.flatMap((item) => {
				let value: unknown = item.json;
				for (const key of property.split('.')) value = (value as IDataObject | undefined)?.[key];
				return (Array.isArray(value) ? value : [value]).map((json) => ({
					json: json as IDataObject,
				}));
			});
		} else {
			throw new NodeOperationError(
				fn.getNode(),
				`The transport cannot apply a "${action.type}" postReceive action`,
			);
		}
	}
	return items;
}

/**
 * First postReceive of every operation: ends the attempt on the limiter that granted it, with the
 * server's own count (a failed attempt is ended by the retry loop, which sees the error instead).
 */
export async function observeRateLimits(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	attemptsInFlight.get(this)?.end(readRateLimitHeaders(response.headers as IDataObject));
	return items;
}
