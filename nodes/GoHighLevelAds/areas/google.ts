import type { ResourceDefinition } from '../../shared/builder/types';
import { adInputs as inputs, adManager, listing, listOf } from './common';
import {
	GOOGLE_ADS_ENDPOINT,
	GOOGLE_ADS_JSON_ONLY,
	googleAdsBody,
	googleAdsBudget,
	googleAdsJson,
} from './googleAds';

/**
 * Google ad publishing in ad-manager.json: the connection, ad accounts, campaigns, conversions,
 * assets, segments, audiences, targeting and reporting, 31 operations.
 */

const G = '/ad-publishing/google';
const facts = [adManager];

export const googleIntegration: ResourceDefinition = {
	value: 'googleIntegration',
	name: 'Integration',
	noun: { one: 'integration', many: 'integrations' },
	description: "The location's connection to Google Ads",
	facts,
	operations: [
		{
			value: 'get',
			endpoint: `GET ${G}/integration`,
			action: 'Get the integration',
			inputs,
		},
		{
			value: 'connect',
			endpoint: `POST ${G}/integration`,
			name: 'Connect',
			action: 'Connect an ad account',
			inputs,
		},
		{
			value: 'getConnectedUser',
			endpoint: `GET ${G}/me`,
			name: 'Get Connected User',
			action: 'Get the connected user',
			inputs,
		},
	],
};

export const googleAdAccount: ResourceDefinition = {
	value: 'googleAdAccount',
	name: 'Ad Account',
	noun: { one: 'ad account', many: 'ad accounts' },
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${G}/ad-accounts`,
			description: listing('Google ad accounts the connected user can reach'),
			inputs,
			list: listOf(),
		},
		{ value: 'get', endpoint: `GET ${G}/ad-accounts/{adAccountId}`, inputs },
		{ value: 'delete', endpoint: `DELETE ${G}/ad-accounts/{adAccountId}`, inputs },
	],
};

export const googleCampaign: ResourceDefinition = {
	value: 'googleCampaign',
	name: 'Campaign',
	noun: { one: 'campaign', many: 'campaigns' },
	description: 'Campaigns with their ad groups and ads',
	facts,
	operations: [
		{
			value: 'upsert',
			endpoint: GOOGLE_ADS_ENDPOINT,
			description:
				'Create a campaign with its ad groups and ads, or update it when an ID is given. The whole campaign is checked against the spec before it is sent.',
			inputs,
			fields: ['goalType', 'googleAdAccountId', 'publishingStatus'],
			hide: GOOGLE_ADS_JSON_ONLY,
			extra: [...googleAdsBudget, googleAdsJson],
			hooks: { preSend: [googleAdsBody] },
		},
		{ value: 'get', endpoint: `GET ${G}/ads/{adId}`, inputs },
		{
			value: 'getAll',
			endpoint: `GET ${G}/entity`,
			description: listing(
				'Campaigns, ad groups or ads (Entity Type), optionally of one campaign or ad group',
			),
			inputs,
			list: listOf(),
		},
		{
			value: 'publish',
			endpoint: `POST ${G}/ads/{adId}/publish`,
			name: 'Publish',
			action: 'Publish a campaign',
			inputs,
		},
	],
};

export const googleConversion: ResourceDefinition = {
	value: 'googleConversion',
	name: 'Conversion',
	noun: { one: 'conversion action', many: 'conversion actions' },
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${G}/conversions`,
			description: listing('Conversion actions of the connected ad account'),
			inputs,
			list: listOf(),
		},
		{ value: 'get', endpoint: `GET ${G}/conversions/{conversionId}`, inputs },
		{
			value: 'upsert',
			endpoint: `PUT ${G}/conversions`,
			description: 'Create a conversion action, or update it when an ID is given',
			inputs: { ...inputs, valueSettings: { displayName: 'Value Settings (JSON)' } },
		},
		{ value: 'delete', endpoint: `DELETE ${G}/conversions/{conversionId}`, inputs },
		{
			value: 'getAllGoals',
			endpoint: `GET ${G}/conversion-goals`,
			name: 'Get Many Goals',
			action: 'Get many conversion goals',
			description: listing('Conversion goals of the connected ad account'),
			inputs,
			list: listOf(),
		},
	],
};

