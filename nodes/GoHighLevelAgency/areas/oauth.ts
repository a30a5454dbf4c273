import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/oauth.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { companyId } from '../pickers';

/**
 * The OAuth API area (oauth.json): where an agency's app is installed, and a sub-account token from
 * the agency's. `POST /oauth/token` is what the OAuth2 credential itself does (skipped).
 */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	companyId,
	appId: { displayName: 'App ID', description: "The Marketplace app's ID" },
	query: { displayName: 'Search', description: 'Part of the sub-account name' },
	isInstalled: { description: 'Whether to list only the sub-accounts with the app installed' },
	versionId: { displayName: 'App Version ID' },
	onTrial: { description: 'Whether to list only the sub-accounts on a trial of the app' },
	planId: {
		displayName: 'App Plan ID',
		description: 'Only the sub-accounts on this plan of the app',
	},
};

/** The body as application/x-www-form-urlencoded, once the transport has placed the location. */
async function formUrlEncoded(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const form = new URLSearchParams();
	for (const [key, value] of Object.entries((options.body ?? {}) as IDataObject)) {
		if (value !== undefined && value !== null) form.append(key, String(value));
	}
	const headers = Object.fromEntries(
		Object.entries(options.headers ?? {}).filter(([key]) => key.toLowerCase() !== 'content-type'),
	);
	return {
		...options,
		headers: { ...headers, 'Content-Type': 'application/x-www-form-urlencoded' },
		body: form.toString(),
	};
}

export const oauth: ResourceDefinition = {
	value: 'oauth',
	name: 'OAuth',
	noun: { one: 'installation', many: 'installations' },
	description: "An agency app's installations and sub-account tokens",
	facts: [area],
	operations: [
		{
			value: 'getInstalledLocations',
			endpoint: 'GET /oauth/installedLocations',
			name: 'Get Installed Locations',
			action: 'Get the sub accounts an app is installed in',
			description:
				"List the agency's sub-accounts with whether your app is installed in each. Needs an OAuth2 agency token of the app, the company ID and the app ID.",
			inputs,
			list: {
				records: 'locations',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
					asText: true,
				}),
			},
		},
		{
			value: 'getLocationToken',
			endpoint: 'POST /oauth/locationToken',
			name: 'Get Location Token',
			action: 'Get a sub account token from the agency token',
			description:
				"Exchange the agency's OAuth2 token for an access token of one sub-account (set Location ID). Needs an OAuth2 agency token and the company ID.",
			inputs,
			encode: formUrlEncoded,
		},
	],
};
