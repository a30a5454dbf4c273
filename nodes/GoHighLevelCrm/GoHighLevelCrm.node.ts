import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { resourceProperties, resourceSelector } from '../shared/builder/resource';
import { contactsArea, contactsListSearch } from './contacts';

const resources = [...contactsArea];

export class GoHighLevelCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel CRM',
		name: 'goHighLevelCrm',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: 1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Contacts, tasks, notes, tags, followers, campaigns and workflows in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel CRM' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [
			authenticationProperty,
			resourceSelector(resources, 'contact'),
			...resources.flatMap(resourceProperties),
		],
	};

	methods = {
		listSearch: { ...contactsListSearch },
	};
}
