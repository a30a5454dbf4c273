import type { IExecuteSingleFunctions, IHttpRequestOptions, IDataObject } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { WRITE } from './ids';

const contactIds = (name: string) =>
	field.stringList(name, 'Contact IDs', {
		required: true,
		description: 'Comma-separated contact IDs',
		placeholder: 'e.g. pOC0uJ97VYOKH2m3fkMD, 9NkT25Vor1v4aQatFsv2',
	});

/** An empty Business ID removes the contacts from their business: HighLevel expects `null` then. */
async function emptyBusinessIsNull(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = options.body as IDataObject;
	if (typeof body.businessId !== 'string' || body.businessId.trim() === '') body.businessId = null;
	return options;
}

export const bulk: ResourceDefinition = {
	value: 'bulk',
	name: 'Bulk',
	description: 'Changes to many contacts at once',
	defaultOperation: 'updateTags',
	operations: [
		{
			value: 'updateTags',
			name: 'Update Tags',
			action: 'Add or remove tags on many contacts',
			description: 'Add tags to, or remove tags from, many contacts at once',
			method: 'POST',
			path: '/contacts/bulk/tags/update/{type}',
			version: '2021-07-28',
			scopes: WRITE,
			location: { in: 'body', name: 'locationId' },
			fields: [
				{
					displayName: 'Action',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Add Tags', value: 'add' },
						{ name: 'Remove Tags', value: 'remove' },
					],
					default: 'add',
				},
				contactIds('contacts'),
				field.stringList('tags', 'Tags', {
					required: true,
					description: 'Comma-separated tag names',
					placeholder: 'e.g. vip, newsletter',
				}),
			],
			additionalFields: [
				field.boolean('removeAllTags', 'Remove All Tags', {
					description: 'Whether to remove every tag of the contacts (with the Remove Tags action)',
				}),
			],
		},
		{
			value: 'updateBusiness',
			name: 'Update Business',
			action: 'Add or remove many contacts from a business',
			description: 'Link many contacts to a business, or unlink them by leaving Business ID empty',
			method: 'POST',
			path: '/contacts/bulk/business',
			version: '2021-07-28',
			scopes: WRITE,
			location: { in: 'body', name: 'locationId' },
			fields: [
				contactIds('ids'),
				{
					...field.string('businessId', 'Business ID', {
						description: 'Leave empty to remove the contacts from their business',
					}),
					routing: {
						send: { type: 'body', property: 'businessId', preSend: [emptyBusinessIsNull] },
					},
				},
			],
		},
	],
};
