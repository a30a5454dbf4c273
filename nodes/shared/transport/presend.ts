import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { LocationPlacement } from '../spec/types';
import { idParameter } from './context';

/**
 * A path parameter's value, checked: one ID (text or a number, never a list, an object or a
 * boolean), not empty, and not `.` or `..` (URL parsers would read those as path navigation even
 * when encoded).
 */
export function pathValue(fn: IExecuteSingleFunctions, name: string, label: string): string {
	const value = idParameter(fn, name, label);
	if (value === '' || value === '.' || value === '..') {
		throw new NodeOperationError(
			fn.getNode(),
			value === '' ? `"${label}" is empty` : `"${label}" cannot be "${value}"`,
			{
				description: `Set "${label}" to the HighLevel ID of the record (an expression such as {{ $json.id }} works too).`,
				itemIndex: fn.getItemIndex(),
			},
		);
	}
	return value;
}

export function missingLocationError(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, 'No HighLevel location (sub-account) ID is set', {
		description:
			'Set "Location ID" on this node, or the Location ID of the Private Integration Token credential. An OAuth2 credential connected to an agency carries no location, so the node must name one.',
		itemIndex,
	});
}

/**
 * Writes the location where a query or body placement wants it (used outside the routing engine),
 * with `altType=location` only where the placement declares it (orders take `altId` alone).
 */
export function putLocation(
	options: IHttpRequestOptions,
	placement: LocationPlacement,
	location: string,
): void {
	const key = placement.in === 'query' ? 'qs' : 'body';
	const current = options[key];
	const bag: IDataObject =
		current && typeof current === 'object' && !Array.isArray(current)
			? (current as IDataObject)
			: {};
	options[key] = bag;
	bag[placement.name] = location;
	if (placement.altType) bag.altType = 'location';
}
