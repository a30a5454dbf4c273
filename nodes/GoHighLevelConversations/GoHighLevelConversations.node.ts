import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchContacts } from '../GoHighLevelCrm/listSearch/contacts';
import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { getUsers } from '../shared/listSearch/users';
import { conversationsResources } from './areas';
import { searchConversations } from './listSearch/conversations';

export class GoHighLevelConversations implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Conversations',
		name: 'goHighLevelConversations',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Conversations, messages (SMS, email, WhatsApp and more), attachments, call recordings, custom providers, live chat, phone numbers and email verification in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel Conversations' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(conversationsResources, 'message')],
	};

	methods = {
		loadOptions: { getUsers },
		listSearch: { searchLocations, searchContacts, searchConversations },
	};
}
