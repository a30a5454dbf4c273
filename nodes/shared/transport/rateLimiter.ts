import { sleep } from 'n8n-workflow';

import type { RateLimitState } from './rateLimitHeaders';

/** HighLevel's documented burst limit, used until a response tells the real one. */
export const DOCUMENTED_BURST = { max: 100, intervalMs: 10_000 };

/**
 * How far rate-limit headers are believed, and how long a request may wait for its turn. A header
 * can be wrong (a proxy, a bug, a hostile server): without bounds a window of a day would hold
 * every slot for a day.
 */
export const RATE_LIMIT_BOUNDS = {
	/** A learned `X-RateLimit-Interval-Milliseconds` is clamped to this. */
	maxIntervalMs: 60_000,
	/** A learned `X-RateLimit-Max` is clamped to this. */
	maxBurst: 1_000,
	/** A `Retry-After` of 0 or less (or a date in the past) waits this long. */
	minRetryAfterMs: 1_000,
	/** A longer `Retry-After` pauses the key only this long. */
	maxRetryAfterMs: 300_000,
	/**
	 * Longest a request waits for its turn (a 429 pause or a full window): 3 × HighLevel's 10 s
	 * window. A longer wait fails the item at once instead of stalling the execution.
	 */
	maxWaitMs: 30_000,
};

/** A little extra on top of the server's window, for clock granularity. */
function safetyMarginMs(intervalMs: number): number {
	return Math.min(500, Math.max(20, Math.round(intervalMs * 0.02)));
}

export class ExecutionCancelledError extends Error {
	constructor() {
		super('The execution was cancelled');
	}
}

/** The limiter would make a request wait longer than `RATE_LIMIT_BOUNDS.maxWaitMs`. */
export class RateLimitWaitError extends Error {
	constructor(readonly waitMs: number) {
		super(`The rate limit would make this request wait ${Math.ceil(waitMs / 1000)} s`);
	}
}

/** Longest single sleep of a wait: a woken or cancelled wait ends at once, a timed one re-checks. */
const SLEEP_CHUNK_MS = 1000;

/**
 * Waits `ms` (Infinity: until woken), or less when the function handed to `register` is called,
 * and rejects when `signal` aborts. Built on n8n's `sleep`: n8n Cloud does not allow timers of a
 * node's own.
 */
async function waitUpTo(
	ms: number,
	signal: AbortSignal | undefined,
	register?: (wake: () => void) => void,
): Promise<void> {
	let wake = (): void => undefined;
	const woken = new Promise<'woken'>((resolve) => (wake = () => resolve('woken')));
	register?.(wake);
	let onAbort = (): void => undefined;
	const aborted = new Promise<'aborted'>((resolve) => (onAbort = () => resolve('aborted')));
	if (signal?.aborted) throw new ExecutionCancelledError();
	signal?.addEventListener('abort', onAbort);
	try {
		const end = Date.now() + Math.max(0, ms);
		for (;;) {
			const remaining = end - Date.now();
			if (remaining <= 0) return;
			const waits: Array<Promise<'woken' | 'aborted' | 'slept'>> = [woken, aborted];
			if (Number.isFinite(remaining)) {
				waits.push(sleep(Math.min(remaining, SLEEP_CHUNK_MS)).then(() => 'slept' as const));
			}
			const outcome = await Promise.race(waits);
			if (outcome === 'aborted') throw new ExecutionCancelledError();
			if (outcome === 'woken') return;
		}
	} finally {
		signal?.removeEventListener('abort', onAbort);
	}
}

/** Sleeps `ms`, ending early with an `ExecutionCancelledError` when the execution is cancelled. */
export async function sleepUnlessCancelled(ms: number, signal?: AbortSignal): Promise<void> {
	await waitUpTo(ms, signal);
}

/** The right to send one request, from the limiter that granted it. */
export interface Grant {
	readonly limiter: RateLimiter;
	/** Ends the attempt, with what its response said about the server's count; later calls do nothing. */
	end(state?: RateLimitState): void;
}

