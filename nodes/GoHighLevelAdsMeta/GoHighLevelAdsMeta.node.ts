import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { metaResources } from '../GoHighLevelAds/areas';

export class GoHighLevelAdsMeta implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Ads (Meta)',
		name: 'goHighLevelAdsMeta',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Facebook and Instagram ads published from HighLevel (GoHighLevel / LeadConnector) API v2: campaigns, ad sets, ads, custom audiences, pages, forms, pixels and reporting',
		defaults: { name: 'GoHighLevel Ads (Meta)' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(metaResources, 'metaCampaign')],
	};

	methods = {
		listSearch: { searchLocations },
	};
}
