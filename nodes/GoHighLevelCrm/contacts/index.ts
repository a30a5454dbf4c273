import type { ResourceDefinition } from '../../shared/builder/types';
import { appointment } from './appointment';
import { bulk } from './bulk';
import { campaign } from './campaign';
import { contact } from './contact';
import { follower } from './follower';
import { searchContacts } from './listSearch';
import { note } from './note';
import { tag } from './tag';
import { task } from './task';
import { workflow } from './workflow';

/** The Contacts API area (apps/contacts.json): 32 operations. */
export const contactsArea: ResourceDefinition[] = [
	contact,
	task,
	note,
	tag,
	follower,
	campaign,
	workflow,
	appointment,
	bulk,
];

/** List searches the Contacts area's pickers use. */
export const contactsListSearch = { searchContacts };
