import type { INodeProperties } from 'n8n-workflow';

import type { ApiVersion } from '../api';
import type { PagingStrategy } from '../transport/paging';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Where an operation expects the sub-account's location id, as its specification says.
 * `altId` sends `altId=<location>` and `altType=location`.
 */
export type LocationPlacement =
	| { in: 'query' | 'body'; name: 'locationId' | 'location_id' }
	| { in: 'query' | 'body'; name: 'altId' };

/** How a list response is read: where the records sit and how the next page is asked for. */
export interface ListDefinition {
	/** Dot path of the records array in the response body, e.g. `contacts`. */
	rootProperty: string;
	/** Omit for endpoints that answer everything at once (Limit is then applied locally). */
	paging?: PagingStrategy;
}

export interface OperationDefinition {
	/** Parameter value, following n8n's names: create, get, getAll, update, delete, … */
	value: string;
	name: string;
	action: string;
	description: string;
	method: HttpMethod;
	/** Path exactly as in the specification, with `{param}` placeholders filled from same-named fields. */
	path: string;
	version: ApiVersion;
	/** OAuth scopes from the specification's security requirement. */
	scopes: string[];
	location?: LocationPlacement;
	/** Top-level fields: the required inputs. */
	fields?: INodeProperties[];
	/** Optional inputs, shown inside "Additional Fields". */
	additionalFields?: INodeProperties[];
	/** Unwraps a single record, e.g. `contact` of `{ contact: {...} }`. */
	rootProperty?: string;
	/** Present on list operations: adds Return All / Limit and one item per record. */
	list?: ListDefinition;
	/** The specification requires a JSON body even when no field is set: `{}` is then sent. */
	requiresBody?: boolean;
	/** True for a POST that only reads (a search), so it may be retried like a GET. */
	idempotent?: boolean;
	deprecated?: boolean;
}

export interface ResourceDefinition {
	value: string;
	name: string;
	description?: string;
	operations: OperationDefinition[];
	/** The default operation shown for the resource. */
	defaultOperation?: string;
}
