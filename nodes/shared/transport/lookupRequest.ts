import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { ApiVersion } from '../api';
import { authorize, authorizedRequest } from './authorizedRequest';
import { getRequestContext } from './context';

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
	};
	// An agency OAuth2 credential reads inside the sub-account with the location's exchanged token,
	// as the operation's own request does; an agency credential that cannot be exchanged is sent as
	// it is, on the location's rate limit.
	return await authorizedRequest(
		fn,
		authorize(context, location, true),
		{
			idempotent: true,
			errorContext: {
				operation: `GET ${request.path}`,
				scopes: request.scopes,
				itemIndex: fn.getItemIndex(),
			},
			signal: fn.getExecutionCancelSignal?.(),
		},
		async (signed) => ((await signed(options)).body ?? {}) as IDataObject,
	);
}
