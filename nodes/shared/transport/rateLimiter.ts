import { sleep } from 'n8n-workflow';

import type { RateLimitState } from './rateLimitHeaders';

/** HighLevel's documented burst limit, used until a response tells the real one. */
export const DOCUMENTED_BURST = { max: 100, intervalMs: 10_000 };

/**
 * Requests are counted when sent, but the server counts them when received; the extra time keeps
 * a request sent just after a window slid from landing in the server's previous window.
 */
function safetyMarginMs(intervalMs: number): number {
	return Math.min(1000, Math.max(25, Math.round(intervalMs * 0.05)));
}

/**
 * Spaces the requests of one (credential, location) within HighLevel's burst limit.
 *
 * All items of an n8n node start at once, so requests queue here in order. Until a response has
 * told the real limit, one request at a time goes out; after that a sliding window of the learned
 * size is kept. `X-RateLimit-Remaining` lowers the budget when other executions, workers or apps
 * share the location, and a 429 pauses everyone queued on the key.
 */
export class RateLimiter {
	private max?: number;

	private intervalMs?: number;

	private readonly sentAt: number[] = [];

	private probeInFlight = false;

	private waitingForProbe: Array<() => void> = [];

	private serverBudget?: { remaining: number; observedAt: number };

	private pausedUntil = 0;

	private queue: Promise<void> = Promise.resolve();

	get learnedLimit(): { max: number; intervalMs: number } | undefined {
		return this.max !== undefined && this.intervalMs !== undefined
			? { max: this.max, intervalMs: this.intervalMs }
			: undefined;
	}

	/** Resolves when a request may be sent; requests are granted in the order they asked. */
	async acquire(signal?: AbortSignal): Promise<void> {
		const turn = this.queue.then(async () => await this.waitForSlot(signal));
		this.queue = turn.catch(() => undefined);
		return await turn;
	}

	/** Tells the limiter what a response said about the server's count. Call once per attempt. */
	observe(state: RateLimitState | undefined, receivedAt = Date.now()): void {
		if (state?.max !== undefined && state.max > 0) this.max = state.max;
		if (state?.intervalMs !== undefined && state.intervalMs > 0) this.intervalMs = state.intervalMs;
		if (this.max === undefined || this.intervalMs === undefined) {
			this.max ??= DOCUMENTED_BURST.max;
			this.intervalMs ??= DOCUMENTED_BURST.intervalMs;
		}
		if (state?.remaining !== undefined) {
			// Only a count above what this process sent means others share the location.
			const window = this.intervalMs + safetyMarginMs(this.intervalMs);
			const sentHere = this.sentAt.filter((t) => t > receivedAt - window).length;
			const usedOnServer = this.max - state.remaining;
			this.serverBudget =
				usedOnServer > sentHere
					? { remaining: Math.max(0, state.remaining), observedAt: receivedAt }
					: undefined;
		}
		this.releaseProbe();
	}

	/** Stops every request on this key until `ms` from now (after a 429). */
	pause(ms: number): void {
		this.pausedUntil = Math.max(this.pausedUntil, Date.now() + ms);
		this.releaseProbe();
	}

	private releaseProbe(): void {
		this.probeInFlight = false;
		const waiting = this.waitingForProbe;
		this.waitingForProbe = [];
		for (const wake of waiting) wake();
	}

	private async waitForSlot(signal?: AbortSignal): Promise<void> {
		for (;;) {
			if (signal?.aborted) throw new Error('The execution was cancelled');
			const now = Date.now();
			if (this.max === undefined || this.intervalMs === undefined) {
				if (!this.probeInFlight) {
					this.probeInFlight = true;
					this.sentAt.push(now);
					return;
				}
				await new Promise<void>((resolve) => this.waitingForProbe.push(resolve));
				continue;
			}
			const delay = this.delayUntilAllowed(now, this.max, this.intervalMs);
			if (delay <= 0) {
				this.sentAt.push(now);
				return;
			}
			await sleep(delay);
		}
	}

	private delayUntilAllowed(now: number, max: number, intervalMs: number): number {
		const window = intervalMs + safetyMarginMs(intervalMs);
		while (this.sentAt.length > 0 && this.sentAt[0] <= now - window) this.sentAt.shift();

		let delay = this.pausedUntil - now;
		if (this.sentAt.length >= max) {
			delay = Math.max(delay, this.sentAt[this.sentAt.length - max] + window - now);
		}
		const budget = this.serverBudget;
		if (budget && now < budget.observedAt + window) {
			const sentSince = this.sentAt.filter((t) => t >= budget.observedAt).length;
			if (sentSince >= budget.remaining) delay = Math.max(delay, budget.observedAt + window - now);
		}
		return delay;
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
