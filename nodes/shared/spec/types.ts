/**
 * The facts `npm run spec:sync` takes from HighLevel's OpenAPI files, one JSON module per API area,
 * keyed by `METHOD /path`. Prose-free: types, requirements and limits only.
 */

export interface SchemaFacts {
	type?: 'string' | 'number' | 'integer' | 'boolean' | 'object' | 'array';
	format?: string;
	enum?: unknown[];
	required?: string[];
	properties?: Record<string, SchemaFacts>;
	items?: SchemaFacts;
	additionalProperties?: boolean | SchemaFacts;
	oneOf?: SchemaFacts[];
	anyOf?: SchemaFacts[];
	nullable?: boolean;
	minimum?: number;
	maximum?: number;
	minLength?: number;
	maxLength?: number;
	pattern?: string;
	minItems?: number;
	maxItems?: number;
	default?: unknown;
}

export interface ParameterFacts {
	name: string;
	in: 'path' | 'query';
	required?: boolean;
	explode?: false;
	schema: SchemaFacts;
}

/** Where the operation takes the sub-account: `altId` also sets `altType=location` when declared. */
export interface LocationPlacement {
	in: 'path' | 'query' | 'body';
	name: 'locationId' | 'location_id' | 'altId';
	altType?: boolean;
}

/**
 * Which token the spec accepts: `sub` a sub-account (location) token, `agency` an agency (company)
 * token, `either` both, `any` when the spec names none. `pit: false` refuses Private Integration Tokens.
 */
export type TokenKind = 'sub' | 'agency' | 'either' | 'any';

export interface OperationFacts {
	version?: string;
	scopes: string[];
	token: TokenKind;
	pit?: false;
	location?: LocationPlacement | LocationPlacement[];
	parameters: ParameterFacts[];
	body?: { contentType: string; required?: boolean; schema: SchemaFacts };
	deprecated?: boolean;
}

export type AreaFacts = Record<string, OperationFacts>;

export function locationPlacements(facts: OperationFacts): LocationPlacement[] {
	if (!facts.location) return [];
	return Array.isArray(facts.location) ? facts.location : [facts.location];
}
