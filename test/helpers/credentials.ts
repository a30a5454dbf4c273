import type { ICredentialDataDecryptedObject } from 'n8n-workflow';

export const PIT_TOKEN = 'pit-secret-token-0123456789';
export const LOCATION = 'loc_Sub4ccount01';

export function pitCredentials(baseUrl: string, extra: ICredentialDataDecryptedObject = {}) {
	return {
		goHighLevelPrivateIntegrationApi: {
			token: PIT_TOKEN,
			tokenType: 'subAccount',
			locationId: LOCATION,
			baseUrl,
			...extra,
		},
	};
}

export function oauthCredentials(baseUrl: string, tokenData: ICredentialDataDecryptedObject = {}) {
	return {
		goHighLevelOAuth2Api: {
			grantType: 'authorizationCode',
			authUrl: 'https://marketplace.gohighlevel.com/v2/oauth/chooselocation',
			accessTokenUrl: `${baseUrl}/oauth/token`,
			clientId: 'client-id-1',
			clientSecret: 'client-secret-1',
			scope: 'contacts.readonly contacts.write',
			authentication: 'body',
			baseUrl,
			oauthTokenData: {
				access_token: 'oauth-access-old',
				refresh_token: 'oauth-refresh-old',
				token_type: 'Bearer',
				locationId: 'loc_FromOAuth001',
				userType: 'Location',
				...tokenData,
			},
		},
	};
}
