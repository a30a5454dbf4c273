import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INode,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { LocationPlacement } from '../builder/types';
import { getRequestContext, idParameter } from './context';

const PLACEHOLDER = /\{([A-Za-z0-9_]+)\}/g;

/**
 * Fills `{param}` placeholders from the same-named parameters. Each value is URL-encoded so that an
 * ID containing `/`, `?` or `#` stays inside its path segment; `.` and `..` would still be read as
 * path navigation by URL parsers, so they are refused like an empty ID.
 */
export function buildPath(template: string, labels: Record<string, string>): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		options.url = template.replace(PLACEHOLDER, (_match, name: string) => {
			const label = labels[name] ?? name;
			const value = idParameter(this, name, label);
			if (value === '' || value === '.' || value === '..') {
				throw new NodeOperationError(
					this.getNode(),
					value === '' ? `"${label}" is empty` : `"${label}" cannot be "${value}"`,
					{
						description: `Set "${label}" to the HighLevel ID of the record (an expression such as {{ $json.id }} works too).`,
						itemIndex: this.getItemIndex(),
					},
				);
			}
			return encodeURIComponent(value);
		});
		return options;
	};
}

function target(options: IHttpRequestOptions, where: 'query' | 'body'): IDataObject {
	const key = where === 'query' ? 'qs' : 'body';
	const current = options[key];
	if (current && typeof current === 'object' && !Array.isArray(current))
		return current as IDataObject;
	const created: IDataObject = {};
	options[key] = created;
	return created;
}

export function missingLocationError(node: INode, itemIndex?: number): NodeOperationError {
	return new NodeOperationError(node, 'No HighLevel location (sub-account) ID is set', {
		description:
			'Set "Location ID" on this node, or the Location ID of the Private Integration Token credential. An OAuth2 credential connected to an agency carries no location, so the node must name one.',
		itemIndex,
	});
}

/** Writes the location where the operation's specification wants it. */
export function putLocation(
	options: IHttpRequestOptions,
	placement: LocationPlacement,
	location: string,
): void {
	const bag = target(options, placement.in);
	if (placement.name === 'altId') {
		bag.altId = location;
		bag.altType = 'location';
	} else {
		bag[placement.name] = location;
	}
}

/** Puts the sub-account's location where the operation's specification wants it. */
export function placeLocation(placement: LocationPlacement): PreSendAction {
	return async function (this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
		const { location } = await getRequestContext(this);
		if (!location) throw missingLocationError(this.getNode(), this.getItemIndex());
		putLocation(options, placement, location);
		return options;
	};
}
