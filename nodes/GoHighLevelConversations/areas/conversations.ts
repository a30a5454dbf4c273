import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { simplifyConversation } from '../../shared/builder/simplify';
import facts from '../../shared/spec/conversations.json';
import type { AreaFacts } from '../../shared/spec/types';
import { startAfterSortValue } from '../../shared/transport/paging';
import { users } from '../../shared/recordPickers';
import { contactId, conversationId } from '../pickers';
import { somethingToUpdate } from './shared';

/** Conversations of the Conversations API area (conversations.json): search, get, create, update, delete. */

export const conversationFacts = facts as AreaFacts;

const inputs: Record<string, InputChoice> = {
	conversationId,
	contactId,
	// GET /conversations/search
	id: { displayName: 'Conversation ID', description: 'Only the conversation with this ID' },
	query: { description: 'Free-text search over the conversations' },
	assignedTo: users('Assigned To', '"unassigned" lists the conversations without one'),
	followers: users('Follower'),
	mentions: users('Mentioned User'),
	sort: { displayName: 'Sort Direction', default: 'desc' },
	sortBy: { default: 'last_message_date' },
	status: { default: 'all' },
	startDate: { date: 'epochMs', description: 'Conversations added on or after this time' },
	endDate: { date: 'epochMs', description: 'Conversations added up to this time' },
	scoreProfile: { displayName: 'Score Profile ID' },
	sortScoreProfile: { displayName: 'Sort by Score Profile ID' },
	// PUT /conversations/{conversationId}
	unreadCount: { description: 'Number of unread messages to set; 0 marks it read' },
	starred: { description: 'Whether the conversation is starred' },
	feedback: {
		displayName: 'Feedback (JSON)',
		description: 'Feedback on the conversation, as JSON',
	},
};

export const conversation: ResourceDefinition = {
	value: 'conversation',
	name: 'Conversation',
	noun: { one: 'conversation', many: 'conversations' },
	description: 'The threads of messages with a contact',
	facts: [conversationFacts],
	defaultOperation: 'search',
	operations: [
		{
			value: 'search',
			endpoint: 'GET /conversations/search',
			name: 'Search',
			action: 'Search conversations',
			description: "Search the location's conversations, with filters",
			inputs: { ...inputs, contactId: { displayName: 'Contact ID' } },
			list: {
				records: 'conversations',
				paging: startAfterSortValue({
					limitField: 'limit',
					cursorField: 'startAfterDate',
					sortFields: ['sort', 'lastMessageDate', 'dateUpdated'],
					maxPageSize: 100,
				}),
			},
			simplify: simplifyConversation,
		},
		{
			value: 'get',
			endpoint: 'GET /conversations/{conversationId}',
			inputs,
			simplify: simplifyConversation,
		},
		{ value: 'create', endpoint: 'POST /conversations/', inputs, root: 'conversation' },
		{
			value: 'update',
			endpoint: 'PUT /conversations/{conversationId}',
			inputs,
			root: 'conversation',
			hooks: { preSend: [somethingToUpdate] },
		},
		{ value: 'delete', endpoint: 'DELETE /conversations/{conversationId}', inputs },
	],
};
