import type { Icon, ICredentialType, INodeProperties } from 'n8n-workflow';

/**
 * Scopes an agency install needs on top of the sub-account ones: `oauth.write` exchanges the agency
 * token for a sub-account's token, `oauth.readonly` lists the sub-accounts the app is installed on
 * (the Location ID picker); the others serve the GoHighLevel Agency node's users, Marketplace
 * charges and app installs.
 */
export const AGENCY_SCOPES = [
	'charges.readonly',
	'charges.write',
	'companies.readonly',
	'custom-menu-link.readonly',
	'custom-menu-link.write',
	'locations.write',
	'marketplace-external-auth-migration.write',
	'marketplace-installer-details.readonly',
	'oauth.readonly',
	'oauth.write',
	'users.write',
];

/**
 * Scopes requested by default: every scope an operation of this pack needs (checked against the API
 * specification by the test suite), `locations.readonly` to read the installed location, and the
 * agency scopes.
 */
export const DEFAULT_SCOPES = [
	'adPublishing.readonly',
	'adPublishing.write',
	'affiliate-manager.readonly',
	'agent-studio.readonly',
	'agent-studio.write',
	'associations.readonly',
	'associations.write',
	'associations/relation.readonly',
	'associations/relation.write',
	'blogs/author.readonly',
	'blogs/category.readonly',
	'blogs/check-slug.readonly',
	'blogs/list.readonly',
	'blogs/post-update.write',
	'blogs/post.write',
	'blogs/posts.readonly',
	'brand-boards/design-kit.readonly',
	'brand-boards/design-kit.write',
	'businesses.readonly',
	'businesses.write',
	'calendars.readonly',
	'calendars.write',
	'calendars/events.readonly',
	'calendars/events.write',
	'calendars/groups.readonly',
	'calendars/groups.write',
	'calendars/resources.readonly',
	'calendars/resources.write',
	'campaigns.readonly',
	'charges.readonly',
	'charges.write',
	'companies.readonly',
	'contacts.readonly',
	'contacts.write',
	'conversation-ai.readonly',
	'conversation-ai.write',
	'conversations.readonly',
	'conversations.write',
	'conversations/livechat.write',
	'conversations/message.readonly',
	'conversations/message.write',
	'courses.write',
	'custom-menu-link.readonly',
	'custom-menu-link.write',
	'emails/builder.readonly',
	'emails/builder.write',
	'emails/schedule.readonly',
	'forms.readonly',
	'forms.write',
	'funnels/funnel.readonly',
	'funnels/page.readonly',
	'funnels/pagecount.readonly',
	'funnels/redirect.readonly',
	'funnels/redirect.write',
	'invoices.readonly',
	'invoices.write',
	'invoices/estimate.readonly',
	'invoices/estimate.write',
	'invoices/schedule.readonly',
	'invoices/schedule.write',
	'invoices/template.readonly',
	'invoices/template.write',
	'links.readonly',
	'links.write',
	'locations.readonly',
	'locations.write',
	'locations/customFields.readonly',
	'locations/customFields.write',
	'locations/customValues.readonly',
	'locations/customValues.write',
	'locations/tags.readonly',
	'locations/tags.write',
	'locations/tasks.readonly',
	'locations/templates.readonly',
	'marketplace-external-auth-migration.write',
	'marketplace-installer-details.readonly',
	'medias.readonly',
	'medias.write',
	'numberpools.read',
	'oauth.readonly',
	'oauth.write',
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
	'phonenumbers.read',
	'phonenumbers.write',
	'products.readonly',
	'products.write',
	'products/collection.readonly',
	'products/collection.write',
	'products/prices.readonly',
	'products/prices.write',
	'socialplanner/account.readonly',
	'socialplanner/account.write',
	'socialplanner/category.readonly',
	'socialplanner/csv.readonly',
	'socialplanner/csv.write',
	'socialplanner/oauth.readonly',
	'socialplanner/oauth.write',
	'socialplanner/post.readonly',
	'socialplanner/post.write',
	'socialplanner/tag.readonly',
	'surveys.readonly',
	'users.readonly',
	'users.write',
	'voice-ai-agent-goals.readonly',
	'voice-ai-agent-goals.write',
	'voice-ai-agents.readonly',
	'voice-ai-agents.write',
	'voice-ai-dashboard.readonly',
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
			displayName: 'Marketplace',
			name: 'marketplace',
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
				{
					name: 'On the API Base URL (a Sandbox or Test Server)',
					value: 'apiBaseUrl',
				},
			],
			default: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
			description:
				'Where a HighLevel admin picks the sub-account (or agency) to connect. The last choice serves the page and the token endpoint from the API Base URL below.',
		},
		// n8n resolves these expressions against the credential's own fields ($self) for the OAuth2 flow
		// and for every refresh: the token endpoint follows the API base URL, as HighLevel's does.
		{
			displayName: 'Authorization URL',
			name: 'authUrl',
			type: 'hidden',
			default:
				'={{ $self["marketplace"] === "apiBaseUrl" ? String($self["baseUrl"] || "https://services.leadconnectorhq.com").replace(/\\/+$/, "") + "/oauth/chooselocation" : $self["marketplace"] }}',
		},
		{
			displayName: 'Access Token URL',
			name: 'accessTokenUrl',
			type: 'hidden',
			// Follows the API Base URL, so that a sandbox serves the token endpoint too.
			default:
				'={{ String($self["baseUrl"] || "https://services.leadconnectorhq.com").replace(/\\/+$/, "") + "/oauth/token" }}',
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
			description:
				"HighLevel's API. Change only to point at a sandbox or test server: the token endpoint is this URL + /oauth/token.",
		},
	];
}
