import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeProperties,
	PostReceiveAction,
	PreSendAction,
} from 'n8n-workflow';

import type { AreaFacts, LocationPlacement, OperationFacts } from '../spec/types';
import type { RequestEncoder } from '../transport/encode';
import type { PagingStrategy } from '../transport/paging';
import type { Noun } from './naming';

/** How an input's value is turned into what the endpoint takes. */
export type DateUnit = 'iso' | 'epochMs' | 'date';

/**
 * A person's choice about one input of an operation. A whole property (with `name` and `type`)
 * replaces the generated one, e.g. a record picker; otherwise the given keys refine it.
 */
export type InputChoice =
	| INodeProperties
	| (Partial<Pick<INodeProperties, 'displayName' | 'description' | 'placeholder' | 'hint'>> & {
			date?: DateUnit;
			default?: string | number | boolean;
			/**
			 * A list input picked from the values this load-options method gives (see `pickMany`), from
			 * node version 1.1; workflows saved with version 1 keep the comma-separated text field
			 * `textInVersion1` describes.
			 */
			loadOptions?: string;
			textInVersion1?: { displayName: string; description: string };
	  });

/**
 * One operation: the endpoint names the spec's facts (method, path, Version, scopes, inputs and
 * where the location goes); the rest is what a person decides.
 */
export interface OperationDefinition {
	/** Parameter value, following n8n's names: create, get, getAll, update, delete, … */
	value: string;
	/** `METHOD /path` exactly as in the spec. */
	endpoint: string;
	/** Defaults follow n8n for create, upsert, get, getAll, update and delete. */
	name?: string;
	action?: string;
	description?: string;
	/** Optional inputs shown as top-level fields (after the required ones), in this order. */
	fields?: string[];
	/** Labels, pickers, date units and descriptions of individual inputs, by their API name. */
	inputs?: Record<string, InputChoice>;
	/** Inputs not offered, with the reason in a comment where it is not obvious. */
	hide?: string[];
	/** Unwraps one record of the answer, e.g. `contact` of `{ contact: {...} }`. */
	root?: string;
	/** A list: one item per record at `records` (a dot path), paged with `paging` when it pages. */
	list?: { records: string; paging?: PagingStrategy };
	/**
	 * The fields people use of the records this operation returns: a "Simplify" switch (on by
	 * default from node version 1.1, off before) returns them instead of the whole record.
	 */
	simplify?: (record: IDataObject) => IDataObject;
	/** Further top-level properties that feed this operation's hooks. */
	extra?: INodeProperties[];
	hooks?: {
		preSend?: PreSendAction[];
		postReceive?: PostReceiveAction[];
		/**
		 * Run once per item before its requests, outside the rate limiter's grant: reads the hooks
		 * need (e.g. the location's custom field definitions) go through the transport here, as a
		 * preSend or postReceive runs while the item's own request holds the grant.
		 */
		beforeRequest?: Array<(this: IExecuteSingleFunctions) => Promise<void>>;
	};
	/** A POST that only reads (a search), so it may be retried like a GET. */
	idempotent?: boolean;
	/** Where the location goes when the spec leaves the body undescribed. */
	location?: LocationPlacement;
	/**
	 * Turns the request into its wire form (a multipart body) once the transport has prepared it:
	 * after the location is placed and empty inputs are dropped.
	 */
	encode?: RequestEncoder;
}

export interface ResourceDefinition {
	value: string;
	name: string;
	noun: Noun;
	description?: string;
	/** The spec areas whose facts the operations name. */
	facts: AreaFacts[];
	operations: OperationDefinition[];
	defaultOperation?: string;
}

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** What the transport needs of an operation, resolved from its definition and the spec's facts. */
export interface RuntimeOperation {
	endpoint: string;
	method: HttpMethod;
	path: string;
	facts: OperationFacts;
	action: string;
	scopes: string[];
	idempotent: boolean;
	/** Input labels by API name, so that errors name what the user sees. */
	labels: Record<string, string>;
	/** True for updates: a body with nothing in it is refused rather than sent. */
	isUpdate: boolean;
	list?: { records: string; paging?: PagingStrategy };
	/** The spec requires a JSON body even when no input is set: `{}` is then sent. */
	requiresBody: boolean;
	/** Turns each prepared request into what goes on the wire (a multipart body), last. */
	encode?: RequestEncoder;
	/**
	 * The operation's postReceive actions, as its routing declares them: applied by the transport to
	 * answers it receives outside n8n's routing request (those sent with an exchanged location token).
	 */
	postReceive: PostReceiveAction[];
}

export type { LocationPlacement };
