import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { ApiVersion } from '../api';
import { authorize, authorizedRequest } from './authorizedRequest';
import { getRequestContext } from './context';
import { missingLocationError } from './presend';

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

const CACHE_TTL_MS = 60_000;
const lookups = new Map<string, { expires: number; value: Promise<unknown> }>();

/**
 * A lookup read once per execution, credential and location (`of` names what is read), parsed. The
 * answer, or the failure, is kept for the execution: hooks that read it run while the item's own
 * request holds the location's rate-limit grant, so they must not send a request of their own.
 */
export async function lookupOnce<T>(
	fn: IExecuteSingleFunctions,
	of: string,
	request: LookupRequest,
	parse: (answer: IDataObject) => T,
): Promise<T> {
	const context = await getRequestContext(fn);
	if (!context.location) throw missingLocationError(fn.getNode(), fn.getItemIndex());
	const key = `${fn.getExecutionId()}:${context.limiterKey}:${of}`;
	const now = Date.now();
	const cached = lookups.get(key);
	if (cached && cached.expires > now) return (await cached.value) as T;
	for (const [k, v] of lookups) if (v.expires <= now) lookups.delete(k);
	const value = lookupRequest(fn, request, context.location).then(parse);
	lookups.set(key, { expires: now + CACHE_TTL_MS, value });
	value.catch(() => undefined);
	return await value;
}
