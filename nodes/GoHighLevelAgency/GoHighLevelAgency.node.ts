import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { getUsers } from '../shared/listSearch/users';
import { agencyResources } from './areas';
import {
	searchCustomMenus,
	searchSaasPlans,
	searchSnapshots,
	searchUsers,
} from './listSearch/records';

export class GoHighLevelAgency implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Agency',
		name: 'goHighLevelAgency',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Sub-accounts, users, the company, SaaS, snapshots, custom menus, Marketplace billing and app installs of a HighLevel (GoHighLevel / LeadConnector) agency, API v2',
		defaults: { name: 'GoHighLevel Agency' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(agencyResources, 'subAccount')],
	};

	methods = {
		loadOptions: { getUsers },
		listSearch: {
			searchLocations,
			searchUsers,
			searchSnapshots,
			searchSaasPlans,
			searchCustomMenus,
		},
	};
}
