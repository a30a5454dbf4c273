import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
} from 'n8n-workflow';

import type { ApiVersion } from '../api';
import { getRequestContext, limiterKey } from './context';
import { locationToken } from './locationToken';
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
	const options: IHttpRequestOptions = {
		method: 'GET',
		baseURL: context.baseUrl,
		url: request.path.replace('{locationId}', encodeURIComponent(location)),
		headers: { Accept: 'application/json', Version: request.version },
		qs: {
			...request.qs,
			...(request.locationQuery ? { [request.locationQuery]: location } : {}),
		},
		json: true,
		returnFullResponse: true,
	};
	const signal = fn.getExecutionCancelSignal?.();
	// An agency OAuth2 credential reads inside the sub-account with the location's exchanged token,
	// as the operation's own request does.
	const exchange =
		!context.isPit && context.kind === 'agency' && context.companyId
			? {
					credentialType: context.credentialType,
					credentialId: context.credentialId,
					companyId: context.companyId,
					location,
					baseUrl: context.baseUrl,
				}
			: undefined;
	const bearer = exchange
		? await locationToken(fn, exchange, { itemIndex: fn.getItemIndex(), signal })
		: undefined;
	return await withRetries(
		fn.getNode(),
		rateLimiterFor(limiterKey(context.credentialType, context.credentialId, location)),
		async (grant) => {
			const copy = { ...options, headers: { ...options.headers } };
			const response = (
				bearer
					? await fn.helpers.httpRequest({
							...copy,
							headers: { ...copy.headers, Authorization: `Bearer ${bearer}` },
						})
					: await fn.helpers.httpRequestWithAuthentication.call(fn, context.credentialType, copy)
			) as IN8nHttpFullResponse;
			grant.end(readRateLimitHeaders(response.headers as IDataObject));
			return (response.body ?? {}) as IDataObject;
		},
		true,
		{ operation: `GET ${request.path}`, scopes: request.scopes, itemIndex: fn.getItemIndex() },
		signal,
	);
}
