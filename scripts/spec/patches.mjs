/**
 * Defects of HighLevel's published OpenAPI files, mended in one place. `npm run spec:sync` applies
 * these before it writes the facts, so definitions never work around the spec by hand. Each entry
 * says what is wrong in the published file.
 */

/** Path parameters the spec uses in the path but never declares (or declares as optional). */
export const PATH_PARAMETERS = {
	'POST /ad-publishing/linkedin/{accountId}/form': ['accountId'],
	'PUT /blogs/posts/{postId}': ['postId'],
	'PUT /calendars/appointments/{appointmentId}/notes/{noteId}': ['noteId'],
	'DELETE /calendars/appointments/{appointmentId}/notes/{noteId}': ['noteId'],
	'POST /contacts/bulk/tags/update/{type}': ['type'],
	'GET /conversations/messages/email/{id}': ['id'],
	'GET /conversations/messages/{id}': ['id'],
	'GET /locations/{locationId}/timezones': ['locationId'],
	'POST /social-media-posting/{locationId}/posts/bulk-delete': ['locationId'],
	'PUT /users/{userId}': ['userId'],
	'DELETE /users/{userId}': ['userId'],
	// Declared, but as optional: a path parameter is always required.
	'GET /associations/objectKey/{objectKey}': ['objectKey'],
	'POST /objects/{schemaKey}/records/search': ['schemaKey'],
};

/**
 * Operation ids that the spec repeats across files or gives to the wrong operation
 * (`create-association` is also `POST /contacts/bulk/tags/update/{type}`, `list-invoices` is also
 * `GET /products/`). The facts are keyed by `METHOD /path`, and the validation documents take that
 * key as operation id, so these never collide.
 */
export const MISLEADING_OPERATION_IDS = {
	'POST /contacts/bulk/tags/update/{type}': 'create-association',
	'GET /products/': 'list-invoices',
};

/**
 * Where a body or query `altId` is not the sub-account: custom conversation providers send the
 * provider's own message id there.
 */
export const ALT_ID_IS_NOT_A_LOCATION = [
	'POST /conversations/messages/inbound',
	'POST /conversations/messages/outbound',
];

/**
 * Properties typed `object` with no properties of their own and a string as their example or
 * default are strings (association labels and keys, a provider message's direction): the
 * published files type them by mistake.
 */
export function isStringTypedAsObject(schema) {
	return (
		schema?.type === 'object' &&
		!schema.properties &&
		!schema.additionalProperties &&
		(typeof schema.example === 'string' || typeof schema.default === 'string')
	);
}

/** The types a JSON schema may declare; OpenAPI 3.0 has no others. */
const SCHEMA_TYPES = ['string', 'number', 'integer', 'boolean', 'object', 'array', 'null'];

/**
 * A schema whose `type` is none of the schema types (`"any"`, on the search cursor `startAfterDate`)
 * constrains nothing: the published files mean "any value", which a schema says by having no type.
 * Validators refuse the unknown type, so it is dropped.
 */
export function hasUnknownType(schema) {
	return typeof schema?.type === 'string' && !SCHEMA_TYPES.includes(schema.type);
}

/**
 * Multipart request bodies whose file part the published schema leaves out (only the prose names
 * it), by `METHOD /path`: the part is added as a binary string. `replaces` lists the inputs the
 * schema requires that the file part stands in for (the upload takes files or URLs): they become
 * optional.
 */
export const MULTIPART_FILE_PARTS = {
	'POST /conversations/messages/upload': { part: 'fileAttachment', replaces: ['attachmentUrls'] },
};

/**
 * Enums that list a value more than once (the US and Canadian state codes of store's address DTOs
 * repeat several codes): OpenAPI requires an enum's items to be unique, so a validator refuses the
 * whole document. The repeats carry no meaning; the first of each is kept.
 */
export function withoutDuplicateEnumValues(schema) {
	if (!Array.isArray(schema?.enum)) return schema;
	const seen = new Set();
	const unique = schema.enum.filter((value) => {
		const key = JSON.stringify(value);
		if (seen.has(key)) return false;
		seen.add(key);
		return true;
	});
	return unique.length === schema.enum.length ? schema : { ...schema, enum: unique };
}

/**
 * Enums written as one array holding the list (store's country codes: `type: number` with
 * `enum: [["US", "CA", …]]`), which accept no country code at all. The list is the enum, and its
 * values are text.
 */
export function withEnumListUnwrapped(schema) {
	const only = Array.isArray(schema?.enum) && schema.enum.length === 1 ? schema.enum[0] : undefined;
	if (!Array.isArray(only) || !only.every((value) => typeof value === 'string')) return schema;
	return { ...schema, type: 'string', enum: only };
}

/**
 * Array properties whose items the published file declares as bare arrays, where the same property
 * of the sibling schema (same description) holds objects: an estimate template's `items` are
 * estimate line items, as an estimate's are. Keyed by area, then `Schema.property`, giving the
 * reference the items follow.
 */
export const ARRAY_ITEMS = {
	invoices: { 'EstimateTemplatesDto.items': '#/components/schemas/EstimateLineItemDto' },
};
