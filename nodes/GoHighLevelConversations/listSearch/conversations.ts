import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest } from '../../shared/transport/editorRequest';

const PAGE_SIZE = 50;

function conversationLabel(conversation: IDataObject): string {
	const who =
		[conversation.fullName, conversation.contactName, conversation.email, conversation.phone].find(
			(value) => typeof value === 'string' && value.trim(),
		) ?? '';
	const last =
		typeof conversation.lastMessageBody === 'string'
			? conversation.lastMessageBody.trim().replace(/\s+/g, ' ').slice(0, 60)
			: '';
	const label = [who, last].filter(Boolean).join(': ');
	return label || String(conversation.id);
}

/** The contact the node names, when it names one: the picker then lists that contact's conversations. */
function contactOf(fn: ILoadOptionsFunctions): string | undefined {
	let value: unknown;
	try {
		value = fn.getCurrentNodeParameter('contactId', { extractValue: true });
	} catch {
		return undefined;
	}
	if (value && typeof value === 'object') value = (value as IDataObject).value;
	return typeof value === 'string' && value.trim() && !value.startsWith('=')
		? value.trim()
		: undefined;
}

/**
 * Conversation picker: HighLevel's conversation search, 50 at a time, continuing after the last
 * conversation's sort value as the user scrolls; the typed filter searches the conversations.
 */
export async function searchConversations(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: PAGE_SIZE };
	const contact = contactOf(this);
	if (contact) qs.contactId = contact;
	if (filter?.trim()) qs.query = filter.trim();
	if (paginationToken) qs.startAfterDate = paginationToken;
	const response = await editorRequest.call(this, {
		method: 'GET',
		path: '/conversations/search',
		version: '2021-04-15',
		scopes: ['conversations.readonly'],
		qs,
		location: { in: 'query', name: 'locationId' },
	});
	const conversations = Array.isArray(response.conversations)
		? (response.conversations as IDataObject[])
		: [];
	const last = conversations[conversations.length - 1];
	let cursor: unknown = last?.sort ?? last?.lastMessageDate;
	if (Array.isArray(cursor)) cursor = cursor.length === 1 ? cursor[0] : cursor.join(',');
	return {
		results: conversations.map((conversation) => ({
			name: conversationLabel(conversation),
			value: String(conversation.id),
		})),
		paginationToken:
			conversations.length === PAGE_SIZE && cursor !== undefined && cursor !== null
				? String(cursor)
				: undefined,
	};
}
