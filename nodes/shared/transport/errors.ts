import type { IDataObject, INode, JsonObject } from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import type { RateLimitState } from './rateLimitHeaders';
import { RATE_LIMIT_BOUNDS } from './rateLimiter';

/** What an operation tells the error mapper, to give hints that name the right fix. */
export interface ErrorContext {
	operation: string;
	scopes: string[];
	itemIndex: number;
}

/** HighLevel answers `{ statusCode, message, error }`; `message` is a list of strings on a 422. */
export function highLevelMessage(body: unknown): string | undefined {
	if (typeof body === 'string') return body.trim() || undefined;
	if (!body || typeof body !== 'object') return undefined;
	const { message, error, msg } = body as IDataObject;
	for (const candidate of [message, msg, error]) {
		if (Array.isArray(candidate) && candidate.length) return candidate.map(String).join('; ');
		if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
	}
	return undefined;
}

function hintFor(status: number, context: ErrorContext, rate: RateLimitState): string {
	const scopes = context.scopes.length ? context.scopes.join(', ') : 'none listed';
	switch (status) {
		case 400:
		case 422:
			return 'HighLevel rejected the input. Check the fields named in the message.';
		case 401:
			return `The token was refused. Check the credential; for a Private Integration Token or OAuth app make sure it has the scope(s) this operation needs: ${scopes}.`;
		case 403:
			return `The token may not act on this location or resource. Check the Location ID (node or credential) and the scope(s): ${scopes}.`;
		case 404:
			return 'Nothing was found at that ID. Check the IDs passed to the node.';
		case 429:
			return rate.dailyRemaining === 0
				? `HighLevel's daily limit${rate.dailyLimit ? ` of ${rate.dailyLimit} requests` : ''} for this app and location is used up; requests will succeed again after the daily reset.`
				: 'HighLevel kept answering "too many requests" after several waits. Lower the number of items or spread the workflow runs.';
		default:
			return status >= 500
				? 'HighLevel had a server error. Idempotent requests were retried; try again later.'
				: 'See the message from HighLevel.';
	}
}

const STATUS_TEXT: Record<number, string> = {
	400: 'Bad request',
	401: 'Authorization failed',
	403: 'Forbidden',
	404: 'Not found',
	422: 'Invalid input',
	429: 'Rate limit reached',
};

/** Builds the error a user sees, from the response alone (never from the request, which holds the token). */
export function apiError(
	node: INode,
	status: number,
	body: unknown,
	rate: RateLimitState,
	context: ErrorContext,
): NodeApiError {
	const fromHighLevel = highLevelMessage(body);
	const title =
		status === 429 && rate.dailyRemaining === 0
			? 'Daily API limit reached'
			: (STATUS_TEXT[status] ?? (status >= 500 ? 'HighLevel server error' : `HTTP ${status}`));
	const responseBody: JsonObject =
		body && typeof body === 'object' && !Array.isArray(body)
			? (body as JsonObject)
			: { message: fromHighLevel ?? null };
	return new NodeApiError(node, responseBody, {
		message: fromHighLevel ? `${title}: ${fromHighLevel}` : title,
		description: hintFor(status, context, rate),
		httpCode: String(status),
		itemIndex: context.itemIndex,
	});
}

/** For failures without an HTTP answer (connection refused, timeout, DNS). */
export function networkError(node: INode, cause: Error, context: ErrorContext): NodeApiError {
	const code = (cause as Error & { code?: string }).code;
	return new NodeApiError(node, { message: cause.message, code: code ?? null } as JsonObject, {
		message: `Could not reach HighLevel${code ? ` (${code})` : ''}`,
		description:
			'Check the API Base URL of the credential and the network. Idempotent requests were retried.',
		httpCode: 'none',
		itemIndex: context.itemIndex,
	});
}

/** HighLevel's rate limit would hold the request longer than the node waits. */
export function rateLimitWaitError(
	node: INode,
	waitMs: number,
	context: ErrorContext,
): NodeOperationError {
	const seconds = Math.ceil(waitMs / 1000);
	return new NodeOperationError(
		node,
		`Rate limit: this request would have to wait ${seconds} s for HighLevel`,
		{
			description: `HighLevel's rate-limit headers (Retry-After, or the limit and window for this app and location) ask for a wait longer than the ${RATE_LIMIT_BOUNDS.maxWaitMs / 1000} s this node waits, so the item failed instead of stalling the workflow. Requests for this location are held back until then; run the workflow again later, or with fewer items.`,
			itemIndex: context.itemIndex,
		},
	);
}
