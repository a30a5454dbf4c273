import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INode,
	INodeExecutionData,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError, sleep } from 'n8n-workflow';

import type { RuntimeOperation } from '../builder/types';
import { getRequestContext, type RequestContext } from './context';
import { apiError, networkError, type ErrorContext } from './errors';
import { describeFailure } from './failure';
import type { Page } from './paging';
import { prepareRequest } from './prepare';
import { readRateLimitHeaders } from './rateLimitHeaders';
import { rateLimiterFor, type RateLimiter } from './rateLimiter';

export const RETRY_POLICY = {
	/** 429 answers retried after the wait the server asks for. */
	maxRateLimitRetries: 6,
	/** Longest wait a 429 may ask for before the item fails instead. */
	maxRateLimitWaitMs: 120_000,
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

/**
 * Runs one request within the location's rate limit, retrying 429s as the server says and transient
 * failures of idempotent requests with backoff, and turns failures into errors that name the fix.
 * `attempt` sends the request once; a successful attempt must end itself on the limiter (with the
 * response's rate-limit headers), failed ones are ended here.
 */
export async function withRetries<T>(
	node: INode,
	limiter: RateLimiter,
	attempt: () => Promise<T>,
	idempotent: boolean,
	errorContext: ErrorContext,
	signal?: AbortSignal,
): Promise<T> {
	let rateLimitRetries = 0;
	let transientRetries = 0;
	for (;;) {
		await limiter.acquire(signal);
		try {
			return await attempt();
		} catch (error) {
			const failure = describeFailure(error);
			limiter.finished(failure.rate);
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already a NodeOperationError (from a preSend or the limiter); wrapping would hide its message
			if (error instanceof NodeOperationError) throw error;

			if (failure.status === 429) {
				const wait =
					failure.rate.retryAfterMs ??
					failure.rate.intervalMs ??
					limiter.learnedLimit?.intervalMs ??
					10_000;
				if (
					failure.rate.dailyRemaining === 0 ||
					rateLimitRetries >= RETRY_POLICY.maxRateLimitRetries ||
					wait > RETRY_POLICY.maxRateLimitWaitMs
				) {
					throw apiError(node, 429, failure.body, failure.rate, errorContext);
				}
				rateLimitRetries++;
				limiter.pause(wait);
				continue;
			}

			if (
				idempotent &&
				isTransient(failure.status, failure.networkCode) &&
				transientRetries < RETRY_POLICY.maxTransientRetries
			) {
				transientRetries++;
				await sleep(backoffMs(transientRetries));
				continue;
			}

			if (failure.status !== undefined) {
				throw apiError(node, failure.status, failure.body, failure.rate, errorContext);
			}
			if (failure.networkCode) throw networkError(node, error as Error, errorContext);
			// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already a NodeApiError with its HTTP context
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

/**
 * The request context of each running item, resolved once by the transport and read again by the
 * rate-limit postReceive. Keyed by the item's execution context (the pagination function runs on an
 * object whose prototype is that context).
 */
const itemContexts = new WeakMap<object, RequestContext>();

function itemKey(fn: object): object {
	return itemContexts.has(fn) ? fn : (Object.getPrototypeOf(fn) as object);
}

/**
 * The transport of one operation. The builder installs it as the operation's routing pagination
 * function, so that every request of the node passes through it.
 */
export function createRequestHandler(operation: RuntimeOperation): PaginationFunction {
	const { list, idempotent } = operation;

	return async function (this: IExecutePaginationFunctions, requestData) {
		const context = await getRequestContext(this);
		itemContexts.set(Object.getPrototypeOf(this) as object, context);
		const limiter = rateLimiterFor(context.limiterKey);
		const errorContext: ErrorContext = {
			operation: operation.action,
			scopes: operation.scopes,
			itemIndex: this.getItemIndex(),
		};
		const signal = this.getExecutionCancelSignal?.();
		const send = async (options: IHttpRequestOptions) =>
			await withRetries(
				this.getNode(),
				limiter,
				async () =>
					await this.makeRoutingRequest({ ...requestData, options: copyOptions(options) }),
				idempotent,
				errorContext,
				signal,
			);

		const options = requestData.options as IHttpRequestOptions;
		prepareRequest(this, operation, options, context);
		// n8n drops an empty object body, so an operation whose body is mandatory sends it as text.
		if (operation.requiresBody && isEmptyObject(options.body)) {
			options.body = '{}';
			options.headers = { ...options.headers, 'Content-Type': 'application/json' };
		}
		if (!list) return await send(options);

		const limit = listLimit(this);
		const request = copyOptions(options);
		const results: INodeExecutionData[] = [];
		for (;;) {
			const requested = Math.min(
				list.paging?.maxPageSize ?? Number.POSITIVE_INFINITY,
				limit - results.length,
			);
			if (list.paging) list.paging.setPageSize(request, requested);
			const answer = await send(request);
			const body = (answer.length === 1 ? answer[0].json : {}) as IDataObject;
			const records = recordsOf(answer, list.records);
			results.push(...records.map((json) => ({ json, pairedItem: { item: this.getItemIndex() } })));
			if (results.length >= limit || !list.paging) break;
			const page: Page = { body, records, requested, fetched: results.length };
			if (!list.paging.next(request, page)) break;
		}
		return results.slice(0, limit);
	};
}

/**
 * First postReceive of every operation: ends the attempt on the rate limiter with the server's own
 * count (a failed attempt is ended by the retry loop, which sees the error instead).
 */
export async function observeRateLimits(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	const context = itemContexts.get(itemKey(this)) ?? (await getRequestContext(this));
	rateLimiterFor(context.limiterKey).finished(
		readRateLimitHeaders(response.headers as IDataObject),
	);
	return items;
}
