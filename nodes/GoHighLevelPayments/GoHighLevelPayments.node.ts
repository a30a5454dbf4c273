import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { picker, searchUsers } from '../shared/recordPickers';
import { paymentsResources } from './areas';
import {
	searchCoupons,
	searchEstimateTemplates,
	searchInvoices,
	searchInvoiceTemplates,
	searchOrders,
} from './listSearch/records';

export class GoHighLevelPayments implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Payments',
		name: 'goHighLevelPayments',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Orders, transactions, subscriptions, coupons, payment providers, invoices, estimates and their templates and schedules in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel Payments' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [
			authenticationProperty,
			...nodeProperties(paymentsResources, 'invoice', { userId: picker('user', 'userId') }),
		],
	};

	methods = {
		listSearch: {
			searchLocations,
			searchUsers,
			searchOrders,
			searchCoupons,
			searchInvoices,
			searchInvoiceTemplates,
			searchEstimateTemplates,
		},
	};
}