export const googleAsset: ResourceDefinition = {
	value: 'googleAsset',
	name: 'Asset',
	noun: { one: 'asset', many: 'assets' },
	description: 'Sitelinks, calls, images and other assets',
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${G}/assets`,
			description: listing('Assets of a type'),
			inputs,
			list: listOf(),
		},
		{
			value: 'create',
			endpoint: `POST ${G}/assets`,
			inputs: { ...inputs, payload: { displayName: 'Payload (JSON)' } },
		},
	],
};

export const googleSegment: ResourceDefinition = {
	value: 'googleSegment',
	name: 'Segment',
	noun: { one: 'segment', many: 'segments' },
	description: 'User lists (customer match, rule-based, lookalike)',
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${G}/segments`,
			description: listing('User lists of the connected ad account'),
			inputs,
			list: listOf(),
		},
		{ value: 'get', endpoint: `GET ${G}/segments/{segmentId}`, inputs },
		{
			value: 'upsert',
			endpoint: `PUT ${G}/segments`,
			description: 'Create a user list, or update it when an ID is given',
			inputs: { ...inputs, ruleBasedUserList: { displayName: 'Rule Based User List (JSON)' } },
		},
		{ value: 'delete', endpoint: `DELETE ${G}/segments/{segmentId}`, inputs },
		{
			value: 'uploadMembers',
			endpoint: `POST ${G}/segments/offline-user-list-job`,
			name: 'Upload Members',
			action: 'Upload members to a segment',
			description: 'Send the contacts of smart lists or a CSV file to a user list',
			inputs,
		},
	],
};

export const googleAudience: ResourceDefinition = {
	value: 'googleAudience',
	name: 'Audience',
	noun: { one: 'audience', many: 'audiences' },
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${G}/audiences`,
			description: listing('Audiences of the connected ad account'),
			inputs,
			list: listOf(),
		},
		{ value: 'get', endpoint: `GET ${G}/audiences/{audienceId}`, inputs },
		{
			value: 'upsert',
			endpoint: `PUT ${G}/audiences`,
			description: 'Create an audience, or update it when a resource name is given',
			inputs,
		},
	],
};

export const googleTargeting: ResourceDefinition = {
	value: 'googleTargeting',
	name: 'Targeting',
	noun: { one: 'targeting option', many: 'targeting options' },
	facts,
	operations: [
		{
			value: 'search',
			endpoint: `GET ${G}/targeting/search`,
			name: 'Search',
			action: 'Search targeting options',
			description: listing('Locations, languages and other targeting options matching a query'),
			inputs,
			list: listOf(),
		},
		{
			value: 'getAllInterests',
			endpoint: `GET ${G}/target-interests`,
			name: 'Get Many Interests',
			action: 'Get many target interests',
			description: listing('Affinity and in-market interests for a channel type'),
			inputs,
			list: listOf(),
		},
		{
			value: 'getKeywordIdeas',
			endpoint: `POST ${G}/keyword-ideas`,
			name: 'Get Keyword Ideas',
			action: 'Get keyword ideas for a website',
			idempotent: true,
			inputs: { ...inputs, locations: { displayName: 'Location IDs (Targeting)' } },
		},
	],
};

export const googleReporting: ResourceDefinition = {
	value: 'googleReporting',
	name: 'Reporting',
	noun: { one: 'report', many: 'reports' },
	facts,
	operations: [
		{
			value: 'getReport',
			endpoint: `GET ${G}/reporting`,
			name: 'Get Report',
			action: 'Get an ads report',
			inputs,
		},
		{
			value: 'getCampaignReport',
			endpoint: `GET ${G}/reporting/campaign/{campaignId}`,
			name: 'Get Campaign Report',
			action: 'Get the report of a campaign',
			inputs,
		},
		{
			value: 'getAllReportRows',
			endpoint: `GET ${G}/reporting/list`,
			name: 'Get Many Report Rows',
			action: 'Get many rows of an ads report',
			description: listing('Report rows per campaign, ad group or ad'),
			inputs,
			list: listOf(),
		},
	],
};

export const googleResources: ResourceDefinition[] = [
	googleIntegration,
	googleAdAccount,
	googleCampaign,
	googleConversion,
	googleAsset,
	googleSegment,
	googleAudience,
	googleTargeting,
	googleReporting,
];
