import { createHash } from 'crypto';
import type { IDataObject } from 'n8n-workflow';

export const DEFAULT_REPLAY_WINDOW_SECONDS = 300;
export const REMEMBERED_WEBHOOK_IDS = 1000;
const STATIC_DATA_KEY = 'seenWebhookIds';

export type TimestampCheck = 'absent' | 'ok' | 'stale' | 'future' | 'invalid';

/** Milliseconds since the epoch from an ISO string or a number in seconds or milliseconds. */
function toMillis(value: unknown): number | undefined {
	if (typeof value === 'number' && Number.isFinite(value)) {
		return value < 1e11 ? value * 1000 : value;
	}
	if (typeof value === 'string' && value.trim() !== '') {
		const s = value.trim();
		if (/^\d+(\.\d+)?$/.test(s)) return toMillis(Number(s));
		const parsed = Date.parse(s);
		return Number.isNaN(parsed) ? undefined : parsed;
	}
	return undefined;
}

export function checkTimestamp(
	payload: IDataObject,
	nowMs: number,
	windowSeconds: number,
): TimestampCheck {
	if (!Object.prototype.hasOwnProperty.call(payload, 'timestamp')) return 'absent';
	const ts = toMillis(payload.timestamp);
	if (ts === undefined) return 'invalid';
	const windowMs = windowSeconds * 1000;
	if (ts < nowMs - windowMs) return 'stale';
	if (ts > nowMs + windowMs) return 'future';
	return 'ok';
}

/** The payload's webhookId as a bounded-size memory key; undefined when there is none. */
export function webhookIdKey(payload: IDataObject): string | undefined {
	const id = payload.webhookId;
	if (typeof id !== 'string' && typeof id !== 'number') return undefined;
	const s = String(id);
	if (s === '') return undefined;
	return s.length <= 128 ? s : `sha256:${createHash('sha256').update(s).digest('hex')}`;
}

function seenList(staticData: IDataObject): string[] {
	const list = staticData[STATIC_DATA_KEY];
	return Array.isArray(list) ? (list as string[]) : [];
}

export function wasSeen(staticData: IDataObject, key: string): boolean {
	return seenList(staticData).includes(key);
}

/**
 * Keeps the newest REMEMBERED_WEBHOOK_IDS ids in the workflow's static data (saved by n8n after
 * each delivery that changed it). `newest` are this process's recent ids, oldest first: n8n
 * overwrites static data whole with each request's copy, so every write carries all of them.
 */
export function remember(staticData: IDataObject, newest: string[]): void {
	const recent = new Set(newest);
	const older = seenList(staticData).filter((k) => typeof k === 'string' && !recent.has(k));
	staticData[STATIC_DATA_KEY] = [...older, ...newest].slice(-REMEMBERED_WEBHOOK_IDS);
}
