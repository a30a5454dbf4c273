import type {
	DeclarativeRestApiSettings,
	PostReceiveAction,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { RuntimeOperation } from '../builder/types';
import { getRequestContext } from './context';
import { locationToken, type ExchangeTarget } from './locationToken';
import { apiError, networkError, rateLimitWaitError, type ErrorContext } from './errors';
import { describeFailure } from './failure';
import { MAX_PAGES, type Page } from './paging';
import { prepareRequest } from './prepare';
import { readRateLimitHeaders, type RateLimitState } from './rateLimitHeaders';
import {
	DOCUMENTED_BURST,
	ExecutionCancelledError,
	RATE_LIMIT_BOUNDS,
	RateLimitWaitError,
	rateLimiterFor,
	sleepUnlessCancelled,
	type Grant,
	type RateLimiter,
} from './rateLimiter';

export const RETRY_POLICY = {
	/** 429 answers retried after the wait the server asks for. */
	maxRateLimitRetries: 6,
	/** 5xx and network errors retried, idempotent requests only. */
	maxTransientRetries: 3,
	transientBaseDelayMs: 400,
};

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

function isTransient(status: number | undefined, networkCode: string | undefined): boolean {
	if (status === undefined) return networkCode !== undefined;
	return status >= 500 || status === 408;
}

function backoffMs(attempt: number): number {
	const base = RETRY_POLICY.transientBaseDelayMs * 2 ** (attempt - 1);
	return base + Math.floor(Math.random() * (base / 2));
}

/** How long a 429 pauses the key: as the server asks, within `RATE_LIMIT_BOUNDS`. */
function rateLimitPauseMs(rate: RateLimitState, limiter: RateLimiter): number {
	const { minRetryAfterMs, maxRetryAfterMs, maxIntervalMs } = RATE_LIMIT_BOUNDS;
	if (rate.retryAfterMs !== undefined) {
		return rate.retryAfterMs <= 0 ? minRetryAfterMs : Math.min(rate.retryAfterMs, maxRetryAfterMs);
	}
	if (rate.intervalMs !== undefined && rate.intervalMs > 0)
		return Math.min(rate.intervalMs, maxIntervalMs);
	return limiter.learnedLimit?.intervalMs ?? DOCUMENTED_BURST.intervalMs;
}

/** Runs a wait of the retry loop, turning the limiter's own errors into the node's. */
async function waiting<T>(node: INode, errorContext: ErrorContext, wait: Promise<T>): Promise<T> {
	try {
		return await wait;
	} catch (error) {
		if (error instanceof RateLimitWaitError) {
			throw rateLimitWaitError(node, error.waitMs, errorContext);
		}
		if (error instanceof ExecutionCancelledError) {
			throw new NodeOperationError(node, error.message, { itemIndex: errorContext.itemIndex });
		}
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- only the two errors above are the limiter's; anything else is passed on unchanged
		throw error;
	}
}

/**
 * Runs one request within the location's rate limit, retrying 429s as the server says and transient
 * failures of idempotent requests with backoff, and turns failures into errors that name the fix.
 * `attempt` sends the request once, under the grant it is given; it may end the grant with the
 * response's rate-limit headers, else the grant ends here when the attempt is over.
 * `goneAfterRetry` (for a DELETE) gives the result when a retry finds nothing (404) after an
 * earlier attempt failed without an answer that says it was not applied: that attempt deleted it.
 */
export async function withRetries<T>(
	node: INode,
	limiter: RateLimiter,
	attempt: (grant: Grant) => Promise<T>,
	idempotent: boolean,
	errorContext: ErrorContext,
	signal?: AbortSignal,
	goneAfterRetry?: () => T,
): Promise<T> {
	let rateLimitRetries = 0;
	let transientRetries = 0;
	for (;;) {
		const grant = await waiting(node, errorContext, limiter.acquire(signal));
		try {
			const result = await attempt(grant);
			grant.end();
			return result;
		} catch (error) {
			const failure = describeFailure(error);
			grant.end(failure.rate);
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already a NodeOperationError (from a preSend or the limiter); wrapping would hide its message
			if (error instanceof NodeOperationError) throw error;

			if (failure.status === 429) {
				if (
					failure.rate.dailyRemaining === 0 ||
					rateLimitRetries >= RETRY_POLICY.maxRateLimitRetries
				) {
					throw apiError(node, 429, failure.body, failure.rate, errorContext);
				}
				const wait = rateLimitPauseMs(failure.rate, limiter);
				// The pause holds back every request queued on the key, so none spends a request on a 429.
				limiter.pause(wait);
				if (wait > RATE_LIMIT_BOUNDS.maxWaitMs) throw rateLimitWaitError(node, wait, errorContext);
				rateLimitRetries++;
				continue;
			}

			if (failure.status === 404 && goneAfterRetry && transientRetries > 0) {
				return goneAfterRetry();
			}

			if (
				idempotent &&
				isTransient(failure.status, failure.networkCode) &&
				transientRetries < RETRY_POLICY.maxTransientRetries
			) {
				transientRetries++;
				await waiting(
					node,
					errorContext,
					sleepUnlessCancelled(backoffMs(transientRetries), signal),
				);
				continue;
			}

			if (failure.status !== undefined) {
				throw apiError(node, failure.status, failure.body, failure.rate, errorContext);
			}
			if (failure.networkCode) throw networkError(node, error as Error, errorContext);
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already a NodeApiError with HighLevel's message
			if (error instanceof NodeApiError) throw error;
			throw new NodeOperationError(node, error as Error, { itemIndex: errorContext.itemIndex });
		}
	}
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
		const route = prepareRequest(this, operation, options, context);
		const limiter = rateLimiterFor(route.limiterKey);
		const encoded = async (request: IHttpRequestOptions) =>
			operation.encode ? await operation.encode.call(this, request) : request;
		const underGrant = (sendOnce: () => Promise<INodeExecutionData[]>) => async (grant: Grant) => {
			for (const key of contexts) attemptsInFlight.set(key, grant);
			try {
				return await sendOnce();
			} finally {
				for (const key of contexts) attemptsInFlight.delete(key);
			}
		};
		const retrying = async (attempt: (grant: Grant) => Promise<INodeExecutionData[]>) =>
			await withRetries(
				this.getNode(),
				limiter,
				attempt,
				idempotent,
				errorContext,
				signal,
				goneAfterRetry,
			);

		let send: (request: IHttpRequestOptions) => Promise<INodeExecutionData[]>;
		if (route.via === 'credential') {
			// n8n's routing request: the credential authenticates it, and n8n refreshes OAuth2 tokens.
			send = async (request) =>
				await retrying(
					underGrant(
						async () =>
							await this.makeRoutingRequest({
								...requestData,
								options: await encoded(copyOptions(request)),
							}),
					),
				);
		} else {
			// The agency's OAuth2 token is exchanged for the location's. n8n's OAuth2 request would sign
			// the request with the agency token (overwriting any Authorization header), so the location
			// token goes out through n8n's plain request helper, and the operation's postReceive actions
			// are applied here as the routing engine would.
			const target: ExchangeTarget = {
				credentialType: context.credentialType,
				credentialId: context.credentialId,
				companyId: route.companyId,
				location: route.location,
				baseUrl: context.baseUrl,
			};
			const withToken = async (request: IHttpRequestOptions, token: string) =>
				await retrying(
					underGrant(async () => {
						const wire = await encoded(copyOptions(request));
						const response = (await this.helpers.httpRequest({
							...wire,
							headers: { ...wire.headers, Authorization: `Bearer ${token}` },
							returnFullResponse: true,
							...(signal ? { abortSignal: signal } : {}),
						})) as IN8nHttpFullResponse;
						return await applyPostReceive(this, operation.postReceive, response);
					}),
				);
			const tokenFor = async (stale?: string) =>
				await locationToken(this, target, { itemIndex: this.getItemIndex(), signal, stale });
			send = async (request) => {
				const token = await tokenFor();
				try {
					return await withToken(request, token);
				} catch (error) {
					// A location token refused (revoked, or the app's scopes changed): exchanged again, once.
					// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already the node's error (a NodeApiError from the retry loop, or a NodeOperationError)
					if (!(error instanceof NodeApiError) || error.httpCode !== '401') throw error;
					return await withToken(request, await tokenFor(token));
				}
			};
		}

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
