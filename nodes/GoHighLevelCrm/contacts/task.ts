import type { INodeProperties } from 'n8n-workflow';

import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { contactId, READ, WRITE } from './ids';

const taskId = field.pathId('taskId', 'Task ID', 'ID of the task');

const optionalTaskFields: INodeProperties[] = [
	field.string('body', 'Description', { description: 'Details of the task' }),
	field.string('assignedTo', 'Assigned To (User ID)', {
		description: 'ID of the user responsible for the task',
	}),
];

export const task: ResourceDefinition = {
	value: 'task',
	name: 'Task',
	description: 'Tasks on a contact',
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			name: 'Create',
			action: 'Create a task',
			description: 'Create a task on a contact',
			method: 'POST',
			path: '/contacts/{contactId}/tasks',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [
				contactId,
				field.string('title', 'Title', {
					required: true,
					placeholder: 'e.g. Call back about the quote',
				}),
				field.dateTime('dueDate', 'Due Date', { required: true }),
				field.boolean('completed', 'Completed', {
					description: 'Whether the task is already done',
				}),
			],
			additionalFields: optionalTaskFields,
			rootProperty: 'task',
		},
		{
			value: 'get',
			name: 'Get',
			action: 'Get a task',
			description: 'Get a task of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/tasks/{taskId}',
			version: '2021-07-28',
			scopes: READ,
			fields: [contactId, taskId],
			rootProperty: 'task',
		},
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many tasks',
			description: 'Get the tasks of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/tasks',
			version: '2021-07-28',
			scopes: READ,
			fields: [contactId],
			list: { rootProperty: 'tasks' },
		},
		{
			value: 'update',
			name: 'Update',
			action: 'Update a task',
			description: 'Update a task of a contact',
			method: 'PUT',
			path: '/contacts/{contactId}/tasks/{taskId}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, taskId],
			additionalFields: [
				field.string('title', 'Title'),
				field.dateTime('dueDate', 'Due Date'),
				field.boolean('completed', 'Completed', { description: 'Whether the task is done' }),
				...optionalTaskFields,
			],
			rootProperty: 'task',
		},
		{
			value: 'markCompleted',
			name: 'Mark Completed',
			action: 'Mark a task completed or open',
			description: 'Mark a task as completed, or open again',
			method: 'PUT',
			path: '/contacts/{contactId}/tasks/{taskId}/completed',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [
				contactId,
				taskId,
				field.boolean('completed', 'Completed', {
					default: true,
					description: 'Whether the task is done',
				}),
			],
			rootProperty: 'task',
		},
		{
			value: 'delete',
			name: 'Delete',
			action: 'Delete a task',
			description: 'Delete a task of a contact',
			method: 'DELETE',
			path: '/contacts/{contactId}/tasks/{taskId}',
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, taskId],
		},
	],
};
