import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { contactId, WRITE } from './ids';

const campaignId = field.pathId('campaignId', 'Campaign ID', 'ID of the campaign');

export const campaign: ResourceDefinition = {
	value: 'campaign',
	name: 'Campaign',
	description: "A contact's campaign membership",
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			name: 'Add Contact',
			action: 'Add a contact to a campaign',
			description: 'Add a contact to a campaign',
			method: 'POST',
			path: '/contacts/{contactId}/campaigns/{campaignId}',
			requiresBody: true,
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, campaignId],
		},
		{
			value: 'remove',
			name: 'Remove Contact',
			action: 'Remove a contact from a campaign',
			description: 'Remove a contact from a campaign',
			method: 'DELETE',
			path: '/contacts/{contactId}/campaigns/{campaignId}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, campaignId],
		},
		{
			value: 'removeAll',
			name: 'Remove Contact From All',
			action: 'Remove a contact from every campaign',
			description: 'Remove a contact from every campaign it is in',
			method: 'DELETE',
			path: '/contacts/{contactId}/campaigns/removeAll',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId],
		},
	],
};
