import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { contactId, WRITE } from './ids';

const tags = field.stringList('tags', 'Tags', {
	required: true,
	description: 'Comma-separated tag names',
	placeholder: 'e.g. vip, newsletter',
});

export const tag: ResourceDefinition = {
	value: 'tag',
	name: 'Tag',
	description: 'Tags of a contact',
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			name: 'Add',
			action: 'Add tags to a contact',
			description: 'Add tags to a contact, keeping its other tags',
			method: 'POST',
			path: '/contacts/{contactId}/tags',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, tags],
		},
		{
			value: 'remove',
			name: 'Remove',
			action: 'Remove tags from a contact',
			description: 'Remove tags from a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/tags',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, tags],
		},
	],
};
