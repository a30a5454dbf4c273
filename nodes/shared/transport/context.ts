import type { ICredentialDataDecryptedObject, IExecuteSingleFunctions } from 'n8n-workflow';

import { CREDENTIAL_TYPES, type AuthenticationMethod } from '../api';

/** Which token a credential holds: an agency (company) token or a sub-account (location) one. */
export type CredentialKind = 'agency' | 'sub' | undefined;

export interface RequestContext {
	credentialType: string;
	/** True for the Private Integration Token credential. */
	isPit: boolean;
	/** Undefined when the credential does not tell (an OAuth2 token saved without `userType`). */
	kind: CredentialKind;
	/** The sub-account the request acts on: the node's Location ID, else the credential's. */
	location?: string;
	/** Requests sharing this key share one rate limit: HighLevel counts per app and location. */
	limiterKey: string;
}

interface CredentialFacts {
	location?: string;
	kind: CredentialKind;
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

export function kindOf(credentials: ICredentialDataDecryptedObject | undefined): CredentialKind {
	if (!credentials) return undefined;
	if (credentials.oauthTokenData && typeof credentials.oauthTokenData === 'object') {
		const userType = (credentials.oauthTokenData as { userType?: unknown }).userType;
		if (userType === 'Company') return 'agency';
		if (userType === 'Location') return 'sub';
		return undefined;
	}
	if (credentials.tokenType === 'agency') return 'agency';
	if (credentials.tokenType === 'subAccount') return 'sub';
	return undefined;
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
	}));
	credentialFacts.set(cacheKey, { expires: now + CACHE_TTL_MS, facts });
	facts.catch(() => credentialFacts.delete(cacheKey));
	return await facts;
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
	const override = String(fn.getNodeParameter('locationId', '') ?? '').trim();
	const facts = await readCredentialFacts(
		`${fn.getExecutionId()}:${credentialType}:${credentialId}`,
		async () => await fn.getCredentials<ICredentialDataDecryptedObject>(credentialType),
	);
	const location = override || facts.location;
	return {
		credentialType,
		isPit: credentialType === CREDENTIAL_TYPES.privateIntegrationToken,
		kind: facts.kind,
		location,
		limiterKey: limiterKey(credentialType, credentialId, location),
	};
}

export function limiterKey(
	credentialType: string,
	credentialId: string,
	location: string | undefined,
): string {
	return `${credentialType}:${credentialId}:${location ?? '-'}`;
}
