import type { ResourceDefinition } from '../../shared/builder/types';
import { nextCursor } from '../../shared/transport/paging';
import { adInputs as inputs, adManager, lifecycle, listing, listOf } from './common';

/**
 * Meta (Facebook and Instagram) ad publishing in ad-manager.json: the connection, ad accounts, pages,
 * forms, pixels, campaigns, ad sets, ads, custom audiences and reporting, 47 operations.
 */

const FB = '/ad-publishing/facebook';
const facts = [adManager];

const accountsCursor = nextCursor({
	cursorField: 'next',
	fetchAllField: 'fetchAll',
	limitField: 'limit',
});
const entityCursor = nextCursor({ cursorField: 'next', fetchAllField: 'fetchAll' });

export const metaIntegration: ResourceDefinition = {
	value: 'metaIntegration',
	name: 'Integration',
	noun: { one: 'integration', many: 'integrations' },
	description: "The location's connection to Meta: page and ad account",
	facts,
	operations: [
		{ value: 'get', endpoint: `GET ${FB}/integration`, action: 'Get the integration', inputs },
		{
			value: 'connect',
			endpoint: `POST ${FB}/integration`,
			name: 'Connect',
			action: 'Connect a page and ad account',
			inputs,
		},
		{
			value: 'disconnect',
			endpoint: `DELETE ${FB}/integration`,
			name: 'Disconnect',
			action: 'Disconnect the integration',
			inputs,
		},
		{
			value: 'getConnectedUser',
			endpoint: `GET ${FB}/me`,
			name: 'Get Connected User',
			action: 'Get the connected user',
			inputs,
		},
	],
};

export const metaAdAccount: ResourceDefinition = {
	value: 'metaAdAccount',
	name: 'Ad Account',
	noun: { one: 'ad account', many: 'ad accounts' },
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${FB}/ad-accounts`,
			description: listing('Ad accounts of the connected Meta user'),
			inputs,
			list: listOf(accountsCursor),
		},
		{ value: 'get', endpoint: `GET ${FB}/ad-accounts/{adAccountId}`, inputs },
		{ value: 'delete', endpoint: `DELETE ${FB}/ad-accounts/{adAccountId}`, inputs },
	],
};

export const metaPage: ResourceDefinition = {
	value: 'metaPage',
	name: 'Page',
	noun: { one: 'page', many: 'pages' },
	description: 'Facebook pages and their Instagram accounts',
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${FB}/pages`,
			description: listing('Facebook pages of the connected user'),
			inputs,
			list: listOf(),
		},
		{
			value: 'getAllInstagramAccounts',
			endpoint: `GET ${FB}/page/{pageId}/instagram`,
			name: 'Get Many Instagram Accounts',
			action: 'Get many IG accounts of a page',
			description: listing('Instagram accounts linked to a Facebook page'),
			inputs,
			list: listOf(),
		},
		{
			value: 'setDefault',
			endpoint: `PUT ${FB}/page/default`,
			name: 'Set Default',
			action: 'Set the default page',
			inputs,
		},
		{
			value: 'remove',
			endpoint: `DELETE ${FB}/page`,
			name: 'Remove',
			action: 'Remove a page',
			inputs,
		},
	],
};

export const metaLeadForm: ResourceDefinition = {
	value: 'metaLeadForm',
	name: 'Lead Form',
	noun: { one: 'lead form', many: 'lead forms' },
	facts,
	operations: [
		{
			value: 'create',
			endpoint: `POST ${FB}/page/{pageId}/forms`,
			inputs: {
				...inputs,
				questions: { displayName: 'Questions (JSON)' },
				thankYouPage: { displayName: 'Thank You Page (JSON)' },
			},
		},
		{ value: 'get', endpoint: `GET ${FB}/lead-form/{leadFormId}`, inputs },
		{
			value: 'getAll',
			endpoint: `GET ${FB}/page/{pageId}/forms`,
			description: listing('Lead forms of a Facebook page'),
			inputs,
			list: listOf(),
		},
	],
};

export const metaConversationForm: ResourceDefinition = {
	value: 'metaConversationForm',
	name: 'Conversation Form',
	noun: { one: 'conversation form', many: 'conversation forms' },
	facts,
	operations: [
		{
			value: 'create',
			endpoint: `POST ${FB}/conversation-forms`,
			inputs: { ...inputs, questions: { displayName: 'Questions (JSON)' } },
		},
		{
			value: 'getAll',
			endpoint: `GET ${FB}/conversation-forms`,
			description: listing('Conversation forms of the location'),
			inputs,
			list: listOf(),
		},
	],
};

