import type { ResourceDefinition } from '../../shared/builder/types';
import * as field from '../../shared/builder/fields';
import { contactId, WRITE } from './ids';

const workflowId = field.pathId('workflowId', 'Workflow ID', 'ID of the HighLevel workflow');
const eventStartTime = field.dateTime('eventStartTime', 'Event Start Time', {
	description: 'The time the workflow should treat as the event time',
});

export const workflow: ResourceDefinition = {
	value: 'workflow',
	name: 'Workflow',
	description: "A contact's enrolment in HighLevel workflows",
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			name: 'Add Contact',
			action: 'Add a contact to a workflow',
			description: 'Enrol a contact in a HighLevel workflow',
			method: 'POST',
			path: '/contacts/{contactId}/workflow/{workflowId}',
			requiresBody: true,
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, workflowId],
			additionalFields: [eventStartTime],
		},
		{
			value: 'remove',
			name: 'Remove Contact',
			action: 'Remove a contact from a workflow',
			description: 'Remove a contact from a HighLevel workflow',
			method: 'DELETE',
			path: '/contacts/{contactId}/workflow/{workflowId}',
			requiresBody: true,
			version: '2021-07-28',
			scopes: WRITE,
			fields: [contactId, workflowId],
			additionalFields: [eventStartTime],
		},
	],
};
