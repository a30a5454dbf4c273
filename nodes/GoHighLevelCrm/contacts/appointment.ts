import type { ResourceDefinition } from '../../shared/builder/types';
import { contactId, READ } from './ids';

export const appointment: ResourceDefinition = {
	value: 'appointment',
	name: 'Appointment',
	description: "A contact's appointments",
	operations: [
		{
			value: 'getAll',
			name: 'Get Many',
			action: 'Get many appointments of a contact',
			description: 'Get the appointments of a contact',
			method: 'GET',
			path: '/contacts/{contactId}/appointments',
			version: '2021-07-28',
			scopes: READ,
			fields: [contactId],
			list: { rootProperty: 'events' },
		},
	],
};
