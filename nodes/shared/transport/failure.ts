import type { IDataObject } from 'n8n-workflow';

import { readRateLimitHeaders, type RateLimitState } from './rateLimitHeaders';

/** What a failed attempt tells: the HTTP answer if there was one, else the network error. */
export interface Failure {
	status?: number;
	body?: unknown;
	rate: RateLimitState;
	networkCode?: string;
}

const NETWORK_CODES = new Set([
	'ECONNRESET',
	'ECONNREFUSED',
	'ECONNABORTED',
	'ETIMEDOUT',
	'ESOCKETTIMEDOUT',
	'EPIPE',
	'EAI_AGAIN',
	'ENOTFOUND',
	'ENETUNREACH',
	'EHOSTUNREACH',
	'UND_ERR_SOCKET',
]);

interface ResponseLike {
	status?: number;
	statusCode?: number;
	headers?: IDataObject;
	data?: unknown;
	body?: unknown;
}

function findResponse(error: unknown): ResponseLike | undefined {
	let current = error as { response?: ResponseLike; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		if (current.response && typeof current.response === 'object') return current.response;
		current = current.cause as typeof current;
	}
	return undefined;
}

function findCode(error: unknown): string | undefined {
	let current = error as { code?: unknown; cause?: unknown } | undefined;
	for (let depth = 0; current && depth < 4; depth++) {
		if (typeof current.code === 'string' && NETWORK_CODES.has(current.code)) return current.code;
		current = current.cause as typeof current;
	}
	return undefined;
}

/** A body read as bytes (a download's error) is decoded, so that HighLevel's message still shows. */
function decoded(body: unknown): unknown {
	const bytes = Buffer.isBuffer(body)
		? body
		: body instanceof ArrayBuffer
			? Buffer.from(body)
			: undefined;
	if (!bytes) return body;
	const text = bytes.toString('utf8');
	try {
		return JSON.parse(text) as unknown;
	} catch {
		return text;
	}
}

/** Reads an error thrown by n8n's request helpers without relying on one HTTP client's error class. */
export function describeFailure(error: unknown): Failure {
	const response = findResponse(error);
	const rawStatus =
		response?.status ?? response?.statusCode ?? Number((error as { httpCode?: unknown })?.httpCode);
	const status = Number.isInteger(rawStatus) && rawStatus >= 100 ? rawStatus : undefined;
	return {
		status,
		body: decoded(response?.data ?? response?.body),
		rate: readRateLimitHeaders(response?.headers),
		networkCode: status === undefined ? findCode(error) : undefined,
	};
}
