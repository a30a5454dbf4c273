import type {
	ICredentialDataDecryptedObject,
	ICredentialType,
	INodeParameters,
	INodeType,
	IVersionedNodeType,
} from 'n8n-workflow';

import { loadNodeType, type RunOptions } from '../../test/helpers/harness';
import { CREDENTIAL_FILE, NODE_FILE } from './baseline';

/** The built-in node's version the bench runs: its default. */
export const BUILT_IN_VERSION = 2;

/**
 * How to run n8n's built-in HighLevel node (v2, its default version) through the test harness:
 * the node type, its OAuth2 credential with a token for `locationId`, and the run options. The
 * scale bench (`scale.bench.ts`) and the CPU bench's baseline side (`sides/cpu.side.ts`) both use it.
 *
 * BENCH ONLY: the built-in node hard-codes baseURL 'https://services.leadconnectorhq.com'; it is
 * pointed at the local server so that both sides talk to the same 127.0.0.1 server. Nothing else
 * changes.
 */
export function builtInRun(
	baseUrl: string,
	locationId: string,
	parameters: INodeParameters,
): Omit<RunOptions, 'items'> {
	const { HighLevel } = require(NODE_FILE) as { HighLevel: new () => IVersionedNodeType };
	const { HighLevelOAuth2Api } = require(CREDENTIAL_FILE) as {
		HighLevelOAuth2Api: new () => ICredentialType;
	};
	const nodeType = loadNodeType(new HighLevel());
	const v2 = nodeType.nodeVersions[BUILT_IN_VERSION] as INodeType;
	v2.description.requestDefaults = { ...v2.description.requestDefaults, baseURL: baseUrl };
	const credential: ICredentialDataDecryptedObject = {
		grantType: 'authorizationCode',
		authUrl: 'https://marketplace.leadconnectorhq.com/oauth/chooselocation',
		accessTokenUrl: `${baseUrl}/oauth/token`,
		clientId: 'client-id-1',
		clientSecret: 'client-secret-1',
		scope: 'contacts.readonly contacts.write opportunities.readonly',
		authQueryParameters: '',
		authentication: 'body',
		oauthTokenData: {
			access_token: 'oauth-access-bench',
			refresh_token: 'oauth-refresh-bench',
			token_type: 'Bearer',
			locationId,
			userType: 'Location',
		},
	};
	return {
		nodeType,
		nodeTypeName: 'n8n-nodes-base.highLevel',
		typeVersion: BUILT_IN_VERSION,
		credentialType: 'highLevelOAuth2Api',
		credentialTypes: [new HighLevelOAuth2Api()],
		parameters,
		credentials: { highLevelOAuth2Api: credential },
	};
}
