import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	IN8nHttpFullResponse,
	INode,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { companyLimiterKey, limiterKey, type RequestContext } from './context';
import { apiError, networkError, rateLimitWaitError, type ErrorContext } from './errors';
import { describeFailure } from './failure';
import { locationToken, type ExchangeTarget } from './locationToken';
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

export interface RequestPolicy<T> {
	idempotent: boolean;
	errorContext: ErrorContext;
	/** The execution's cancel signal: ends a wait for the rate limit, a backoff or an exchange. */
	signal?: AbortSignal;
	goneAfterRetry?: () => T;
}

/**
 * Runs one request within the location's rate limit, retrying 429s as the server says and transient
 * failures of idempotent requests with backoff, and turns failures into errors that name the fix.
 * `attempt` sends the request once, under the grant it is given; it may end the grant with the
 * response's rate-limit headers, else the grant ends here when the attempt is over.
 * `goneAfterRetry` (for a DELETE) gives the result when a retry finds nothing (404) after an
 * earlier attempt failed without an answer that says it was not applied: that attempt deleted it.
 */
async function withRetries<T>(
	node: INode,
	limiter: RateLimiter,
	attempt: (grant: Grant) => Promise<T>,
	{ idempotent, errorContext, signal, goneAfterRetry }: RequestPolicy<T>,
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
 * How a request is authorised: by the credential as it is, or, for a sub-account request made with
 * an agency OAuth2 credential, with the location's token exchanged from it. `limiterKey` follows the
 * token sent: HighLevel counts a location token's requests against the location, an agency token's
 * against the company.
 */
export interface Authorization {
	credentialType: string;
	limiterKey: string;
	/** Where the location's token comes from; none when the credential signs the request. */
	exchange?: ExchangeTarget;
	/**
	 * Why a sub-account request of an agency credential gets no location token: an agency Private
	 * Integration Token cannot be exchanged, and the exchange needs the location and the company.
	 */
	unexchangeable?: 'pit' | 'location' | 'companyId';
}

/**
 * How a request on `location` is authorised. `subAccount`: the endpoint acts inside a sub-account
 * (token kind `sub` or `any`), so an agency OAuth2 credential sends the location's token.
 */
export function authorize(
	credential: Pick<
		RequestContext,
		'credentialType' | 'credentialId' | 'isPit' | 'kind' | 'companyId' | 'baseUrl'
	>,
	location: string | undefined,
	subAccount: boolean,
): Authorization {
	const { credentialType, credentialId, companyId } = credential;
	const byLocation = {
		credentialType,
		limiterKey: limiterKey(credentialType, credentialId, location),
	};
	if (credential.kind !== 'agency') return byLocation;
	// An agency token sent as it is counts against the company, whichever location the call names.
	if (!subAccount) {
		return {
			credentialType,
			limiterKey: companyLimiterKey(credentialType, credentialId, companyId),
		};
	}
	if (credential.isPit) return { ...byLocation, unexchangeable: 'pit' };
	if (!location) return { ...byLocation, unexchangeable: 'location' };
	if (!companyId) return { ...byLocation, unexchangeable: 'companyId' };
	return {
		...byLocation,
		exchange: { credentialType, credentialId, companyId, location, baseUrl: credential.baseUrl },
	};
}

/** Sends a request once, signed, and ends its grant with the answer's rate-limit headers. */
export type SignedSend = (options: IHttpRequestOptions) => Promise<IN8nHttpFullResponse>;

/**
 * How every request to HighLevel goes out: the node's own (`send.ts`), list searches
 * (`editorRequest.ts`), a hook's reads (`lookupRequest.ts`) and the location-token exchange.
 * Runs `attempt` within the rate limit of the token `auth` sends, with the retries of `withRetries`.
 * With a location token, the token is the cached one or a new exchange, and a token refused (revoked,
 * or the app's scopes changed) is exchanged again, once. `attempt` sends with `signed`: the location
 * token goes out through n8n's plain request helper (n8n's OAuth2 request would sign it with the
 * agency token, overwriting the Authorization header), else n8n signs with the credential. Or it
 * sends its own way (n8n's routing request), ending `grant` itself.
 */
export async function authorizedRequest<T>(
	fn: IExecuteSingleFunctions | ILoadOptionsFunctions,
	auth: Authorization,
	policy: RequestPolicy<T>,
	attempt: (signed: SignedSend, grant: Grant) => Promise<T>,
): Promise<T> {
	const limiter = rateLimiterFor(auth.limiterKey);
	const send = async (grant: Grant, options: IHttpRequestOptions, token?: string) => {
		const headers = { ...options.headers, ...(token ? { Authorization: `Bearer ${token}` } : {}) };
		const request = { ...options, headers, returnFullResponse: true };
		const response = (
			token
				? await fn.helpers.httpRequest(request)
				: await fn.helpers.httpRequestWithAuthentication.call(fn, auth.credentialType, request)
		) as IN8nHttpFullResponse;
		grant.end(readRateLimitHeaders(response.headers as IDataObject));
		return response;
	};
	const run = async (token?: string) =>
		await withRetries(
			fn.getNode(),
			limiter,
			async (grant) => await attempt(async (options) => await send(grant, options, token), grant),
			policy,
		);
	const target = auth.exchange;
	if (!target) return await run();
	const tokenFor = async (stale?: string) =>
		await locationToken(fn, target, {
			itemIndex: policy.errorContext.itemIndex,
			signal: policy.signal,
			stale,
		});
	const token = await tokenFor();
	try {
		return await run(token);
	} catch (error) {
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already the node's error (a NodeApiError from the retry loop, or a NodeOperationError)
		if (!(error instanceof NodeApiError) || error.httpCode !== '401') throw error;
		return await run(await tokenFor(token));
	}
}
