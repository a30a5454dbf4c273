const HAS_ZONE = /(Z|[+-]\d{2}:?\d{2})$/i;
const LOCAL_DATE_TIME =
	/^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?)?$/;

/** Offset of `timeZone` from UTC, in ms, at the given instant. */
function zoneOffsetMs(instant: number, timeZone: string): number {
	const parts = new Intl.DateTimeFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: '2-digit',
		day: '2-digit',
		hour: '2-digit',
		minute: '2-digit',
		second: '2-digit',
	}).formatToParts(new Date(instant));
	const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
	const asUtc = Date.UTC(
		get('year'),
		get('month') - 1,
		get('day'),
		get('hour'),
		get('minute'),
		get('second'),
	);
	return asUtc - Math.floor(instant / 1000) * 1000;
}

/** A wall-clock time in `timeZone` as an instant (ms since epoch). */
function zonedToInstant(wallClockAsUtc: number, timeZone: string): number {
	const first = wallClockAsUtc - zoneOffsetMs(wallClockAsUtc, timeZone);
	return wallClockAsUtc - zoneOffsetMs(first, timeZone);
}

/**
 * Reads what n8n hands a date-time parameter (an ISO string from the picker, with or without an
 * offset; a Luxon DateTime or Date from an expression; epoch milliseconds) and returns the instant in
 * ms. Values without an offset are read in the workflow's time zone, as the n8n editor shows them.
 */
export function toInstant(value: unknown, timeZone: string): number | undefined {
	if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.getTime();
	if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
	if (
		value &&
		typeof value === 'object' &&
		typeof (value as { toMillis?: unknown }).toMillis === 'function'
	) {
		const ms = (value as { toMillis: () => number }).toMillis();
		return Number.isFinite(ms) ? ms : undefined;
	}
	if (typeof value !== 'string') return undefined;
	const text = value.trim();
	if (/^\d{10,13}$/.test(text)) return Number(text.length === 10 ? Number(text) * 1000 : text);
	if (HAS_ZONE.test(text)) {
		const parsed = Date.parse(text);
		return Number.isNaN(parsed) ? undefined : parsed;
	}
	const match = LOCAL_DATE_TIME.exec(text);
	if (!match) return undefined;
	const [, y, mo, d, h = '0', mi = '0', s = '0', ms = '0'] = match;
	const wall = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s, +ms.padEnd(3, '0'));
	if (Number.isNaN(wall)) return undefined;
	try {
		return zonedToInstant(wall, timeZone || 'UTC');
	} catch {
		return zonedToInstant(wall, 'UTC');
	}
}

/** ISO 8601 in UTC without milliseconds, the form HighLevel's examples use: 2020-10-25T11:00:00Z. */
export function toIsoUtc(instant: number): string {
	return new Date(instant).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The calendar date of an instant in `timeZone`, as YYYY-MM-DD. */
export function toDateOnly(instant: number, timeZone: string): string {
	const shifted = instant + zoneOffsetMs(instant, timeZone || 'UTC');
	return new Date(shifted).toISOString().slice(0, 10);
}

export function inUnit(
	instant: number,
	unit: 'iso' | 'epochMs' | 'date',
	timeZone: string,
): string | number {
	if (unit === 'epochMs') return instant;
	if (unit === 'date') return toDateOnly(instant, timeZone);
	return toIsoUtc(instant);
}
