import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

/**
 * First step for lists whose answer the spec does not describe (`records: '*'`): the answer stays one
 * item, so the transport can read its records from it. n8n splits a bare array into items, which would
 * make a one-record array look like an object answer; it is kept whole here as `{ records: [...] }`.
 */
export async function keepAnswerWhole(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (Array.isArray(response.body)) return [{ json: { records: response.body } }];
	return items;
}
