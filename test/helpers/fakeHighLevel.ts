import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the fake HighLevel received it. */
export interface CapturedRequest {
	method: string;
	/** Path exactly as sent, still URL-encoded. */
	rawPath: string;
	query: Record<string, string | string[]>;
	headers: IncomingHttpHeaders;
	body: unknown;
	rawBody: string;
	/** The body's exact bytes (uploads). */
	rawBytes: Buffer;
	receivedAt: number;
}

export interface Reply {
	status?: number;
	/** Sent as JSON, or as is when a Buffer (downloads). */
	body?: unknown;
	headers?: Record<string, string>;
	/** Close the socket without answering (a network failure). */
	destroy?: boolean;
}

export type Handler = (request: CapturedRequest) => Reply | Promise<Reply>;

export interface RateLimitRule {
	max: number;
	intervalMs: number;
	dailyLimit?: number;
	dailyRemaining?: number;
}

/**
 * An HTTP server on 127.0.0.1 standing in for services.leadconnectorhq.com. Tests set `handler`;
 * with `rateLimit` set it counts requests in a sliding window, as HighLevel does per location,
 * answering 429 with HighLevel's headers beyond the limit.
 */
export class FakeHighLevel {
	readonly requests: CapturedRequest[] = [];

	handler: Handler = () => ({ status: 200, body: {} });

	rateLimit?: RateLimitRule;

	/** Most requests accepted (not answered 429) within any one window. */
	maxAcceptedInWindow = 0;

	rejected429 = 0;

	private accepted: number[] = [];

	private server?: Server;

	baseUrl = '';

	async start(): Promise<this> {
		this.server = createServer((req, res) => {
			const chunks: Buffer[] = [];
			req.on('data', (chunk: Buffer) => chunks.push(chunk));
			req.on('end', () => {
				void this.respond(
					req.method ?? 'GET',
					req.url ?? '/',
					req.headers,
					Buffer.concat(chunks),
					res,
				);
			});
		});
		await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
		this.baseUrl = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}`;
		return this;
	}

	async stop(): Promise<void> {
		await new Promise<void>((resolve) => this.server?.close(() => resolve()));
	}

	reset(): void {
		this.requests.length = 0;
		this.handler = () => ({ status: 200, body: {} });
		this.rateLimit = undefined;
		this.accepted = [];
		this.maxAcceptedInWindow = 0;
		this.rejected429 = 0;
	}

	private rateLimitHeaders(rule: RateLimitRule, remaining: number): Record<string, string> {
		return {
			'x-ratelimit-max': String(rule.max),
			'x-ratelimit-remaining': String(Math.max(0, remaining)),
			'x-ratelimit-interval-milliseconds': String(rule.intervalMs),
			'x-ratelimit-limit-daily': String(rule.dailyLimit ?? 200000),
			'x-ratelimit-daily-remaining': String(rule.dailyRemaining ?? 199000),
		};
	}

	private async respond(
		method: string,
		url: string,
		headers: IncomingHttpHeaders,
		rawBytes: Buffer,
		res: import('node:http').ServerResponse,
	): Promise<void> {
		const rawBody = rawBytes.toString('utf8');
		const parsed = new URL(url, 'http://127.0.0.1');
		const query: Record<string, string | string[]> = {};
		for (const key of new Set(parsed.searchParams.keys())) {
			const values = parsed.searchParams.getAll(key);
			query[key] = values.length > 1 ? values : values[0];
		}
		let body: unknown = undefined;
		if (rawBody) {
			try {
				body = JSON.parse(rawBody);
			} catch {
				body = rawBody;
			}
		}
		const request: CapturedRequest = {
			method,
			rawPath: url.split('?')[0],
			query,
			headers,
			body,
			rawBody,
			rawBytes,
			receivedAt: Date.now(),
		};
		this.requests.push(request);

		let extraHeaders: Record<string, string> = {};
		const rule = this.rateLimit;
		if (rule) {
			const now = request.receivedAt;
			this.accepted = this.accepted.filter((t) => t > now - rule.intervalMs);
			if (this.accepted.length >= rule.max || rule.dailyRemaining === 0) {
				this.rejected429++;
				const wait = this.accepted.length
					? this.accepted[0] + rule.intervalMs - now
					: rule.intervalMs;
				res.writeHead(429, {
					'content-type': 'application/json',
					...this.rateLimitHeaders(rule, 0),
					'retry-after': String(Math.max(0.001, wait / 1000)),
				});
				res.end(JSON.stringify({ statusCode: 429, message: 'Too many requests' }));
				return;
			}
			this.accepted.push(now);
			this.maxAcceptedInWindow = Math.max(this.maxAcceptedInWindow, this.accepted.length);
			extraHeaders = this.rateLimitHeaders(rule, rule.max - this.accepted.length);
		}

		let reply: Reply;
		try {
			reply = await this.handler(request);
		} catch (error) {
			reply = { status: 500, body: { statusCode: 500, message: (error as Error).message } };
		}
		if (reply.destroy) {
			res.socket?.destroy();
			return;
		}
		res.writeHead(reply.status ?? 200, {
			'content-type': 'application/json',
			...extraHeaders,
			...(reply.headers ?? {}),
		});
		if (Buffer.isBuffer(reply.body)) res.end(reply.body);
		else res.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
	}
}
