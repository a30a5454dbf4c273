import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import { DEFAULT_BASE_URL, type ApiVersion } from '../api';
import { getRequestContext } from './context';
import { readRateLimitHeaders } from './rateLimitHeaders';
import { rateLimiterFor } from './rateLimiter';
import { withRetries } from './send';

/**
 * A read an operation needs besides its own request (e.g. the location's custom field definitions),
 * made while the node runs: the item's credential and location, the location's rate limiter, retries
 * and HighLevel's error messages, as for the operation's own requests.
 */
export interface LookupRequest {
	/** A `GET` path; `{locationId}` is filled with the item's location. */
	path: string;
	version: ApiVersion;
	scopes: string[];
	qs?: IDataObject;
	/** Query input that takes the location, when it is not in the path. */
	locationQuery?: string;
}

export async function lookupRequest(
	fn: IExecuteSingleFunctions,
	request: LookupRequest,
	location: string,
): Promise<IDataObject> {
	const context = await getRequestContext(fn);
	const credentials = await fn.getCredentials<ICredentialDataDecryptedObject>(
		context.credentialType,
	);
	const options: IHttpRequestOptions = {
		method: 'GET',
		baseURL: String(credentials.baseUrl || DEFAULT_BASE_URL).replace(/\/+$/, ''),
		url: request.path.replace('{locationId}', encodeURIComponent(location)),
		headers: { Accept: 'application/json', Version: request.version },
		qs: {
			...request.qs,
			...(request.locationQuery ? { [request.locationQuery]: location } : {}),
		},
		json: true,
		returnFullResponse: true,
	};
	return await withRetries(
		fn.getNode(),
		rateLimiterFor(context.limiterKey),
		async (grant) => {
			const response = (await fn.helpers.httpRequestWithAuthentication.call(
				fn,
				context.credentialType,
				{ ...options, headers: { ...options.headers } },
			)) as IN8nHttpFullResponse;
			grant.end(readRateLimitHeaders(response.headers as IDataObject));
			return (response.body ?? {}) as IDataObject;
		},
		true,
		{ operation: `GET ${request.path}`, scopes: request.scopes, itemIndex: fn.getItemIndex() },
		fn.getExecutionCancelSignal?.(),
	);
}
