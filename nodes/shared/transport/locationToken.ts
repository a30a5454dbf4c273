import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { authorizedRequest } from './authorizedRequest';
import { companyLimiterKey } from './context';
import type { ErrorContext } from './errors';

/**
 * Location tokens exchanged from an agency OAuth2 token (`POST /oauth/locationToken`), kept in
 * memory per (credential, company, location) until shortly before they expire.
 *
 * The exchange is sent with n8n's `httpRequestWithAuthentication` and the OAuth2 credential, so n8n
 * refreshes the agency token when HighLevel answers 401, and it goes through the company's rate
 * limit. Items asking for the same location while an exchange is on its way wait for that one.
 */

/** Where a location token comes from and who it is for. */
export interface ExchangeTarget {
	credentialType: string;
	credentialId: string;
	companyId: string;
	location: string;
	/** The API base URL, without a trailing slash. */
	baseUrl: string;
}

interface CachedToken {
	token: string;
	/** When the token is no longer handed out: before HighLevel's expiry, by `EXPIRY_MARGIN`. */
	renewAt: number;
}

/** How long before its expiry a location token is exchanged again: 5 minutes, at most a tenth of its life. */
export const EXPIRY_MARGIN = { maxMs: 5 * 60_000, fraction: 0.1 };

/** HighLevel's location tokens live a day; an answer without `expires_in` is kept an hour. */
const DEFAULT_LIFETIME_MS = 60 * 60_000;

/** Location tokens kept at most (one per credential and location). */
export const MAX_CACHED_TOKENS = 1000;

const tokens = new Map<string, CachedToken>();
const exchanges = new Map<string, Promise<CachedToken>>();

const EXCHANGE_SCOPES = ['oauth.write'];

function cacheKey(target: ExchangeTarget): string {
	return [target.credentialType, target.credentialId, target.companyId, target.location].join(':');
}

function remember(key: string, entry: CachedToken): void {
	tokens.delete(key);
	if (tokens.size >= MAX_CACHED_TOKENS) {
		const now = Date.now();
		for (const [k, v] of tokens) if (v.renewAt <= now) tokens.delete(k);
		// Still full: the oldest entries go (a Map iterates in insertion order).
		for (const k of tokens.keys()) {
			if (tokens.size < MAX_CACHED_TOKENS) break;
			tokens.delete(k);
		}
	}
	tokens.set(key, entry);
}

/** Forgets every cached location token (for tests, and when a credential is known to be replaced). */
export function forgetLocationTokens(): void {
	tokens.clear();
}

function lifetimeMs(expiresIn: unknown): number {
	const seconds = Number(expiresIn);
	return Number.isFinite(seconds) && seconds > 0 ? seconds * 1000 : DEFAULT_LIFETIME_MS;
}

function noTokenError(node: INode, itemIndex: number): NodeOperationError {
	return new NodeOperationError(
		node,
		'HighLevel answered the location-token exchange without a token',
		{
			description:
				'POST /oauth/locationToken returned no access_token. Check that the Marketplace app is installed on this sub-account (the agency install must include it) and that the credential has the oauth.write scope.',
			itemIndex,
		},
	);
}

async function exchange(
	fn: IExecuteSingleFunctions | ILoadOptionsFunctions,
	target: ExchangeTarget,
	itemIndex: number,
	signal: AbortSignal | undefined,
): Promise<CachedToken> {
	const node = fn.getNode();
	const errorContext: ErrorContext = {
		operation: `Exchange the agency token for the token of location ${target.location}`,
		scopes: EXCHANGE_SCOPES,
		itemIndex,
	};
	const options: IHttpRequestOptions = {
		method: 'POST',
		baseURL: target.baseUrl,
		url: '/oauth/locationToken',
		headers: {
			Accept: 'application/json',
			Version: '2021-07-28',
			'Content-Type': 'application/x-www-form-urlencoded',
		},
		body: new URLSearchParams({
			companyId: target.companyId,
			locationId: target.location,
		}).toString(),
		json: true,
	};
	const body = await authorizedRequest(
		fn,
		{
			credentialType: target.credentialType,
			limiterKey: companyLimiterKey(target.credentialType, target.credentialId, target.companyId),
		},
		// Asking for a token twice does no harm: network failures and 5xx are retried.
		{ idempotent: true, errorContext, signal },
		async (signed) => (await signed(options)).body as IDataObject | undefined,
	);
	const token = body?.access_token;
	if (typeof token !== 'string' || !token) throw noTokenError(node, itemIndex);
	const lifetime = lifetimeMs(body?.expires_in);
	const margin = Math.min(EXPIRY_MARGIN.maxMs, lifetime * EXPIRY_MARGIN.fraction);
	return { token, renewAt: Date.now() + lifetime - margin };
}

/**
 * The location's token: the cached one, else one exchange shared by every item asking at the same
 * time. `stale` is a token HighLevel just refused (401): it is not handed out again, and the first
 * item to report it starts the new exchange the others wait for.
 */
export async function locationToken(
	fn: IExecuteSingleFunctions | ILoadOptionsFunctions,
	target: ExchangeTarget,
	options: { itemIndex: number; signal?: AbortSignal; stale?: string },
): Promise<string> {
	const key = cacheKey(target);
	const cached = tokens.get(key);
	if (cached && cached.token !== options.stale && cached.renewAt > Date.now()) return cached.token;
	let running = exchanges.get(key);
	if (!running) {
		running = exchange(fn, target, options.itemIndex, options.signal).then((entry) => {
			remember(key, entry);
			return entry;
		});
		const settled = running.finally(() => exchanges.delete(key));
		// The callers see the outcome through `running`; this copy only clears the slot.
		settled.catch(() => undefined);
		exchanges.set(key, running);
	}
	return (await running).token;
}
