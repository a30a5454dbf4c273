import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchItems,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPES, type AuthenticationMethod } from '../api';
import { companyOf, kindOf, locationOf } from '../transport/context';
import { editorRequest } from '../transport/editorRequest';

const PAGE_SIZE = 50;

/** HighLevel's client IDs are the app's ID, a dash and a suffix (`6578278e879ad2646715ba9c-lq3x…`). */
export function appIdOf(clientId: unknown): string | undefined {
	if (typeof clientId !== 'string') return undefined;
	const appId = clientId.trim().split('-')[0];
	return appId || undefined;
}

function row(location: IDataObject): INodeListSearchItems | undefined {
	const id = location._id ?? location.id;
	if (typeof id !== 'string' || !id) return undefined;
	const name = typeof location.name === 'string' && location.name.trim() ? location.name : id;
	return { name, value: id };
}

function rows(locations: unknown, filter?: string): INodeListSearchItems[] {
	const wanted = filter?.trim().toLowerCase() ?? '';
	return (Array.isArray(locations) ? (locations as IDataObject[]) : [])
		.map(row)
		.filter((item): item is INodeListSearchItems => !!item)
		.filter((item) => !wanted || `${item.name} ${item.value}`.toLowerCase().includes(wanted));
}

/**
 * The Location ID picker: the sub-accounts the credential can act on. An agency OAuth2 credential
 * lists the locations its app is installed on (`GET /oauth/installedLocations`, filtered by name on
 * HighLevel's side); an agency Private Integration Token lists the agency's locations
 * (`GET /locations/search`); a sub-account credential shows its own location.
 */
export async function searchLocations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const authentication = (this.getCurrentNodeParameter('authentication') ??
		'privateIntegrationToken') as AuthenticationMethod;
	const credentialType =
		CREDENTIAL_TYPES[authentication] ?? CREDENTIAL_TYPES.privateIntegrationToken;
	const credentials = await this.getCredentials<ICredentialDataDecryptedObject>(credentialType);
	const skip = Math.max(0, Number(paginationToken ?? 0) || 0);

	if (kindOf(credentials) !== 'agency') {
		const own = locationOf(credentials);
		if (!own) return { results: [] };
		const answer = await editorRequest.call(this, {
			method: 'GET',
			path: `/locations/${encodeURIComponent(own)}`,
			version: '2021-07-28',
			scopes: ['locations.readonly'],
			token: 'either',
		});
		const location = (answer.location ?? answer) as IDataObject;
		return { results: rows([{ ...location, id: own }], filter) };
	}

	if (credentialType === CREDENTIAL_TYPES.oAuth2) {
		const companyId = companyOf(credentials);
		const appId = appIdOf(credentials.clientId);
		if (!companyId || !appId) {
			throw new NodeOperationError(this.getNode(), 'Cannot list the installed sub-accounts', {
				description:
					"The OAuth2 credential needs its client ID and a token with the agency's companyId. Reconnect the credential, or type the Location ID.",
			});
		}
		const qs: IDataObject = {
			companyId,
			appId,
			isInstalled: true,
			skip: String(skip),
			limit: String(PAGE_SIZE),
		};
		if (filter?.trim()) qs.query = filter.trim();
		const answer = await editorRequest.call(this, {
			method: 'GET',
			path: '/oauth/installedLocations',
			version: '2021-07-28',
			scopes: ['oauth.readonly'],
			qs,
			token: 'agency',
		});
		const locations = Array.isArray(answer.locations) ? answer.locations : [];
		const total = Number(answer.count);
		const more = Number.isFinite(total)
			? skip + locations.length < total
			: locations.length === PAGE_SIZE;
		return {
			results: rows(locations),
			paginationToken: more && locations.length ? String(skip + locations.length) : undefined,
		};
	}

	// An agency Private Integration Token: the agency's sub-accounts, a page at a time. The search
	// takes no name, so the typed text filters each page.
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/locations/search',
		version: '2021-07-28',
		scopes: ['locations.readonly'],
		qs: { skip: String(skip), limit: String(PAGE_SIZE) },
		token: 'either',
	});
	const locations = Array.isArray(answer.locations) ? answer.locations : [];
	return {
		results: rows(locations, filter),
		paginationToken: locations.length === PAGE_SIZE ? String(skip + PAGE_SIZE) : undefined,
	};
}
