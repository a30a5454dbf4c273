import type {
	ICredentialDataDecryptedObject,
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { CREDENTIAL_TYPES, type AuthenticationMethod } from '../../shared/api';
import { arrayIn, pageOf, PAGE_SIZE } from '../../shared/listSearch/page';
import { editorRequest } from '../../shared/transport/editorRequest';

/** The Agency node's pickers: users, snapshots, SaaS plans and custom menus (sub-accounts: the shared Location ID). */

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

function labelled(name: unknown, detail: unknown, id: unknown): string {
	const main = text(name);
	const extra = text(detail);
	if (main && extra) return `${main} (${extra})`;
	return main || extra || String(id);
}

/**
 * The agency whose records a list shows: the operation's Company ID when it has one, else the
 * company of an OAuth2 agency install. A Private Integration Token names no company.
 */
async function companyOf(fn: ILoadOptionsFunctions, required: boolean): Promise<string> {
	const typed = text(fn.getCurrentNodeParameter('companyId'));
	if (typed && !typed.startsWith('=')) return typed;
	const authentication = (fn.getCurrentNodeParameter('authentication') ??
		'privateIntegrationToken') as AuthenticationMethod;
	if (authentication === 'oAuth2') {
		const credentials = await fn.getCredentials<ICredentialDataDecryptedObject>(
			CREDENTIAL_TYPES.oAuth2,
		);
		const tokenData = (credentials.oauthTokenData ?? {}) as IDataObject;
		const company = text(tokenData.companyId);
		if (company) return company;
	}
	if (!required) return '';
	throw new NodeOperationError(fn.getNode(), "This list needs the agency's Company ID", {
		description:
			'Fill in Company ID first (a fixed value, not an expression), or use an OAuth2 credential installed on the agency. You can also give the record By ID.',
	});
}

/** User picker: HighLevel's user search over the agency (name, email or phone), 50 at a time. */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = {
		companyId: await companyOf(this, true),
		skip: String(skip),
		limit: String(PAGE_SIZE),
	};
	if (filter?.trim()) qs.query = filter.trim();
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/users/search',
		version: '2021-07-28',
		scopes: ['users.readonly'],
		qs,
	});
	const users = arrayIn(answer, 'users');
	const name = (user: IDataObject) =>
		text(user.name) || [text(user.firstName), text(user.lastName)].filter(Boolean).join(' ');
	const total = typeof answer.count === 'number' ? answer.count : undefined;
	const next = skip + users.length;
	return {
		results: users.map((user) => ({
			name: labelled(name(user), user.email, user.id),
			value: String(user.id),
		})),
		paginationToken:
			users.length === PAGE_SIZE && (total === undefined || next < total)
				? String(next)
				: undefined,
	};
}

/** Snapshot picker: the agency's snapshots (one answer), filtered by name and shown 50 at a time. */
export async function searchSnapshots(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/snapshots/',
		version: '2021-07-28',
		scopes: [],
		qs: { companyId: await companyOf(this, true) },
	});
	return pageOf(
		arrayIn(answer, 'snapshots'),
		(snapshot) => labelled(snapshot.name, snapshot.type, snapshot.id),
		filter,
		paginationToken,
	);
}

/** SaaS plan picker: the agency's plans (one answer, a bare list), filtered by title. */
export async function searchSaasPlans(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const company = await companyOf(this, true);
	const answer = (await editorRequest.call(this, {
		method: 'GET',
		path: `/saas/agency-plans/${encodeURIComponent(company)}`,
		version: '2021-04-15',
		scopes: [],
	})) as unknown;
	const plans = Array.isArray(answer) ? (answer as IDataObject[]) : arrayIn(answer as IDataObject);
	return pageOf(
		plans.map((plan) => ({ ...plan, id: plan.planId ?? plan.id })),
		(plan) => labelled(plan.title, undefined, plan.id),
		filter,
		paginationToken,
	);
}

/** Custom menu picker: HighLevel's custom menu search by title, 50 at a time by skip. */
export async function searchCustomMenus(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const skip = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { skip, limit: PAGE_SIZE };
	if (filter?.trim()) qs.query = filter.trim();
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/custom-menus/',
		version: '2021-07-28',
		scopes: ['custom-menu-link.readonly'],
		qs,
	});
	const menus = arrayIn(answer, 'customMenus');
	const total = typeof answer.totalLinks === 'number' ? answer.totalLinks : undefined;
	const next = skip + menus.length;
	return {
		results: menus.map((menu) => ({
			name: labelled(menu.title, menu.url, menu.id),
			value: String(menu.id),
		})),
		paginationToken:
			menus.length === PAGE_SIZE && (total === undefined || next < total)
				? String(next)
				: undefined,
	};
}
