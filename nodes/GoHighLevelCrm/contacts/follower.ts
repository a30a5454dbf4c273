import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { contactId, WRITE } from './ids';

const followers = field.stringList('followers', 'Follower User IDs', {
	required: true,
	description: 'Comma-separated IDs of the users who follow the contact',
	placeholder: 'e.g. YlWd2wuCAZQzh2cH1fVZ',
});

export const follower: ResourceDefinition = {
	value: 'follower',
	name: 'Follower',
	description: 'Users following a contact',
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			name: 'Add',
			action: 'Add followers to a contact',
			description: 'Add users as followers of a contact',
			method: 'POST',
			path: '/contacts/{contactId}/followers',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, followers],
		},
		{
			value: 'remove',
			name: 'Remove',
			action: 'Remove followers from a contact',
			description: 'Remove users from the followers of a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/followers',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, followers],
		},
	],
};
