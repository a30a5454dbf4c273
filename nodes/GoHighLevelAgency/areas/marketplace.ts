import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/marketplace.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { companyId, userId } from '../pickers';

/**
 * The Marketplace API area (marketplace.json): an app's usage charges (wallet billing), installer
 * details, uninstalls, rebilling and external auth migration, 9 operations. HighLevel allows most
 * of them only with a Marketplace app's OAuth2 token: a Private Integration Token is refused
 * before any request.
 */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	companyId,
	userId: {
		...userId,
		description: 'The user the charge is for, searched or given by ID',
		// Optional wherever charges name a user; the picker is required elsewhere.
		required: false,
	},
	appId: { displayName: 'App ID', description: "The Marketplace app's ID (its client ID prefix)" },
	chargeId: { displayName: 'Charge ID' },
	meterId: {
		displayName: 'Meter ID',
		description: "The app's usage meter (its price) to charge on",
	},
	eventId: {
		displayName: 'Event ID',
		description: 'Your own ID of the usage event, so that one event is charged once',
	},
	description: {
		placeholder: 'e.g. 120 SMS sent',
		description: 'What the charge is for, shown to the sub-account',
	},
	units: { description: 'How many units of the meter were used' },
	price: { description: 'Price per unit, when the meter lets the app set it' },
	eventTime: { description: 'When the usage happened, e.g. 2026-01-31T09:00:00Z' },
	startDate: { description: 'Only charges from this date, e.g. 2026-01-01' },
	endDate: { description: 'Only charges up to this date, e.g. 2026-01-31' },
	reason: { description: 'Why the app is uninstalled' },
	type: { description: 'How the app authenticated before: OAuth2 tokens or basic credentials' },
	appVersionId: { displayName: 'App Version ID' },
	accountId: {
		displayName: 'Account ID',
		description: "The user's account in the external service",
	},
	apiKey: { displayName: 'API Key' },
	basicCredentials: {
		description: 'Username and password, as JSON, e.g. {"username": "…", "password": "…"}',
	},
	expiryIn: { description: 'Seconds until the access token expires' },
	expiryAt: { description: 'When the access token expires, in epoch milliseconds' },
	scopes: { description: 'Comma-separated scopes of the external token' },
	displayName: { description: 'Name of the connection shown in HighLevel' },
	isDefault: { description: 'Whether this connection is the default one' },
};

const skipLimit = offsetLimit({
	in: 'qs',
	offsetField: 'skip',
	limitField: 'limit',
	maxPageSize: 100,
});

export const marketplaceCharge: ResourceDefinition = {
	value: 'marketplaceCharge',
	name: 'Marketplace Charge',
	noun: { one: 'charge', many: 'charges' },
	description: "A Marketplace app's usage charges to a sub-account's wallet",
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /marketplace/billing/charges',
			description:
				"Charge a sub-account's wallet for usage of your app. Needs an OAuth2 token of the app, the app, meter, event, company ID, description and units.",
			inputs,
		},
		{
			value: 'get',
			endpoint: 'GET /marketplace/billing/charges/{chargeId}',
			description: "Get one charge. Needs an OAuth2 token of the app and the charge's ID.",
			inputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /marketplace/billing/charges',
			description:
				"List the app's charges, by meter, event, user or period. Needs an OAuth2 token of the app.",
			inputs,
			list: { records: 'charges', paging: skipLimit },
		},
		{
			value: 'delete',
			endpoint: 'DELETE /marketplace/billing/charges/{chargeId}',
			description: "Delete a charge. Needs an OAuth2 token of the app and the charge's ID.",
			inputs,
		},
		{
			value: 'checkFunds',
			endpoint: 'GET /marketplace/billing/charges/has-funds',
			name: 'Check Funds',
			action: 'Check whether the wallet has funds',
			description:
				"Tell whether the sub-account's wallet has funds for charges. Needs an OAuth2 token of the app.",
			inputs,
		},
	],
};

export const marketplaceApp: ResourceDefinition = {
	value: 'marketplaceApp',
	name: 'Marketplace App',
	noun: { one: 'app', many: 'apps' },
	description: "A Marketplace app's installations",
	facts: [area],
	operations: [
		{
			value: 'getInstaller',
			endpoint: 'GET /marketplace/app/{appId}/installations',
			name: 'Get Installer Details',
			action: 'Get who installed an app',
			description:
				'Get the installation of your app for the token: who installed it, where and when. Needs an OAuth2 token of the app and the app ID.',
			inputs,
			root: 'installationDetails',
		},
		{
			value: 'uninstall',
			endpoint: 'DELETE /marketplace/app/{appId}/installations',
			name: 'Uninstall',
			action: 'Uninstall an app',
			description:
				'Uninstall your app from the sub-account (set Location ID) or the agency (Company ID). Needs the app ID.',
			inputs,
		},
		{
			value: 'getRebillingConfig',
			endpoint: 'GET /marketplace/app/{appId}/rebilling-config/location/{locationId}',
			name: 'Get Rebilling Config',
			action: 'Get the rebilling of an app in a sub account',
			description:
				'Get the prices the agency set for your app in a sub-account. Needs an OAuth2 token of the app, the app ID and the sub-account.',
			inputs,
		},
		{
			value: 'migrateExternalAuth',
			endpoint: 'POST /marketplace/external-auth/migration',
			name: 'Migrate External Auth',
			action: 'Migrate the external auth of a sub account',
			description:
				'Hand HighLevel the credentials a sub-account already has with your service, so users need not connect again. Needs the type, app ID, app version ID and account ID.',
			inputs,
		},
	],
};
