import { sleep } from 'n8n-workflow';

import type { RateLimitState } from './rateLimitHeaders';

/** HighLevel's documented burst limit, used until a response tells the real one. */
export const DOCUMENTED_BURST = { max: 100, intervalMs: 10_000 };

/** A little extra on top of the server's window, for clock granularity. */
function safetyMarginMs(intervalMs: number): number {
	return Math.min(500, Math.max(20, Math.round(intervalMs * 0.02)));
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

	/** When the answers of finished requests arrived, oldest first. */
	private readonly finishedAt: number[] = [];

	private serverBudget?: { remaining: number; observedAt: number; grantedSince: number };

	private pausedUntil = 0;

	private wakeUp: Array<() => void> = [];

	private queue: Promise<void> = Promise.resolve();

	get learnedLimit(): { max: number; intervalMs: number } | undefined {
		return this.max !== undefined && this.intervalMs !== undefined
			? { max: this.max, intervalMs: this.intervalMs }
			: undefined;
	}

	/**
	 * Resolves when a request may be sent; requests are granted in the order they asked. The caller
	 * must call `finished` once the attempt is over, whatever its outcome.
	 */
	async acquire(signal?: AbortSignal): Promise<void> {
		const turn = this.queue.then(async () => await this.waitForSlot(signal));
		this.queue = turn.catch(() => undefined);
		return await turn;
	}

	/** Ends an attempt, with what its response said about the server's count (if it got one). */
	finished(state: RateLimitState | undefined, at = Date.now()): void {
		this.inFlight = Math.max(0, this.inFlight - 1);
		this.finishedAt.push(at);
		this.learn(state, at);
		this.notify();
	}

	/** Stops every request on this key until `ms` from now (after a 429). */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
	}

	private learn(state: RateLimitState | undefined, at: number): void {
		if (state?.max !== undefined && state.max > 0) this.max = state.max;
		if (state?.intervalMs !== undefined && state.intervalMs > 0) this.intervalMs = state.intervalMs;
		this.max ??= DOCUMENTED_BURST.max;
		this.intervalMs ??= DOCUMENTED_BURST.intervalMs;
		if (state?.remaining === undefined) return;
		// Only a count above what this process has in its window means others share the location.
		const usedOnServer = this.max - state.remaining;
		this.serverBudget =
			usedOnServer > this.slotsHeld(at)
				? { remaining: Math.max(0, state.remaining), observedAt: at, grantedSince: 0 }
				: undefined;
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
			if (signal?.aborted) throw new Error('The execution was cancelled');
			const now = Date.now();
			const delay = this.delayUntilAllowed(now);
			if (delay === 0) {
				this.inFlight++;
				if (this.serverBudget) this.serverBudget.grantedSince++;
				return;
			}
			if (delay === Number.POSITIVE_INFINITY) {
				await new Promise<void>((resolve) => this.wakeUp.push(resolve));
			} else {
				await sleep(delay);
			}
		}
	}

	/** 0 to go now, a number of ms to wait, or Infinity to wait for a request to finish. */
	private delayUntilAllowed(now: number): number {
		const pause = this.pausedUntil - now;
		if (pause > 0) return pause;
		if (this.max === undefined) return this.inFlight === 0 ? 0 : Number.POSITIVE_INFINITY;

		const window = this.window();
		let delay = 0;
		if (this.slotsHeld(now) >= this.max) {
			// Slots come back as finished requests leave the window; in-flight ones must finish first.
			const mustExpire = this.slotsHeld(now) - this.max;
			delay =
				mustExpire < this.finishedAt.length
					? this.finishedAt[mustExpire] + window - now
					: Number.POSITIVE_INFINITY;
		}
		const budget = this.serverBudget;
		if (budget && now < budget.observedAt + window && budget.grantedSince >= budget.remaining) {
			delay = Math.max(delay, budget.observedAt + window - now);
		}
		return Math.max(0, delay);
	}
}

const limiters = new Map<string, RateLimiter>();
const MAX_KEYS = 1000;

/** One limiter per (credential, location) for the whole n8n process (or queue-mode worker). */
export function rateLimiterFor(key: string): RateLimiter {
	let limiter = limiters.get(key);
	if (!limiter) {
		if (limiters.size >= MAX_KEYS) limiters.delete(limiters.keys().next().value as string);
		limiter = new RateLimiter();
		limiters.set(key, limiter);
	}
	return limiter;
}
