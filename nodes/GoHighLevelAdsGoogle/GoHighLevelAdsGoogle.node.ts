import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { googleResources } from '../GoHighLevelAds/areas';

export class GoHighLevelAdsGoogle implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Ads (Google)',
		name: 'goHighLevelAdsGoogle',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Google ads published from HighLevel (GoHighLevel / LeadConnector) API v2: campaigns, conversions, assets, segments, audiences, targeting and reporting',
		defaults: { name: 'GoHighLevel Ads (Google)' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(googleResources, 'googleCampaign')],
	};

	methods = {
		listSearch: { searchLocations },
	};
}
