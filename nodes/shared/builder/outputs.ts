import type {
	DeclarativeRestApiSettings,
	IDataObject,
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
	IExecutePaginationFunctions,
	PostReceiveAction,
} from 'n8n-workflow';

import { sentPathId } from '../transport/presend';

/**
 * Outputs people can read, from node version 1.1: a Simplify switch on large records, and one item
 * shape for deletes and actions that answer no record. Version 1 keeps HighLevel's answers as they
 * are, so workflows saved before keep their output.
 */

type PaginationFunction = (
	this: IExecutePaginationFunctions,
	requestData: DeclarativeRestApiSettings.ResultOptions,
) => Promise<INodeExecutionData[]>;

/** The first node version with these outputs. */
export const READABLE_OUTPUTS_VERSION = 1.1;

const simplifyDescription =
	'Whether to return a simplified version of the response instead of the raw data';

/** The Simplify switch: off by default in version 1 (its output is unchanged), on in 1.1. */
export const simplifyProperties: INodeProperties[] = [
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: false,
		description: simplifyDescription,
		displayOptions: { show: { '@version': [1] } },
	},
	{
		displayName: 'Simplify',
		name: 'simplify',
		type: 'boolean',
		default: true,
		description: simplifyDescription,
		displayOptions: { show: { '@version': [READABLE_OUTPUTS_VERSION] } },
	},
];

/** postReceive of a single record: with Simplify on, the record simplified. */
export function simplifyRecord(simplify: (record: IDataObject) => IDataObject): PostReceiveAction {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		if (this.getNodeParameter('simplify', false) !== true) return items;
		return items.map((item) => ({ ...item, json: simplify(item.json) }));
	};
}

/**
 * A list's records simplified once every page is read: the paging reads its cursor (`searchAfter`,
 * a sort value) and its duplicate check (the ID) from the records as HighLevel sends them.
 */
export function simplifyAfterPaging(
	handler: PaginationFunction,
	simplify: (record: IDataObject) => IDataObject,
): PaginationFunction {
	return async function (this: IExecutePaginationFunctions, requestData) {
		const items = await handler.call(this, requestData);
		if (this.getNodeParameter('simplify', false) !== true) return items;
		return items.map((item) => ({ ...item, json: simplify(item.json) }));
	};
}

/** Whether an answer carries nothing but an outcome (`{ succeded: true }`, `{}`, a message). */
function onlyOutcome(body: unknown): boolean {
	if (body === undefined || body === null || body === '') return true;
	if (typeof body !== 'object' || Array.isArray(body)) return false;
	return Object.keys(body).every((key) =>
		[
			'succeded',
			'succeeded',
			'success',
			'message',
			'msg',
			'status',
			'statusCode',
			'traceId',
		].includes(key),
	);
}

/**
 * postReceive of every single-record operation: a delete, or an action whose answer holds no record,
 * gives `{ success, id, <other path IDs> }` — the same shape across the pack — from version 1.1.
 *
 * What is per operation (a delete or not, its IDs) is decided when the node is built. The version is
 * per node, but one description serves both versions and n8n tells them apart at build time only by
 * `@version` display conditions on properties: here, a copy of each resource's Operation property
 * per version, i.e. more top-level properties walked for every item. So it is read here, and only
 * for an answer it would change: a record answered (gets, creates, updates) is passed on as it is.
 */
export function actionResult(pathNames: string[], isDelete: boolean): PostReceiveAction {
	const ids = pathNames.filter((name) => name !== 'locationId');
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		if (!isDelete && !onlyOutcome(response.body)) return items;
		if (this.getNode().typeVersion < READABLE_OUTPUTS_VERSION) return items;
		const body = (response.body ?? {}) as IDataObject;
		const outcome = [body.succeded, body.succeeded, body.success].find(
			(value) => typeof value === 'boolean',
		);
		const json: IDataObject = { success: outcome ?? true };
		const values = ids.map((name) => [name, sentPathId(this, name, name)] as const);
		if (values.length) json.id = values[values.length - 1][1];
		for (const [name, value] of values.slice(0, -1)) json[name] = value;
		if (typeof body.message === 'string') json.message = body.message;
		return [{ json }];
	};
}
