import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { NodeApiError, NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPES, type ApiVersion, type AuthenticationMethod } from '../api';
import type { HttpMethod, LocationPlacement } from '../builder/types';
import type { TokenKind } from '../spec/types';
import { baseUrlOf, companyLimiterKey, companyOf, kindOf, limiterKey, locationOf } from './context';
import { locationToken, type ExchangeTarget } from './locationToken';
import { missingLocationError, putLocation } from './presend';
import { readRateLimitHeaders } from './rateLimitHeaders';
import { rateLimiterFor } from './rateLimiter';
import { withRetries } from './send';

export interface EditorRequest {
	method: HttpMethod;
	path: string;
	/** The operation's Version header; none for the few operations that declare none. */
	version?: ApiVersion;
	scopes: string[];
	qs?: IDataObject;
	body?: IDataObject;
	location?: LocationPlacement;
	/** A POST that only reads (a search) may be retried like a GET. */
	idempotent?: boolean;
	/**
	 * Which token the endpoint takes, as in the spec facts; default `sub` when the request names a
	 * location, else `either`. With an agency OAuth2 credential a `sub` request is sent with the
	 * location's exchanged token, as the node's own requests are.
	 */
	token?: TokenKind;
}

/** The node's Location ID as the editor holds it: a plain string (older workflows) or a picker value. */
export function currentLocationOverride(fn: ILoadOptionsFunctions): string {
	const value = fn.getCurrentNodeParameter('locationId', { extractValue: true }) as unknown;
	const raw =
		value && typeof value === 'object' && 'value' in value
			? (value as { value: unknown }).value
			: value;
	return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
}

/**
 * A request made while the user edits a node (list search), outside the routing engine: same
 * credentials, location, rate limiter, retries and error messages as the node's own requests.
 */
export async function editorRequest(
	this: ILoadOptionsFunctions,
	request: EditorRequest,
): Promise<IDataObject> {
	const authentication = (this.getCurrentNodeParameter('authentication') ??
		'privateIntegrationToken') as AuthenticationMethod;
	const credentialType =
		CREDENTIAL_TYPES[authentication] ?? CREDENTIAL_TYPES.privateIntegrationToken;
	const credentials = await this.getCredentials<ICredentialDataDecryptedObject>(credentialType);
	const node = this.getNode();
	const location = currentLocationOverride(this) || locationOf(credentials);
	const kind = kindOf(credentials);
	const isPit = credentialType === CREDENTIAL_TYPES.privateIntegrationToken;
	const token = request.token ?? (request.location ? 'sub' : 'either');
	const subAccountOnly = token === 'sub' || token === 'any';

	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: baseUrlOf(credentials),
		url: request.path,
		headers: {
			Accept: 'application/json',
			...(request.version ? { Version: request.version } : {}),
		},
		qs: { ...request.qs },
		body: { ...request.body },
		json: true,
		returnFullResponse: true,
	};
	if (request.location) {
		if (!location) throw missingLocationError(node);
		if (request.location.in === 'path') {
			options.url = request.path.replace('{locationId}', encodeURIComponent(location));
		} else putLocation(options, request.location, location);
	}

	const credentialId = node.credentials?.[credentialType]?.id ?? node.name;
	const companyId = companyOf(credentials);
	let exchange: ExchangeTarget | undefined;
	let key = limiterKey(credentialType, credentialId, location);
	if (kind === 'agency' && subAccountOnly) {
		if (isPit) {
			throw new NodeOperationError(node, 'This list needs a sub-account token', {
				description:
					'An agency Private Integration Token cannot read inside a sub-account. Type the ID instead, or use a sub-account Private Integration Token or an OAuth2 credential connected to the agency.',
			});
		}
		if (!location) throw missingLocationError(node);
		if (!companyId) {
			throw new NodeOperationError(node, "The OAuth2 credential's agency token has no company ID", {
				description: 'Reconnect the GoHighLevel OAuth2 API credential.',
			});
		}
		exchange = {
			credentialType,
			credentialId,
			companyId,
			location,
			baseUrl: String(options.baseURL),
		};
	} else if (kind === 'agency') {
		key = companyLimiterKey(credentialType, credentialId, companyId);
	}
	const limiter = rateLimiterFor(key);
	const errorContext = {
		operation: `${request.method} ${request.path}`,
		scopes: request.scopes,
		itemIndex: 0,
	};
	const send = async (bearer?: string) =>
		await withRetries(
			node,
			limiter,
			async (grant) => {
				const copy = { ...options, headers: { ...options.headers } };
				const response = (
					bearer
						? await this.helpers.httpRequest({
								...copy,
								headers: { ...copy.headers, Authorization: `Bearer ${bearer}` },
							})
						: await this.helpers.httpRequestWithAuthentication.call(this, credentialType, copy)
				) as IN8nHttpFullResponse;
				grant.end(readRateLimitHeaders(response.headers as IDataObject));
				return (response.body ?? {}) as IDataObject;
			},
			request.idempotent ?? request.method === 'GET',
			errorContext,
		);
	if (!exchange) return await send();
	const target = exchange;
	const first = await locationToken(this, target, { itemIndex: 0 });
	try {
		return await send(first);
	} catch (error) {
		// eslint-disable-next-line @n8n/community-nodes/require-node-api-error -- already the node's error (a NodeApiError from the retry loop, or a NodeOperationError)
		if (!(error instanceof NodeApiError) || error.httpCode !== '401') throw error;
		return await send(await locationToken(this, target, { itemIndex: 0, stale: first }));
	}
}
