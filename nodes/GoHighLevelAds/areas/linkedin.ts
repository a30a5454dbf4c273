import type { ResourceDefinition } from '../../shared/builder/types';
import { adInputs as inputs, adManager, listing, listOf } from './common';

/**
 * LinkedIn ad publishing in ad-manager.json: the connection, ad accounts, campaigns, lead forms,
 * targeting and reporting, 16 operations.
 */

const L = '/ad-publishing/linkedin';
const facts = [adManager];

export const linkedinIntegration: ResourceDefinition = {
	value: 'linkedinIntegration',
	name: 'Integration',
	noun: { one: 'integration', many: 'integrations' },
	description: "The location's connection to LinkedIn ads",
	facts,
	operations: [
		{
			value: 'get',
			endpoint: `GET ${L}/integration`,
			action: 'Get the integration',
			inputs,
		},
		{
			value: 'connect',
			endpoint: `POST ${L}/integration`,
			name: 'Connect',
			action: 'Connect an ad account',
			inputs,
		},
		{
			value: 'getConnectedUser',
			endpoint: `GET ${L}/me`,
			name: 'Get Connected User',
			action: 'Get the connected user',
			inputs,
		},
	],
};

export const linkedinAdAccount: ResourceDefinition = {
	value: 'linkedinAdAccount',
	name: 'Ad Account',
	noun: { one: 'ad account', many: 'ad accounts' },
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${L}/ad-accounts`,
			description: listing('LinkedIn ad accounts the connected user can reach'),
			inputs,
			list: listOf(),
		},
		{ value: 'get', endpoint: `GET ${L}/ad-account`, inputs },
		{ value: 'delete', endpoint: `DELETE ${L}/ad-account`, inputs },
	],
};

export const linkedinCampaign: ResourceDefinition = {
	value: 'linkedinCampaign',
	name: 'Campaign',
	noun: { one: 'campaign', many: 'campaigns' },
	facts,
	operations: [
		{
			value: 'upsert',
			endpoint: `PUT ${L}/ads`,
			description: 'Create a campaign group with its campaigns, or update it when an ID is given',
			inputs: {
				...inputs,
				adCampaigns: { displayName: 'Ad Campaigns (JSON)' },
				budget: { displayName: 'Budget (JSON)' },
			},
			fields: ['name'],
		},
		{ value: 'get', endpoint: `GET ${L}/ads/{adId}`, inputs },
		{
			value: 'publish',
			endpoint: `POST ${L}/ads/{adId}/publish`,
			name: 'Publish',
			action: 'Publish a campaign',
			inputs,
		},
		{
			value: 'updateStatus',
			endpoint: `PATCH ${L}/{adId}/status`,
			name: 'Update Status',
			action: 'Update the status of a campaign',
			inputs,
		},
	],
};

export const linkedinLeadForm: ResourceDefinition = {
	value: 'linkedinLeadForm',
	name: 'Lead Form',
	noun: { one: 'lead form', many: 'lead forms' },
	facts,
	operations: [
		{
			value: 'create',
			endpoint: `POST ${L}/{accountId}/form`,
			inputs: { ...inputs, content: { displayName: 'Content (JSON)' } },
		},
		{
			value: 'getAll',
			endpoint: `GET ${L}/{accountId}/forms`,
			description: listing('Lead forms of a LinkedIn ad account'),
			inputs,
			list: listOf(),
		},
	],
};

export const linkedinTargeting: ResourceDefinition = {
	value: 'linkedinTargeting',
	name: 'Targeting',
	noun: { one: 'targeting option', many: 'targeting options' },
	facts,
	operations: [
		{
			value: 'search',
			endpoint: `GET ${L}/targeting/search`,
			name: 'Search',
			action: 'Search targeting options',
			description: listing('Targeting options of a facet matching a query'),
			inputs,
			list: listOf(),
		},
	],
};

export const linkedinReporting: ResourceDefinition = {
	value: 'linkedinReporting',
	name: 'Reporting',
	noun: { one: 'report', many: 'reports' },
	facts,
	operations: [
		{
			value: 'getReport',
			endpoint: `GET ${L}/reporting`,
			name: 'Get Report',
			action: 'Get an ads report',
			inputs,
		},
		{
			value: 'getCampaignGroupReport',
			endpoint: `GET ${L}/reporting/campaign-group/{campaignGroupId}`,
			name: 'Get Campaign Group Report',
			action: 'Get the report of a campaign group',
			inputs,
		},
		{
			value: 'getAllReportRows',
			endpoint: `GET ${L}/reporting/list`,
			name: 'Get Many Report Rows',
			action: 'Get many rows of an ads report',
			description: listing('Report rows per campaign of a campaign group'),
			inputs,
			list: listOf(),
		},
	],
};

export const linkedinResources: ResourceDefinition[] = [
	linkedinIntegration,
	linkedinAdAccount,
	linkedinCampaign,
	linkedinLeadForm,
	linkedinTargeting,
	linkedinReporting,
];
