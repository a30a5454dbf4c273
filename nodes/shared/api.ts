export const DEFAULT_BASE_URL = 'https://services.leadconnectorhq.com';

/** The `Version` header values HighLevel's API v2 specification uses. */
export type ApiVersion = '2021-07-28' | '2021-04-15';

export const CREDENTIAL_TYPES = {
	privateIntegrationToken: 'goHighLevelPrivateIntegrationApi',
	// eslint-disable-next-line @n8n/community-nodes/no-hardcoded-secrets -- a credential type name, not a secret
	oAuth2: 'goHighLevelOAuth2Api',
} as const;

export type AuthenticationMethod = keyof typeof CREDENTIAL_TYPES;
