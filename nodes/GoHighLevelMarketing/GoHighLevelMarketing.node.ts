import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { picker, searchUsers } from '../shared/recordPickers';
import { marketingResources } from './areas';
import {
	searchBlogPosts,
	searchBlogs,
	searchEmailTemplates,
	searchSocialAccounts,
} from './listSearch/marketing';

export class GoHighLevelMarketing implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Marketing',
		name: 'goHighLevelMarketing',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Social planner posts and accounts, email templates and campaigns, trigger links, blogs, brand boards and affiliates in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel Marketing' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [
			authenticationProperty,
			...nodeProperties(marketingResources, 'socialPost', {
				userId: picker('user', 'userId'),
				createdBy: picker('user', 'createdBy', 'Created By'),
			}),
		],
	};

	methods = {
		listSearch: {
			searchLocations,
			searchUsers,
			searchBlogPosts,
			searchBlogs,
			searchEmailTemplates,
			searchSocialAccounts,
		},
	};
}
