import * as field from '../shared/builder/fields';

/** Record pickers shared by the CRM node's areas: search a list, type an ID, or paste an app URL. */

export const contactId = field.locator('contactId', 'Contact ID', {
	searchListMethod: 'searchContacts',
	description: 'The contact, searched by name, email or phone, or given by ID',
	urlPattern: /\/contacts\/detail\/([A-Za-z0-9_-]+)/,
});
