import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import {
	getContactCustomFields,
	getObjectFields,
	getOpportunityCustomFields,
} from '../shared/customFields/byName';
import { searchLocations } from '../shared/listSearch/locations';
import * as recordPickers from '../shared/recordPickers';
import { crmResources } from './areas';
import { searchContacts } from './listSearch/contacts';

export class GoHighLevelCrm implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel CRM',
		name: 'goHighLevelCrm',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Contacts, opportunities, businesses, custom objects, associations, custom fields and values, tags, tasks, campaigns and workflows in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel CRM' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(crmResources, 'contact')],
	};

	methods = {
		loadOptions: {
			getContactCustomFields,
			getOpportunityCustomFields,
			getObjectFields,
			getUsers: recordPickers.getUsers,
			getTagNames: recordPickers.getTagNames,
		},
		listSearch: {
			searchLocations,
			searchContacts,
			searchOpportunities: recordPickers.searchOpportunities,
			searchPipelines: recordPickers.searchPipelines,
			searchPipelineStages: recordPickers.searchPipelineStages,
			searchUsers: recordPickers.searchUsers,
			searchBusinesses: recordPickers.searchBusinesses,
			searchCustomObjects: recordPickers.searchCustomObjects,
			searchObjectRecords: recordPickers.searchObjectRecords,
			searchWorkflows: recordPickers.searchWorkflows,
			searchCampaigns: recordPickers.searchCampaigns,
			searchTags: recordPickers.searchTags,
			searchCustomValues: recordPickers.searchCustomValues,
			searchCustomFields: recordPickers.searchCustomFields,
		},
	};
}
