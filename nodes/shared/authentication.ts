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

/** Both credentials carry `baseUrl`; one saved before it existed falls back to HighLevel's API. */
export const requestDefaults: INodeTypeDescription['requestDefaults'] = {
	baseURL: `={{ String($credentials.baseUrl || "${DEFAULT_BASE_URL}").replace(/\\/+$/, "") }}`,
	headers: { Accept: 'application/json' },
};
