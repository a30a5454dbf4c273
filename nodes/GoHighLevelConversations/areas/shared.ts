import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toInstant } from '../../shared/builder/dates';

/** Hooks and fields the Conversations areas share. */

/** An answer that is a bare array becomes one item per element. */
export async function eachElement(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = items.length === 1 ? (items[0].json as unknown) : undefined;
	if (!Array.isArray(body)) return items;
	return body.map((json) => ({
		json: (json && typeof json === 'object' ? json : { value: json }) as IDataObject,
	}));
}

/** `{ <key>: {...} }` with nothing else becomes the inner object (HighLevel wraps some answers). */
export function unwrapOnly(key: string) {
	return async function (
		this: IExecuteSingleFunctions,
		items: INodeExecutionData[],
	): Promise<INodeExecutionData[]> {
		const body = items.length === 1 ? items[0].json : undefined;
		const inner = body?.[key];
		if (
			body &&
			Object.keys(body).length === 1 &&
			inner &&
			typeof inner === 'object' &&
			!Array.isArray(inner)
		) {
			return [{ ...items[0], json: inner as IDataObject }];
		}
		return items;
	};
}

/**
 * A date-time sent as Unix seconds (HighLevel's `scheduledTimestamp`); values without an offset
 * are read in the workflow's time zone.
 */
export function epochSeconds(
	name: string,
	displayName: string,
	description: string,
): INodeProperties {
	return {
		displayName,
		name,
		type: 'dateTime',
		default: '',
		description,
		routing: {
			send: {
				type: 'body',
				property: name,
				preSend: [
					async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
						const body = options.body as IDataObject;
						const value = body?.[name];
						if (value === undefined) return options;
						if (value === '' || value === null) {
							delete body[name];
							return options;
						}
						const instant = toInstant(value, this.getTimezone());
						if (instant === undefined) {
							throw new NodeOperationError(
								this.getNode(),
								`"${displayName}" is not a valid date-time: ${JSON.stringify(value)}`,
								{
									description:
										'Use an ISO 8601 value such as 2026-01-31T09:00:00 or a date from an expression.',
									itemIndex: this.getItemIndex(),
								},
							);
						}
						body[name] = Math.floor(instant / 1000);
						return options;
					},
				],
			},
		},
	};
}

/**
 * An update whose body the transport completes with the location: with no field of the user's, it
 * is refused before the location makes it look non-empty.
 */
export async function somethingToUpdate(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const body = options.body as IDataObject | undefined;
	if (!body || Object.values(body).every((value) => value === '' || value === undefined)) {
		throw new NodeOperationError(this.getNode(), 'Nothing to update', {
			description: 'Add at least one field under "Update Fields".',
			itemIndex: this.getItemIndex(),
		});
	}
	return options;
}
