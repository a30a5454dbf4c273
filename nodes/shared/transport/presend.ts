import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { LocationPlacement } from '../spec/types';
import { idParameter } from './context';

const resolvedPathValues = new WeakMap<object, Record<string, string>>();

/**
 * Sets the ID a path parameter takes for this item, when an operation's hook resolved it from what
 * the user gave (a custom value's name or key, say); runs before the item's requests.
 */
export function resolvePathValue(fn: IExecuteSingleFunctions, name: string, id: string): void {
	// Filed on the item's context and the one it derives from: n8n's routing runs an operation's
	// requests on a context made with Object.create of the one its postReceive actions get.
	for (
		let at: object | null = fn, depth = 0;
		at && depth < 2;
		at = Object.getPrototypeOf(at), depth++
	) {
		resolvedPathValues.set(at, { ...resolvedPathValues.get(at), [name]: id });
	}
}

/** A path parameter's ID as sent: the one a hook resolved, else the parameter's own value. */
export function sentPathId(fn: IExecuteSingleFunctions, name: string, label: string): string {
	return resolvedPathValues.get(fn)?.[name] ?? idParameter(fn, name, label);
}

/**
 * A path parameter's value, checked: one ID (text or a number, never a list, an object or a
 * boolean), not empty, and not `.` or `..` (URL parsers would read those as path navigation even
 * when encoded).
 */
export function pathValue(fn: IExecuteSingleFunctions, name: string, label: string): string {
	const value = sentPathId(fn, name, label);
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
