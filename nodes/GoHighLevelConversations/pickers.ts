import * as field from '../shared/builder/fields';

export { contactId } from '../GoHighLevelCrm/pickers';

/** Record pickers of the Conversations node: search a list, type an ID, or paste an app URL. */

export const conversationId = field.locator('conversationId', 'Conversation ID', {
	searchListMethod: 'searchConversations',
	description:
		'The conversation, picked from the list (of the contact set on this node, when there is one), or given by ID',
	urlPattern: /\/conversations\/conversations\/([A-Za-z0-9_-]+)/,
});
