import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { picker, searchUsers, searchOpportunities } from '../shared/recordPickers';
import { sitesResources } from './areas';
import { searchContacts } from '../GoHighLevelCrm/listSearch/contacts';
import { searchFunnels, searchForms, searchMediaFolders, searchSurveys } from './listSearch/sites';

export class GoHighLevelSites implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Sites',
		name: 'goHighLevelSites',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Funnels and pages, URL redirects, forms and surveys with their submissions, form file uploads, the media library, courses import and proposals in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel Sites' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [
			authenticationProperty,
			...nodeProperties(sitesResources, 'media', {
				userId: picker('user', 'userId'),
				sentBy: picker('user', 'sentBy', 'Sent By'),
				contactId: picker('contact', 'contactId'),
				opportunityId: picker('opportunity', 'opportunityId'),
			}),
		],
	};

	methods = {
		listSearch: {
			searchLocations,
			searchUsers,
			searchOpportunities,
			searchContacts,
			searchForms,
			searchFunnels,
			searchMediaFolders,
			searchSurveys,
		},
	};
}
