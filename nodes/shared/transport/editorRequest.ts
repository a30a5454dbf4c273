import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	ILoadOptionsFunctions,
} from 'n8n-workflow';

import {
	CREDENTIAL_TYPES,
	DEFAULT_BASE_URL,
	type ApiVersion,
	type AuthenticationMethod,
} from '../api';
import type { HttpMethod, LocationPlacement } from '../builder/types';
import { limiterKey, locationOf } from './context';
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
}

/** The node's Location ID: text, or a picker's value (a resource locator). */
function locationParameter(fn: ILoadOptionsFunctions): string {
	const raw = fn.getCurrentNodeParameter('locationId') as unknown;
	if (!raw || typeof raw !== 'object') return String(raw ?? '').trim();
	try {
		return String(fn.getCurrentNodeParameter('locationId', { extractValue: true }) ?? '').trim();
	} catch {
		return String((raw as { value?: unknown }).value ?? '').trim();
	}
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
	const override = locationParameter(this);
	const location = override || locationOf(credentials);

	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, ''),
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
	const limiter = rateLimiterFor(limiterKey(credentialType, credentialId, location));
	return await withRetries(
		node,
		limiter,
		async (grant) => {
			const response = (await this.helpers.httpRequestWithAuthentication.call(
				this,
				credentialType,
				{ ...options, headers: { ...options.headers } },
			)) as IN8nHttpFullResponse;
			grant.end(readRateLimitHeaders(response.headers as IDataObject));
			return (response.body ?? {}) as IDataObject;
		},
		request.idempotent ?? request.method === 'GET',
		{ operation: `${request.method} ${request.path}`, scopes: request.scopes, itemIndex: 0 },
	);
}
