import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPES, DEFAULT_BASE_URL, type AuthenticationMethod } from '../api';

/** Which token a credential holds: an agency (company) token or a sub-account (location) one. */
export type CredentialKind = 'agency' | 'sub' | undefined;

export interface RequestContext {
	credentialType: string;
	/** The n8n credential's ID (its name in a workflow without IDs): caches and limits are kept per credential. */
	credentialId: string;
	/** True for the Private Integration Token credential. */
	isPit: boolean;
	/** Undefined when the credential does not tell (an OAuth2 token saved without `userType`). */
	kind: CredentialKind;
	/** The agency (company) of an OAuth2 token, from its token data. */
	companyId?: string;
	/** The credential's API Base URL, without a trailing slash. */
	baseUrl: string;
	/** The sub-account the request acts on: the node's Location ID, else the credential's. */
	location?: string;
	/**
	 * Requests sharing this key share one rate limit: HighLevel counts per app and per resource (a
	 * location, or the company for agency calls). The transport keys by the token it sends.
	 */
	limiterKey: string;
}

interface CredentialFacts {
	location?: string;
	kind: CredentialKind;
	companyId?: string;
	baseUrl: string;
}

function text(value: unknown): string | undefined {
	return typeof value === 'string' && value.trim() ? value.trim() : undefined;
}

const CACHE_TTL_MS = 60_000;
const CACHE_MAX = 500;
const credentialFacts = new Map<string, { expires: number; facts: Promise<CredentialFacts> }>();

export function locationOf(
	credentials: ICredentialDataDecryptedObject | undefined,
): string | undefined {
	if (!credentials) return undefined;
	const tokenData = credentials.oauthTokenData as { locationId?: unknown } | undefined;
	const candidates = [
		tokenData?.locationId,
		credentials.tokenType === 'agency' ? undefined : credentials.locationId,
	];
	for (const candidate of candidates) {
		if (typeof candidate === 'string' && candidate.trim()) return candidate.trim();
	}
	return undefined;
}

/**
 * The token's kind. An OAuth2 token says it in `userType` (HighLevel's token answer); one saved
 * without it is told by what it carries: a `locationId` only comes with a sub-account token, a
 * `companyId` alone with an agency one. A Private Integration Token has its "Token Type" field.
 */
export function kindOf(credentials: ICredentialDataDecryptedObject | undefined): CredentialKind {
	if (!credentials) return undefined;
	if (credentials.oauthTokenData && typeof credentials.oauthTokenData === 'object') {
		const tokenData = credentials.oauthTokenData as IDataObject;
		if (tokenData.userType === 'Company') return 'agency';
		if (tokenData.userType === 'Location') return 'sub';
		if (text(tokenData.locationId)) return 'sub';
		if (text(tokenData.companyId)) return 'agency';
		return undefined;
	}
	if (credentials.tokenType === 'agency') return 'agency';
	if (credentials.tokenType === 'subAccount') return 'sub';
	return undefined;
}

/** Both credentials carry `baseUrl`; one saved before it existed uses HighLevel's API. */
export function baseUrlOf(credentials: ICredentialDataDecryptedObject | undefined): string {
	return String(credentials?.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, '');
}

/** The agency (company) an OAuth2 token belongs to, from its token data. */
export function companyOf(
	credentials: ICredentialDataDecryptedObject | undefined,
): string | undefined {
	const tokenData = credentials?.oauthTokenData as IDataObject | undefined;
	return tokenData && typeof tokenData === 'object' ? text(tokenData.companyId) : undefined;
}

/**
 * What the credential says, read once per execution: every item would otherwise decrypt (and in
 * n8n, load from the database) the same credential again.
 */
async function readCredentialFacts(
	cacheKey: string,
	readCredentials: () => Promise<ICredentialDataDecryptedObject | undefined>,
): Promise<CredentialFacts> {
	const now = Date.now();
	const cached = credentialFacts.get(cacheKey);
	if (cached && cached.expires > now) return await cached.facts;
	if (credentialFacts.size >= CACHE_MAX) {
		for (const [k, v] of credentialFacts) if (v.expires <= now) credentialFacts.delete(k);
		if (credentialFacts.size >= CACHE_MAX) credentialFacts.clear();
	}
	const facts = readCredentials().then((credentials) => ({
		location: locationOf(credentials),
		kind: kindOf(credentials),
		companyId: companyOf(credentials),
		baseUrl: baseUrlOf(credentials),
	}));
	credentialFacts.set(cacheKey, { expires: now + CACHE_TTL_MS, facts });
	facts.catch(() => credentialFacts.delete(cacheKey));
	return await facts;
}

function typeName(value: unknown): string {
	if (Array.isArray(value)) return 'a list';
	if (typeof value === 'object') return 'an object';
	if (typeof value === 'number') return `the number ${value}`;
	return `a ${typeof value} (${String(value)})`;
}

/**
 * A parameter that names one record or location, as text: a string or a number. Anything else (an
 * expression giving an object, a list or a boolean) is refused before any request goes out, rather
 * than sent as `[object Object]`, `a%2Cb` or `true`.
 */
export function idParameter(fn: IExecuteSingleFunctions, name: string, label: string): string {
	const value = fn.getNodeParameter(name, '', { extractValue: true }) as unknown;
	if (value === null || value === undefined) return '';
	if (typeof value === 'string') return value.trim();
	if (typeof value === 'number' && Number.isFinite(value)) return String(value);
	throw new NodeOperationError(
		fn.getNode(),
		`"${label}" must be a single ID (text), but it is ${typeName(value)}`,
		{
			description: `Set "${label}" to one ID. If an expression gives a list or an object, pick the ID out of it, e.g. {{ $json.ids[0] }} or {{ $json.contact.id }}; to act on several records, give each item its own ID.`,
			itemIndex: fn.getItemIndex(),
		},
	);
}

/** The context of one item of a running node. */
export async function getRequestContext(fn: IExecuteSingleFunctions): Promise<RequestContext> {
	const authentication = fn.getNodeParameter(
		'authentication',
		'privateIntegrationToken',
	) as AuthenticationMethod;
	const credentialType =
		CREDENTIAL_TYPES[authentication] ?? CREDENTIAL_TYPES.privateIntegrationToken;
	const node = fn.getNode();
	const credentialId = node.credentials?.[credentialType]?.id ?? node.name;
	const override = idParameter(fn, 'locationId', 'Location ID');
	const facts = await readCredentialFacts(
		`${fn.getExecutionId()}:${credentialType}:${credentialId}`,
		async () => await fn.getCredentials<ICredentialDataDecryptedObject>(credentialType),
	);
	const location = override || facts.location;
	return {
		credentialType,
		credentialId,
		isPit: credentialType === CREDENTIAL_TYPES.privateIntegrationToken,
		kind: facts.kind,
		companyId: facts.companyId,
		baseUrl: facts.baseUrl,
		location,
		limiterKey: limiterKey(credentialType, credentialId, location),
	};
}

/** The rate-limit key of requests sent with a location's token (the credential's own, or exchanged). */
export function limiterKey(
	credentialType: string,
	credentialId: string,
	location: string | undefined,
): string {
	return `${credentialType}:${credentialId}:${location ?? '-'}`;
}

/**
 * The rate-limit key of requests sent with an agency token: HighLevel counts them against the
 * company, whichever location they name.
 */
export function companyLimiterKey(
	credentialType: string,
	credentialId: string,
	companyId: string | undefined,
): string {
	return `${credentialType}:${credentialId}:company:${companyId ?? '-'}`;
}
