import * as field from '../../shared/builder/fields';

/** The contact every contact sub-resource hangs off: picked from a search, typed, or from its app URL. */
export const contactId = field.locator('contactId', 'Contact ID', {
	searchListMethod: 'searchContacts',
	description: 'The contact, searched by name, email or phone, or given by ID',
	urlPattern: /\/contacts\/detail\/([A-Za-z0-9_-]+)/,
});
export const READ = ['contacts.readonly'];
export const WRITE = ['contacts.write'];
