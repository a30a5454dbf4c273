import type { IExecuteSingleFunctions, INodeExecutionData, PostReceiveAction } from 'n8n-workflow';

/**
 * Answers that are a bare JSON array (rooms and equipment, calendar notifications). n8n splits a bare
 * array into items only for operations without postReceive actions, and every operation of this
 * pack has one (the rate-limit observer), so these hooks do it.
 */

/** Where `wrapArray` puts the records, for `list.records`. */
export const ARRAY_RECORDS = 'records';

/** A list page: `[...]` becomes `{ records: [...] }`, so the list reads its records by name. */
export const wrapArray: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) =>
		Array.isArray(item.json) ? { ...item, json: { [ARRAY_RECORDS]: item.json } } : item,
	);
};

/** A single answer: one item per element of the array. */
export const splitArray: PostReceiveAction = async function (
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.flatMap((item) =>
		Array.isArray(item.json)
			? (item.json as unknown[]).map((json) => ({ json: json as INodeExecutionData['json'] }))
			: [item],
	);
};