/**
 * Spaces the requests of one (credential, location) within HighLevel's burst limit.
 *
 * All items of an n8n node start at once, so requests queue here in order. A request holds its
 * slot from the moment it is granted until a window after its answer arrived: the server counted
 * it at some moment in between, so the slot is never given back too early, however long the
 * request was delayed on the way. Until a response has told the real limit, one request at a time
 * goes out. `X-RateLimit-Remaining` lowers the budget when others (executions, queue-mode workers,
 * other tools) use the same location, and a 429 pauses everyone queued on the key.
 */
export class RateLimiter {
	private max?: number;

	private intervalMs?: number;

	private inFlight = 0;

	/** Requests that asked for a slot and were neither granted one nor gave up. */
	private waiting = 0;

	/** When the answers of finished requests arrived, oldest first. */
	private readonly finishedAt: number[] = [];

	/** What the server had left when others were first seen using the location, for one window. */
	private serverBudget?: { remaining: number; observedAt: number; grantedSince: number };

	/**
	 * This process's share of the window while others use the same location (undefined: the whole
	 * window). Processes share no memory: each learns of the others from `X-RateLimit-Remaining` and
	 * from 429s, takes what the others leave, and spaces its requests across the window so that the
	 * others see its use early. Without news of others for two windows the share grows back.
	 */
	private share?: { slots: number; since: number; lastGrantAt: number };

	private pausedUntil = 0;

	private wakeUp: Array<() => void> = [];

	private queue: Promise<void> = Promise.resolve();

	get learnedLimit(): { max: number; intervalMs: number } | undefined {
		return this.max !== undefined && this.intervalMs !== undefined
			? { max: this.max, intervalMs: this.intervalMs }
			: undefined;
	}

	/** No request holds or waits for a slot, so forgetting this limiter strands nobody. */
	get idle(): boolean {
		return this.inFlight === 0 && this.waiting === 0;
	}

	/**
	 * Resolves when a request may be sent; requests are granted in the order they asked. The grant
	 * must be ended once the attempt is over, whatever its outcome. Rejects with
	 * `ExecutionCancelledError` when `signal` aborts, and with `RateLimitWaitError` when the wait
	 * would exceed `RATE_LIMIT_BOUNDS.maxWaitMs`.
	 */
	async acquire(signal?: AbortSignal): Promise<Grant> {
		this.waiting++;
		const turn = this.queue.then(async () => await this.waitForSlot(signal));
		this.queue = turn.catch(() => undefined);
		try {
			await turn;
		} finally {
			this.waiting--;
		}
		let ended = false;
		return {
			limiter: this,
			end: (state) => {
				if (ended) return;
				ended = true;
				this.finished(state);
			},
		};
	}

	/** Stops every request on this key until `ms` from now (after a 429). */
	pause(ms: number): void {
		const now = Date.now();
		this.pausedUntil = Math.max(this.pausedUntil, now + ms);
		// A 429 with this process within its share: others use the location. Halve the share.
		if (this.max !== undefined) this.shareTo(Math.floor(this.shareSlots() / 2), now);
	}

	private shareSlots(): number {
		return this.share?.slots ?? this.max ?? DOCUMENTED_BURST.max;
	}

	/** Sets the share to `slots` (at least one, at most the whole limit), from `now`. */
	private shareTo(slots: number, now: number): void {
		const max = this.max ?? DOCUMENTED_BURST.max;
		const bounded = Math.min(max, Math.max(1, slots));
		this.share =
			bounded >= max
				? undefined
				: { slots: bounded, since: now, lastGrantAt: this.share?.lastGrantAt ?? 0 };
	}

