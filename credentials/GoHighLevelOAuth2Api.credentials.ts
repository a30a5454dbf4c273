import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Scopes requested by default: every scope an operation of this pack needs (checked against the API
 * specification by the test suite), plus `locations.readonly` to read the installed location.
 */
/** Every scope the pack's operations need, and `locations.readonly` for the credential test. */
export const DEFAULT_SCOPES = [
	'associations.readonly',
	'associations.write',
	'associations/relation.readonly',
	'associations/relation.write',
	'businesses.readonly',
	'businesses.write',
	'campaigns.readonly',
	'contacts.readonly',
	'contacts.write',
	'invoices.readonly',
	'invoices.write',
	'invoices/estimate.readonly',
	'invoices/estimate.write',
	'invoices/schedule.readonly',
	'invoices/schedule.write',
	'invoices/template.readonly',
	'invoices/template.write',
	'locations.readonly',
	'locations/customFields.readonly',
	'locations/customFields.write',
	'locations/customValues.readonly',
	'locations/customValues.write',
	'locations/tags.readonly',
	'locations/tags.write',
	'locations/tasks.readonly',
	'locations/templates.readonly',
	'objects/record.readonly',
	'objects/record.write',
	'objects/schema.readonly',
	'objects/schema.write',
	'opportunities.readonly',
	'opportunities.write',
	'payments/coupons.readonly',
	'payments/coupons.write',
	'payments/custom-provider.readonly',
	'payments/custom-provider.write',
	'payments/integration.readonly',
	'payments/integration.write',
	'payments/orders.collectPayment',
	'payments/orders.readonly',
	'payments/orders.write',
	'payments/subscriptions.readonly',
	'payments/transactions.readonly',
	'products.readonly',
	'products.write',
	'products/collection.readonly',
	'products/collection.write',
	'products/prices.readonly',
	'products/prices.write',
	'workflows.readonly',
];

export class GoHighLevelOAuth2Api implements ICredentialType {
	name = 'goHighLevelOAuth2Api';

	extends = ['oAuth2Api'];

	displayName = 'GoHighLevel OAuth2 API';

	icon: Icon = {
		light: 'file:../icons/gohighlevel.svg',
		dark: 'file:../icons/gohighlevel.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-gohighlevel/n8n-nodes-gohighlevel#oauth2-marketplace-app';

	properties: INodeProperties[] = [
		{
			displayName: 'Grant Type',
			name: 'grantType',
			type: 'hidden',
			default: 'authorizationCode',
		},
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'options',
			options: [
				{
					name: 'Standard (marketplace.gohighlevel.com)',
					value: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
				},
				{
					name: 'White-Label (marketplace.leadconnectorhq.com)',
					value: 'https://marketplace.leadconnectorhq.com/v2/oauth/chooselocation',
				},
			],
			default: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
			description: 'The page where a HighLevel admin picks the sub-account (or agency) to connect',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			default: 'https://services.leadconnectorhq.com/oauth/token',
		},
		{
			displayName: 'Scope',
			name: 'scope',
			type: 'string',
			default: DEFAULT_SCOPES.join(' '),
			description:
				'Space-separated scopes; they must also be enabled in your Marketplace app. The default covers every operation of this node pack.',
		},
		{
			displayName: 'Auth URI Query Parameters',
			name: 'authQueryParameters',
			type: 'hidden',
			default: '',
		},
		{
			displayName: 'Authentication',
			name: 'authentication',
			type: 'hidden',
			default: 'body',
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://services.leadconnectorhq.com',
			description: 'Change only to point at a sandbox or mock server',
		},
	];
}
