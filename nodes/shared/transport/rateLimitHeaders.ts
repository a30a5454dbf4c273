import type { IDataObject } from 'n8n-workflow';

/** HighLevel's rate-limit response headers, as numbers (undefined when absent or malformed). */
export interface RateLimitState {
	max?: number;
	remaining?: number;
	intervalMs?: number;
	dailyLimit?: number;
	dailyRemaining?: number;
	retryAfterMs?: number;
}

function header(headers: IDataObject | undefined, name: string): number | undefined {
	if (!headers) return undefined;
	const raw = headers[name] ?? headers[name.toLowerCase()];
	const value = Array.isArray(raw) ? raw[0] : raw;
	if (value === undefined || value === null || value === '') return undefined;
	const parsed = Number(value);
	return Number.isFinite(parsed) ? parsed : undefined;
}

function retryAfterMs(headers: IDataObject | undefined): number | undefined {
	const seconds = header(headers, 'retry-after');
	if (seconds !== undefined) return Math.max(0, seconds * 1000);
	const raw = headers?.['retry-after'];
	if (typeof raw === 'string') {
		const date = Date.parse(raw);
		if (!Number.isNaN(date)) return Math.max(0, date - Date.now());
	}
	return undefined;
}

export function readRateLimitHeaders(headers: IDataObject | undefined): RateLimitState {
	return {
		max: header(headers, 'x-ratelimit-max'),
		remaining: header(headers, 'x-ratelimit-remaining'),
		intervalMs: header(headers, 'x-ratelimit-interval-milliseconds'),
		dailyLimit: header(headers, 'x-ratelimit-limit-daily'),
		dailyRemaining: header(headers, 'x-ratelimit-daily-remaining'),
		retryAfterMs: retryAfterMs(headers),
	};
}
