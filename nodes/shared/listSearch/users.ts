import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { editorRequest } from '../transport/editorRequest';
import { arrayIn, pageOf } from './page';

function userLabel(user: IDataObject): string {
	const name =
		(typeof user.name === 'string' && user.name.trim()) ||
		[user.firstName, user.lastName]
			.filter((part) => typeof part === 'string' && part.trim())
			.join(' ');
	const email = typeof user.email === 'string' ? user.email : '';
	if (name && email) return `${name} (${email})`;
	return name || email || String(user.id);
}

/**
 * User (team member) picker: the location's users (`GET /users/`, which answers the whole list and
 * works with a sub-account token; `/users/search` needs the agency's company ID), filtered by the
 * typed text and shown 50 at a time as the user scrolls.
 */
export async function searchUsers(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return pageOf(await locationUsers(this), userLabel, filter, paginationToken);
}

async function locationUsers(fn: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const answer = await editorRequest.call(fn, {
		method: 'GET',
		path: '/users/',
		version: '2021-07-28',
		scopes: ['users.readonly'],
		location: { in: 'query', name: 'locationId' },
	});
	return arrayIn(answer, 'users');
}

/** The location's users for inputs that take several user IDs, by name; the value is the ID. */
export async function getUsers(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	return (await locationUsers(this))
		.filter((user) => user.id !== undefined && user.id !== null)
		.map((user) => ({ name: userLabel(user), value: String(user.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}
