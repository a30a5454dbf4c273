import * as field from '../../shared/builder/fields';

/** Path parameters shared by the contact sub-resources. */
export const contactId = field.pathId('contactId', 'Contact ID', 'ID of the contact');
export const READ = ['contacts.readonly'];
export const WRITE = ['contacts.write'];
