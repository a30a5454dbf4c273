import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { picker, searchUsers } from '../shared/recordPickers';
import { productsResources } from './areas';
import { searchPrices, searchProducts } from './listSearch/records';

export class GoHighLevelProducts implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Products',
		name: 'goHighLevelProducts',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Products, prices, inventory, collections, reviews and the store (shipping zones, rates, carriers, settings) in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel Products' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [
			authenticationProperty,
			...nodeProperties(productsResources, 'product', { userId: picker('user', 'userId') }),
		],
	};

	methods = {
		listSearch: { searchLocations, searchProducts, searchPrices, searchUsers },
	};
}
