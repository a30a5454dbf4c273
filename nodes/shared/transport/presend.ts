import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { LocationPlacement } from '../spec/types';

/**
 * A path parameter's value, checked: it must be a non-empty text or number, and not `.` or `..`
 * (URL parsers would read those as path navigation even when encoded).
 */
export function pathValue(fn: IExecuteSingleFunctions, name: string, label: string): string {
	const raw = fn.getNodeParameter(name, '', { extractValue: true }) as unknown;
	const fail = (message: string): never => {
		throw new NodeOperationError(fn.getNode(), message, {
			description: `Set "${label}" to the HighLevel ID of the record (an expression such as {{ $json.id }} works too).`,
			itemIndex: fn.getItemIndex(),
		});
	};
	if (raw !== null && raw !== undefined && typeof raw !== 'string' && typeof raw !== 'number') {
		fail(`"${label}" must be a single ID, not ${Array.isArray(raw) ? 'an array' : typeof raw}`);
	}
	const value = raw === null || raw === undefined ? '' : String(raw).trim();
	if (value === '') fail(`"${label}" is empty`);
	if (value === '.' || value === '..') fail(`"${label}" cannot be "${value}"`);
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
