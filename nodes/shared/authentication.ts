import type {
	INodeCredentialDescription,
	INodeProperties,
	INodeTypeDescription,
} from 'n8n-workflow';

import { CREDENTIAL_TYPES, DEFAULT_BASE_URL } from './api';

export const authenticationProperty: INodeProperties = {
	displayName: 'Authentication',
	name: 'authentication',
	type: 'options',
	options: [
		{ name: 'Private Integration Token', value: 'privateIntegrationToken' },
		{ name: 'OAuth2 (Marketplace App)', value: 'oAuth2' },
	],
	default: 'privateIntegrationToken',
};

export const credentials: INodeCredentialDescription[] = [
	{
		name: CREDENTIAL_TYPES.privateIntegrationToken,
		required: true,
		displayOptions: { show: { authentication: ['privateIntegrationToken'] } },
	},
	{
		name: CREDENTIAL_TYPES.oAuth2,
		required: true,
		displayOptions: { show: { authentication: ['oAuth2'] } },
	},
];

/**
 * HighLevel's API. The transport puts each credential's own API Base URL in place before a request
 * leaves (`context.ts`): a literal here spares n8n an expression per item.
 */
export const requestDefaults: INodeTypeDescription['requestDefaults'] = {
	baseURL: DEFAULT_BASE_URL,
	headers: { Accept: 'application/json' },
};
