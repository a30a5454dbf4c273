import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { offsetLimit, searchAfterCursor, startAfterCursor } from '../../shared/transport/paging';
import { contactAttributes, createOnlyAttributes, identity } from './contactFields';
import { contactId, READ, WRITE } from './ids';

export const contact: ResourceDefinition = {
	value: 'contact',
	name: 'Contact',
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a contact',
			description: 'Create a contact in the location',
			method: 'POST',
			path: '/contacts/',
			version: '2021-07-28',
			scopes: WRITE,
			location: { in: 'body', name: 'locationId' },
			fields: [identity.email, identity.phone],
			additionalFields: [...contactAttributes, ...createOnlyAttributes],
			rootProperty: 'contact',
		},
		{
			value: 'upsert',
			name: 'Create or Update',
			action: 'Create or update a contact',
			description: 'Create a new record, or update the current one if it already exists (upsert)',
			method: 'POST',
			path: '/contacts/upsert',
			version: '2021-07-28',
			scopes: WRITE,
			location: { in: 'body', name: 'locationId' },
			fields: [identity.email, identity.phone],
			additionalFields: [
				...contactAttributes,
				...createOnlyAttributes,
				field.boolean('createNewIfDuplicateAllowed', 'Create New If Duplicates Allowed', {
					description: 'Whether to create a new contact when the location allows duplicates',
				}),
			],
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a contact',
			description: 'Get a contact by ID',
			method: 'GET',
			path: '/contacts/{contactId}',
			version: '2021-07-28',
			scopes: READ,
			fields: [contactId],
			rootProperty: 'contact',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many contacts',
			description: "Search the location's contacts, with filters and sorting",
			method: 'POST',
			path: '/contacts/search',
			version: '2021-07-28',
			scopes: READ,
			idempotent: true,
			location: { in: 'body', name: 'locationId' },
			additionalFields: [
				field.string('query', 'Query', {
					description: 'Free-text search over name, email, phone and more',
				}),
				field.json('filters', 'Filters (JSON)', {
					shape: 'array',
					description:
						'HighLevel search filters, e.g. [{"field": "tags", "operator": "contains", "value": ["vip"]}]',
				}),
				{
					...field.choice(
						'sortBy',
						'Sort By',
						[
							{ name: 'Business Name', value: 'businessName' },
							{ name: 'Date Added', value: 'dateAdded' },
							{ name: 'Date Updated', value: 'dateUpdated' },
							{ name: 'Email', value: 'email' },
							{ name: 'First Name', value: 'firstNameLowerCase' },
							{ name: 'Last Name', value: 'lastNameLowerCase' },
						],
						{ default: 'dateAdded' },
					),
					routing: {
						send: {
							type: 'body',
							property: 'sort',
							value:
								'={{ [{ field: $value, direction: $parameter.additionalFields.sortDirection || "desc" }] }}',
						},
					},
				},
				{
					displayName: 'Sort Direction',
					name: 'sortDirection',
					type: 'options',
					options: [
						{ name: 'Ascending', value: 'asc' },
						{ name: 'Descending', value: 'desc' },
					],
					default: 'desc',
					description: 'Used with Sort By',
				},
			],
			list: {
				rootProperty: 'contacts',
				paging: searchAfterCursor({ pageSizeField: 'pageLimit', maxPageSize: 100 }),
			},
		},
		{
			value: 'getAllLegacy',
			name: 'Get Many (Legacy List)',
			action: 'Get many contacts with the legacy list endpoint',
			description: 'GET /contacts/, which HighLevel has deprecated: prefer Get Many',
			deprecated: true,
			method: 'GET',
			path: '/contacts/',
			version: '2021-07-28',
			scopes: READ,
			location: { in: 'query', name: 'locationId' },
			additionalFields: [
				field.string('query', 'Query', { in: 'query', description: 'Free-text search' }),
			],
			list: {
				rootProperty: 'contacts',
				paging: startAfterCursor({ limitField: 'limit', maxPageSize: 100 }),
			},
		},
		{
			value: 'getAllByBusiness',
			name: 'Get Many by Business',
			action: 'Get many contacts of a business',
			description: 'List the contacts linked to a business',
			method: 'GET',
			path: '/contacts/business/{businessId}',
			version: '2021-07-28',
			scopes: READ,
			location: { in: 'query', name: 'locationId' },
			fields: [field.pathId('businessId', 'Business ID', 'ID of the business')],
			additionalFields: [
				field.string('query', 'Query', { in: 'query', description: 'Free-text search' }),
			],
			list: {
				rootProperty: 'contacts',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'findDuplicate',
			name: 'Find Duplicate',
			action: 'Find a duplicate contact',
			description:
				"Find the contact that the location's duplicate settings would match for an email or phone number",
			method: 'GET',
			path: '/contacts/search/duplicate',
			version: '2021-07-28',
			scopes: READ,
			location: { in: 'query', name: 'locationId' },
			additionalFields: [
				field.email('email', 'Email', { in: 'query' }),
				field.string('number', 'Phone', { in: 'query', placeholder: '+1 888-888-8888' }),
			],
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a contact',
			description: "Update a contact's attributes",
			method: 'PUT',
			path: '/contacts/{contactId}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId],
			additionalFields: [identity.email, identity.phone, ...contactAttributes],
			rootProperty: 'contact',
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a contact',
			description: 'Delete a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId],
		},
	],
};