export const metaPixel: ResourceDefinition = {
	value: 'metaPixel',
	name: 'Pixel',
	noun: { one: 'pixel', many: 'pixels' },
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${FB}/pixels`,
			description: listing('Pixels of the connected ad account'),
			inputs,
			list: listOf(),
		},
		{
			value: 'set',
			endpoint: `PUT ${FB}/pixels`,
			name: 'Set',
			action: 'Set the conversion pixel',
			inputs,
		},
	],
};

export const metaCampaign: ResourceDefinition = {
	value: 'metaCampaign',
	name: 'Campaign',
	noun: { one: 'campaign', many: 'campaigns' },
	description: 'Campaigns, and lists of campaigns, ad sets or ads',
	facts,
	operations: [
		{
			value: 'upsert',
			endpoint: `PUT ${FB}/campaigns`,
			description: 'Create a campaign, or update it when an ID is given',
			inputs: { ...inputs, specialAdCategories: { displayName: 'Special Ad Categories' } },
		},
		{ value: 'get', endpoint: `GET ${FB}/campaign/{campaignId}`, inputs },
		{
			value: 'getAll',
			endpoint: `GET ${FB}/entity`,
			description: listing(
				'Campaigns, ad sets or ads (Entity Type), optionally of one campaign or ad set',
			),
			inputs,
			list: listOf(entityCursor),
		},
		{
			value: 'publish',
			endpoint: `POST ${FB}/campaigns/{campaignId}/publish`,
			name: 'Publish',
			action: 'Publish a campaign',
			inputs,
		},
		...lifecycle(`${FB}/campaigns/{campaignId}`, 'a campaign'),
	],
};

export const metaAdSet: ResourceDefinition = {
	value: 'metaAdSet',
	name: 'Ad Set',
	noun: { one: 'ad set', many: 'ad sets' },
	facts,
	operations: [
		{
			value: 'upsert',
			endpoint: `PUT ${FB}/adsets`,
			description: 'Create an ad set in a campaign, or update it when an ID is given',
			inputs: {
				...inputs,
				audience: { displayName: 'Audience (JSON)' },
				budget: { displayName: 'Budget (JSON)' },
			},
		},
		...lifecycle(`${FB}/adsets/{adsetId}`, 'an ad set'),
	],
};

export const metaAd: ResourceDefinition = {
	value: 'metaAd',
	name: 'Ad',
	noun: { one: 'ad', many: 'ads' },
	facts,
	operations: [
		{
			value: 'upsert',
			endpoint: `PUT ${FB}/ads-v2`,
			description: 'Create an ad in an ad set, or update it when an ID is given',
			inputs: {
				...inputs,
				media: { displayName: 'Media (JSON)' },
				cta: { displayName: 'CTA (JSON)' },
			},
		},
		...lifecycle(`${FB}/ads/{adId}`, 'an ad'),
	],
};

export const metaAudience: ResourceDefinition = {
	value: 'metaAudience',
	name: 'Audience',
	noun: { one: 'custom audience', many: 'custom audiences' },
	description: 'Custom audiences and their members',
	facts,
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${FB}/custom-audience`,
			description: listing('Custom audiences of an ad account'),
			inputs,
			list: listOf(),
		},
		{ value: 'get', endpoint: `GET ${FB}/custom-audience/{audienceId}`, inputs },
		{ value: 'update', endpoint: `PUT ${FB}/custom-audience/{audienceId}`, inputs },
		{ value: 'delete', endpoint: `DELETE ${FB}/custom-audience/{audienceId}`, inputs },
		{
			value: 'addMember',
			endpoint: `PUT ${FB}/custom-audience/{audienceId}/member`,
			name: 'Add Member',
			action: 'Add a contact to a custom audience',
			inputs,
		},
		{
			value: 'removeMember',
			endpoint: `DELETE ${FB}/custom-audience/{audienceId}/member`,
			name: 'Remove Member',
			action: 'Remove a contact from a custom audience',
			inputs,
		},
		{
			value: 'batchUpdateMembers',
			endpoint: `PUT ${FB}/custom-audience/{audienceId}/member/batch`,
			name: 'Batch Update Members',
			action: 'Add or remove many contacts of a custom audience',
			description: 'Add or remove the contacts of smart lists or a CSV file, in one batch',
			inputs: { ...inputs, dynamicAudience: { displayName: 'Dynamic Audience (JSON)' } },
		},
	],
};

export const metaTargeting: ResourceDefinition = {
	value: 'metaTargeting',
	name: 'Targeting',
	noun: { one: 'targeting option', many: 'targeting options' },
	facts,
	operations: [
		{
			value: 'search',
			endpoint: `GET ${FB}/targeting/search`,
			name: 'Search',
			action: 'Search targeting options',
			description: listing('Interests, locations and other targeting options matching a query'),
			inputs,
			list: listOf(),
		},
	],
};

export const metaReporting: ResourceDefinition = {
	value: 'metaReporting',
	name: 'Reporting',
	noun: { one: 'report', many: 'reports' },
	facts,
	operations: [
		{
			value: 'getReport',
			endpoint: `GET ${FB}/reporting`,
			name: 'Get Report',
			action: 'Get an ads report',
			inputs,
		},
		{
			value: 'getCampaignReport',
			endpoint: `GET ${FB}/reporting/campaign/{campaignId}`,
			name: 'Get Campaign Report',
			action: 'Get the report of a campaign',
			inputs,
		},
		{
			value: 'getAllReportRows',
			endpoint: `GET ${FB}/reporting/list`,
			name: 'Get Many Report Rows',
			action: 'Get many rows of an ads report',
			description: listing('Report rows per campaign, ad set or ad of one campaign'),
			inputs,
			list: listOf(),
		},
	],
};

export const metaResources: ResourceDefinition[] = [
	metaIntegration,
	metaAdAccount,
	metaPage,
	metaLeadForm,
	metaConversationForm,
	metaPixel,
	metaCampaign,
	metaAdSet,
	metaAd,
	metaAudience,
	metaTargeting,
	metaReporting,
];
