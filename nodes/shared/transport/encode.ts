import type { IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

/**
 * Turns a prepared request into what goes on the wire (a multipart body, say). The transport runs it
 * on each request it sends (retries included), last: after it checked the token, placed the location
 * and dropped empty inputs, all of which read the body as an object.
 */
export type RequestEncoder = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;
