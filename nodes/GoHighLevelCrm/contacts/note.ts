import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { contactId, READ, WRITE } from './ids';

const noteId = field.pathId('id', 'Note ID', 'ID of the note');

const optionalNoteFields: INodeProperties[] = [
	field.string('title', 'Title'),
	field.string('userId', 'User ID', { description: 'ID of the user the note is attributed to' }),
	field.string('color', 'Color', { placeholder: '#FFAA00' }),
	field.boolean('pinned', 'Pinned', { description: 'Whether the note is pinned on the contact' }),
];

export const note: ResourceDefinition = {
	value: 'note',
	name: 'Note',
	description: 'Notes on a contact',
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a note',
			description: 'Add a note to a contact',
			method: 'POST',
			path: '/contacts/{contactId}/notes',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [
				contactId,
				{
					...field.string('body', 'Body', {
						required: true,
						placeholder: 'e.g. Asked for a quote',
					}),
					typeOptions: { rows: 4 },
				},
			],
			additionalFields: optionalNoteFields,
			rootProperty: 'note',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a note',
			description: 'Get a note of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/notes/{id}',
			version: '2021-07-28',
			scopes: READ,
			fields: [contactId, noteId],
			rootProperty: 'note',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many notes',
			description: 'Get the notes of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/notes',
			version: '2021-07-28',
			scopes: READ,
			fields: [contactId],
			list: { rootProperty: 'notes' },
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a note',
			description: 'Update a note of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/notes/{id}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, noteId],
			additionalFields: [
				{ ...field.string('body', 'Body'), typeOptions: { rows: 4 } },
				...optionalNoteFields,
			],
			rootProperty: 'note',
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a note',
			description: 'Delete a note of a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/notes/{id}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, noteId],
		},
	],
};
