import type {
	IAuthenticate,
	Icon,
	ICredentialTestRequest,
	ICredentialType,
	INodeProperties,
} from 'n8n-workflow';

export class GoHighLevelPrivateIntegrationApi implements ICredentialType {
	name = 'goHighLevelPrivateIntegrationApi';

	displayName = 'GoHighLevel Private Integration Token API';

	icon: Icon = {
		light: 'file:../icons/gohighlevel.svg',
		dark: 'file:../icons/gohighlevel.dark.svg',
	};

	documentationUrl =
		'https://github.com/n8n-nodes-gohighlevel/n8n-nodes-gohighlevel#private-integration-token';

	properties: INodeProperties[] = [
		{
			displayName: 'Private Integration Token',
			name: 'token',
			type: 'string',
			typeOptions: { password: true },
			default: '',
			required: true,
			description:
				'Created in HighLevel under Settings → Private Integrations, with the scopes the workflows need',
		},
		// eslint-disable-next-line @n8n/community-nodes/credential-password-field -- the kind of token (options), not a secret
		{
			displayName: 'Token Type',
			name: 'tokenType',
			type: 'options',
			options: [
				{
					name: 'Sub-Account (Location)',
					value: 'subAccount',
					description: 'Token created inside a sub-account; it acts on that one location',
				},
				{
					name: 'Agency (Company)',
					value: 'agency',
					description:
						'Token created at agency level; set the Location ID on each node that needs one',
				},
			],
			default: 'subAccount',
		},
		{
			displayName: 'Location ID',
			name: 'locationId',
			type: 'string',
			default: '',
			placeholder: 'e.g. ve9EPM428h8vShlRW1KT',
			description:
				'The sub-account this token belongs to (Settings → Business Profile). Every operation that needs a location uses it unless the node sets another.',
			displayOptions: { show: { tokenType: ['subAccount'] } },
			required: true,
		},
		{
			displayName: 'API Base URL',
			name: 'baseUrl',
			type: 'string',
			default: 'https://services.leadconnectorhq.com',
			description: 'Change only to point at a sandbox or mock server',
		},
	];

	/** A function rather than n8n's generic `=Bearer {{…}}`: n8n would evaluate that expression per request. */
	authenticate: IAuthenticate = async (credentials, requestOptions) => ({
		...requestOptions,
		headers: { ...requestOptions.headers, Authorization: `Bearer ${String(credentials.token)}` },
	});

	test: ICredentialTestRequest = {
		request: {
			baseURL:
				'={{($credentials.baseUrl || "https://services.leadconnectorhq.com").replace(/\\/+$/, "")}}',
			url: '={{$credentials.tokenType === "agency" ? "/locations/search?limit=1" : "/locations/" + encodeURIComponent($credentials.locationId)}}',
			headers: { Version: '2021-07-28', Accept: 'application/json' },
		},
	};
}
