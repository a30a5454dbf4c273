import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest } from '../../shared/transport/editorRequest';

const PAGE_SIZE = 50;

function contactLabel(contact: IDataObject): string {
	const name =
		[contact.firstName, contact.lastName]
			.filter((part) => typeof part === 'string' && part.trim())
			.join(' ') ||
		(contact.contactName as string | undefined) ||
		(contact.companyName as string | undefined) ||
		'';
	const reach =
		(contact.email as string | undefined) || (contact.phone as string | undefined) || '';
	if (name && reach) return `${name} (${reach})`;
	return name || reach || String(contact.id);
}

/** Contact picker: HighLevel's contact search, 50 at a time, following its searchAfter cursor. */
export async function searchContacts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const body: IDataObject = { pageLimit: PAGE_SIZE };
	if (filter?.trim()) body.query = filter.trim();
	if (paginationToken) body.searchAfter = JSON.parse(paginationToken) as IDataObject[];
	const response = await editorRequest.call(this, {
		method: 'POST',
		path: '/contacts/search',
		version: '2021-07-28',
		scopes: ['contacts.readonly'],
		body,
		location: { in: 'body', name: 'locationId' },
		idempotent: true,
	});
	const contacts = Array.isArray(response.contacts) ? (response.contacts as IDataObject[]) : [];
	const cursor = contacts[contacts.length - 1]?.searchAfter;
	return {
		results: contacts.map((contact) => ({
			name: contactLabel(contact),
			value: String(contact.id),
		})),
		paginationToken:
			contacts.length === PAGE_SIZE && Array.isArray(cursor) ? JSON.stringify(cursor) : undefined,
	};
}
