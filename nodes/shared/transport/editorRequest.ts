import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	IHttpRequestOptions,
	ILoadOptionsFunctions,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPES, type ApiVersion, type AuthenticationMethod } from '../api';
import type { HttpMethod, LocationPlacement } from '../builder/types';
import type { TokenKind } from '../spec/types';
import { authorize, authorizedRequest } from './authorizedRequest';
import { baseUrlOf, companyOf, kindOf, locationOf } from './context';
import { missingLocationError, putLocation } from './presend';

export interface EditorRequest {
	method: HttpMethod;
	path: string;
	/** The operation's Version header; none for the few operations that declare none. */
	version?: ApiVersion;
	scopes: string[];
	qs?: IDataObject;
	body?: IDataObject;
	location?: LocationPlacement;
	/** A POST that only reads (a search) may be retried like a GET. */
	idempotent?: boolean;
	/**
	 * Which token the endpoint takes, as in the spec facts; default `sub` when the request names a
	 * location, else `either`. With an agency OAuth2 credential a `sub` request is sent with the
	 * location's exchanged token, as the node's own requests are.
	 */
	token?: TokenKind;
}

/** The node's Location ID as the editor holds it: a plain string (older workflows) or a picker value. */
export function currentLocationOverride(fn: ILoadOptionsFunctions): string {
	const value = fn.getCurrentNodeParameter('locationId', { extractValue: true }) as unknown;
	const raw =
		value && typeof value === 'object' && 'value' in value
			? (value as { value: unknown }).value
			: value;
	return typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : '';
}

/**
 * A request made while the user edits a node (list search), outside the routing engine: same
 * credentials, location, rate limiter, retries and error messages as the node's own requests.
 */
export async function editorRequest(
	this: ILoadOptionsFunctions,
	request: EditorRequest,
): Promise<IDataObject> {
	const authentication = (this.getCurrentNodeParameter('authentication') ??
		'privateIntegrationToken') as AuthenticationMethod;
	const credentialType =
		CREDENTIAL_TYPES[authentication] ?? CREDENTIAL_TYPES.privateIntegrationToken;
	const credentials = await this.getCredentials<ICredentialDataDecryptedObject>(credentialType);
	const node = this.getNode();
	const location = currentLocationOverride(this) || locationOf(credentials);
	const token = request.token ?? (request.location ? 'sub' : 'either');

	const options: IHttpRequestOptions = {
		method: request.method,
		baseURL: baseUrlOf(credentials),
		url: request.path,
		headers: {
			Accept: 'application/json',
			...(request.version ? { Version: request.version } : {}),
		},
		qs: { ...request.qs },
		body: { ...request.body },
		json: true,
	};
	if (request.location) {
		if (!location) throw missingLocationError(node);
		if (request.location.in === 'path') {
			options.url = request.path.replace('{locationId}', encodeURIComponent(location));
		} else putLocation(options, request.location, location);
	}

	const auth = authorize(
		{
			credentialType,
			credentialId: node.credentials?.[credentialType]?.id ?? node.name,
			isPit: credentialType === CREDENTIAL_TYPES.privateIntegrationToken,
			kind: kindOf(credentials),
			companyId: companyOf(credentials),
			baseUrl: baseUrlOf(credentials),
		},
		location,
		token === 'sub' || token === 'any',
	);
	if (auth.unexchangeable === 'pit') {
		throw new NodeOperationError(node, 'This list needs a sub-account token', {
			description:
				'An agency Private Integration Token cannot read inside a sub-account. Type the ID instead, or use a sub-account Private Integration Token or an OAuth2 credential connected to the agency.',
		});
	}
	if (auth.unexchangeable === 'location') throw missingLocationError(node);
	if (auth.unexchangeable === 'companyId') {
		throw new NodeOperationError(node, "The OAuth2 credential's agency token has no company ID", {
			description: 'Reconnect the GoHighLevel OAuth2 API credential.',
		});
	}
	return await authorizedRequest(
		this,
		auth,
		{
			idempotent: request.idempotent ?? request.method === 'GET',
			errorContext: {
				operation: `${request.method} ${request.path}`,
				scopes: request.scopes,
				itemIndex: 0,
			},
		},
		async (signed) => ((await signed(options)).body ?? {}) as IDataObject,
	);
}
