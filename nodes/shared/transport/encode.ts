import type {
	DeclarativeRestApiSettings,
	IExecutePaginationFunctions,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
} from 'n8n-workflow';

/**
 * Turns a prepared request into what goes on the wire (a multipart body, say). The transport runs it
 * on each request it sends (retries included), last: after it checked the token, placed the location
 * and dropped empty inputs, all of which read the body as an object.
 */
export type RequestEncoder = (
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
) => Promise<IHttpRequestOptions>;

type PaginationFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** Runs steps once per item before the operation's transport sends anything. */
export function runFirst(
	handler: PaginationFunction,
	steps: Array<(this: IExecuteSingleFunctions) => Promise<void>>,
): PaginationFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		for (const step of steps) await step.call(this);
		return await handler.call(this, requestData);
	};
}
