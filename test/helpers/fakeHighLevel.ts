import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';

import type { TokenKind } from '../../nodes/shared/spec/types';

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
	/**
	 * What HighLevel counts separately (its limits are per app and per location or company): requests
	 * with different keys have separate budgets. One budget for everything when not set.
	 */
	keyOf?: (request: CapturedRequest) => string;
}

/** Which token kind each endpoint of the spec facts accepts, by `METHOD /path` pattern. */
interface EndpointRule {
	method: string;
	pattern: RegExp;
	params: number;
	token: TokenKind;
}

let endpointRules: EndpointRule[] | undefined;

function loadEndpointRules(): EndpointRule[] {
	if (endpointRules) return endpointRules;
	const dir = join(__dirname, '..', '..', 'nodes', 'shared', 'spec');
	endpointRules = [];
	for (const file of readdirSync(dir).filter((name) => name.endsWith('.json'))) {
		const facts = JSON.parse(readFileSync(join(dir, file), 'utf8')) as Record<string, unknown>;
		for (const [key, value] of Object.entries(facts)) {
			const token = (value as { token?: TokenKind }).token;
			if (!token || !key.includes(' /')) continue;
			const [method, path] = key.split(' ');
			const params = (path.match(/\{[^}]+\}/g) ?? []).length;
			const source = path
				.replace(/\/+$/, '')
				.split(/\{[^}]+\}/)
				.map((part) => part.replace(/[.*+?^$()|[\]\\]/g, '\\$&'))
				.join('[^/]+');
			endpointRules.push({ method, pattern: new RegExp(`^${source}/?$`), params, token });
		}
	}
	return endpointRules;
}

/** The token kind the spec gives the endpoint a request reached (the most specific match). */
export function endpointToken(method: string, rawPath: string): TokenKind | undefined {
	const matches = loadEndpointRules()
		.filter((rule) => rule.method === method && rule.pattern.test(rawPath))
		.sort((a, b) => a.params - b.params);
	return matches[0]?.token;
}

/**
 * HighLevel's token rules: an agency token is refused on sub-account endpoints, and a sub-account
 * token on agency endpoints, with a 401 as HighLevel answers.
 */
export interface TokenRules {
	/** Bearer tokens that are agency (company) tokens. */
	agency: string[];
	/** Bearer tokens that are sub-account (location) tokens. */
	sub: string[];
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

	/** When set, requests whose token the endpoint does not accept are refused with a 401. */
	tokenRules?: TokenRules;

	/** Requests refused by `tokenRules`. */
	readonly tokenRefusals: CapturedRequest[] = [];

	/** Most requests accepted (not answered 429) within any one window. */
	maxAcceptedInWindow = 0;

	/** The same, per rate-limit key (`RateLimitRule.keyOf`). */
	readonly maxAcceptedByKey = new Map<string, number>();

	rejected429 = 0;

	private accepted = new Map<string, number[]>();

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
		this.tokenRules = undefined;
		this.tokenRefusals.length = 0;
		this.accepted = new Map();
		this.maxAcceptedByKey.clear();
		this.maxAcceptedInWindow = 0;
		this.rejected429 = 0;
	}

	private refuseToken(request: CapturedRequest): string | undefined {
		const rules = this.tokenRules;
		if (!rules) return undefined;
		const bearer = /^Bearer (.+)$/.exec(String(request.headers.authorization ?? ''))?.[1];
		const token = endpointToken(request.method, request.rawPath);
		if (!bearer || !token) return undefined;
		if (rules.agency.includes(bearer) && (token === 'sub' || token === 'any')) {
			return 'This authClass type is not allowed to access this scope. (agency token on a sub-account endpoint)';
		}
		if (rules.sub.includes(bearer) && token === 'agency') {
			return 'This authClass type is not allowed to access this scope. (sub-account token on an agency endpoint)';
		}
		return undefined;
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
			const key = rule.keyOf?.(request) ?? '';
			const accepted = (this.accepted.get(key) ?? []).filter((t) => t > now - rule.intervalMs);
			this.accepted.set(key, accepted);
			if (accepted.length >= rule.max || rule.dailyRemaining === 0) {
				this.rejected429++;
				const wait = accepted.length ? accepted[0] + rule.intervalMs - now : rule.intervalMs;
				res.writeHead(429, {
					'content-type': 'application/json',
					...this.rateLimitHeaders(rule, 0),
					'retry-after': String(Math.max(0.001, wait / 1000)),
				});
				res.end(JSON.stringify({ statusCode: 429, message: 'Too many requests' }));
				return;
			}
			accepted.push(now);
			this.maxAcceptedInWindow = Math.max(this.maxAcceptedInWindow, accepted.length);
			this.maxAcceptedByKey.set(
				key,
				Math.max(this.maxAcceptedByKey.get(key) ?? 0, accepted.length),
			);
			extraHeaders = this.rateLimitHeaders(rule, rule.max - accepted.length);
		}

		const refusal = this.refuseToken(request);
		if (refusal) {
			this.tokenRefusals.push(request);
			res.writeHead(401, { 'content-type': 'application/json', ...extraHeaders });
			res.end(JSON.stringify({ statusCode: 401, message: refusal }));
			return;
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
