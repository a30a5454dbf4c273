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
	/** The body's bytes as received. */
	rawBytes: Buffer;
	/** The parts of a multipart/form-data body, parsed from the bytes; `body` then maps names to text (files: their file name). */
	parts?: MultipartPart[];
	receivedAt: number;
}

/** One part of a multipart/form-data body. */
export interface MultipartPart {
	name: string;
	fileName?: string;
	contentType?: string;
	data: Buffer;
}

/** Splits a multipart/form-data body at its boundary (RFC 7578), keeping each part's bytes. */
export function parseMultipart(bytes: Buffer, contentType: string): MultipartPart[] {
	const match = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType);
	if (!match) throw new Error('multipart body without a boundary');
	const delimiter = Buffer.from(`--${match[1] ?? match[2]}`);
	const parts: MultipartPart[] = [];
	let at = bytes.indexOf(delimiter);
	if (at !== 0) throw new Error('multipart body does not start with its boundary');
	for (;;) {
		at += delimiter.length;
		if (bytes.subarray(at, at + 2).toString() === '--') break;
		if (bytes.subarray(at, at + 2).toString() !== '\r\n') throw new Error('bad boundary line');
		const headEnd = bytes.indexOf('\r\n\r\n', at);
		if (headEnd < 0) throw new Error('part without a blank line after its headers');
		const headers = bytes
			.subarray(at + 2, headEnd)
			.toString('utf8')
			.split('\r\n');
		const next = bytes.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headEnd + 4);
		if (next < 0) throw new Error('part without a closing boundary');
		const part: MultipartPart = { name: '', data: bytes.subarray(headEnd + 4, next) };
		for (const header of headers) {
			const [key, ...rest] = header.split(':');
			const value = rest.join(':').trim();
			if (key.toLowerCase() === 'content-disposition') {
				if (!/^form-data;/i.test(value))
					throw new Error(`part disposition is not form-data: ${value}`);
				part.name = /(?:^|;)\s*name="([^"]*)"/.exec(value)?.[1] ?? '';
				const file = /;\s*filename="([^"]*)"/.exec(value);
				if (file) part.fileName = file[1];
			} else if (key.toLowerCase() === 'content-type') part.contentType = value;
		}
		parts.push(part);
		at = next + 2;
	}
	return parts;
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
		let parts: MultipartPart[] | undefined;
		const contentType = String(headers['content-type'] ?? '');
		if (rawBytes.length && /^multipart\/form-data/i.test(contentType)) {
			parts = parseMultipart(rawBytes, contentType);
			const fields: Record<string, string | string[]> = {};
			for (const part of parts) {
				const text = part.fileName ?? part.data.toString('utf8');
				const seen = fields[part.name];
				fields[part.name] =
					seen === undefined ? text : [...(Array.isArray(seen) ? seen : [seen]), text];
			}
			body = fields;
		} else if (rawBody && /^application\/x-www-form-urlencoded/i.test(contentType)) {
			body = Object.fromEntries(new URLSearchParams(rawBody));
		} else if (rawBody) {
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
			...(parts ? { parts } : {}),
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