	private finished(state: RateLimitState | undefined, at = Date.now()): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		this.finishedAt.push(at);
		this.learn(state, at);
		this.notify();
	}

	private learn(state: RateLimitState | undefined, at: number): void {
		const { maxBurst, maxIntervalMs } = RATE_LIMIT_BOUNDS;
		if (state?.max !== undefined && state.max >= 1)
			this.max = Math.min(Math.floor(state.max), maxBurst);
		if (state?.intervalMs !== undefined && state.intervalMs > 0)
			this.intervalMs = Math.min(state.intervalMs, maxIntervalMs);
		this.max ??= DOCUMENTED_BURST.max;
		this.intervalMs ??= DOCUMENTED_BURST.intervalMs;
		if (state?.remaining === undefined) return;
		// Only a count above what this process has in its window means others share the location.
		const usedOnServer = this.max - state.remaining;
		const others = usedOnServer - this.slotsHeld(at);
		// At most what the server had left, for a window from when others were seen. Later answers
		// within that window do not restart it: each would otherwise push the next request back.
		const budget = this.serverBudget;
		if (others > 0 && !(budget && at < budget.observedAt + this.window()))
			this.serverBudget = {
				remaining: Math.max(0, state.remaining),
				observedAt: at,
				grantedSince: 0,
			};
		if (others > 0) {
			// Leave the others what they use now.
			this.shareTo(this.max - others, at);
		} else if (this.share && at - this.share.since > 2 * this.window()) {
			this.shareTo(this.share.slots + Math.ceil(this.max / 10), at);
		}
	}

	private window(): number {
		const interval = this.intervalMs ?? DOCUMENTED_BURST.intervalMs;
		return interval + safetyMarginMs(interval);
	}

	private slotsHeld(now: number): number {
		const window = this.window();
		while (this.finishedAt.length > 0 && this.finishedAt[0] <= now - window)
			this.finishedAt.shift();
		return this.inFlight + this.finishedAt.length;
	}

	private notify(): void {
		const waiting = this.wakeUp;
		this.wakeUp = [];
		for (const wake of waiting) wake();
	}

	private async waitForSlot(signal?: AbortSignal): Promise<void> {
		for (;;) {
			if (signal?.aborted) throw new ExecutionCancelledError();
			const now = Date.now();
			const delay = this.delayUntilAllowed(now);
			if (delay === 0) {
				this.inFlight++;
				if (this.share) this.share.lastGrantAt = now;
				if (this.serverBudget) this.serverBudget.grantedSince++;
				return;
			}
			if (delay !== Number.POSITIVE_INFINITY && delay > RATE_LIMIT_BOUNDS.maxWaitMs) {
				throw new RateLimitWaitError(delay);
			}
			// A fresh X-RateLimit-Remaining does not count requests still on their way, so only a wait
			// for an in-flight request to finish is cut short when one finishes.
			await waitUpTo(
				delay,
				signal,
				delay === Number.POSITIVE_INFINITY ? (wake) => this.wakeUp.push(wake) : undefined,
			);
		}
	}

	/** 0 to go now, a number of ms to wait, or Infinity to wait for a request to finish. */
	private delayUntilAllowed(now: number): number {
		const pause = this.pausedUntil - now;
		if (pause > 0) return pause;
		if (this.max === undefined) return this.inFlight === 0 ? 0 : Number.POSITIVE_INFINITY;

		const window = this.window();
		const slots = this.share?.slots ?? this.max;
		let delay = 0;
		if (this.share) delay = this.share.lastGrantAt + window / slots - now;
		if (this.slotsHeld(now) >= slots) {
			// Slots come back as finished requests leave the window; in-flight ones must finish first.
			const mustExpire = this.slotsHeld(now) - slots;
			delay = Math.max(
				delay,
				mustExpire < this.finishedAt.length
					? this.finishedAt[mustExpire] + window - now
					: Number.POSITIVE_INFINITY,
			);
		}
		const budget = this.serverBudget;
		if (budget && now < budget.observedAt + window && budget.grantedSince >= budget.remaining)
			delay = Math.max(delay, budget.observedAt + window - now);
		return Math.max(0, delay);
	}
}

/** Limiters kept at most, unless more are busy at once (a busy limiter is never dropped). */
export const MAX_RATE_LIMITER_KEYS = 1000;

/** Least recently used first: Map iterates in insertion order and a lookup re-inserts. */
const limiters = new Map<string, RateLimiter>();

/** One limiter per (credential, location) for the whole n8n process (or queue-mode worker). */
export function rateLimiterFor(key: string): RateLimiter {
	let limiter = limiters.get(key);
	if (limiter) {
		limiters.delete(key);
	} else {
		for (const [oldKey, old] of limiters) {
			if (limiters.size < MAX_RATE_LIMITER_KEYS) break;
			if (old.idle) limiters.delete(oldKey);
		}
		limiter = new RateLimiter();
	}
	limiters.set(key, limiter);
	return limiter;
}
