import type { INodeType, INodeTypeDescription } from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { searchContacts } from '../GoHighLevelCrm/listSearch/contacts';
import { authenticationProperty, credentials, requestDefaults } from '../shared/authentication';
import { nodeProperties } from '../shared/builder/node';
import { searchLocations } from '../shared/listSearch/locations';
import { getUsers, searchUsers } from '../shared/listSearch/users';
import { calendarsResources } from './areas';
import { searchAppointments, searchCalendarGroups, searchCalendars } from './listSearch/calendars';

export class GoHighLevelCalendars implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Calendars',
		name: 'goHighLevelCalendars',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['transform'],
		version: [1, 1.1],
		defaultVersion: 1.1,
		subtitle: '={{$parameter["operation"] + ": " + $parameter["resource"]}}',
		description:
			'Calendars, calendar groups, appointments, blocked and free slots, appointment notes, rooms and equipment, calendar notifications and schedules in HighLevel (GoHighLevel / LeadConnector) API v2',
		defaults: { name: 'GoHighLevel Calendars' },
		usableAsTool: true,
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties(calendarsResources, 'appointment')],
	};

	methods = {
		loadOptions: { getUsers },
		listSearch: {
			searchLocations,
			searchCalendars,
			searchCalendarGroups,
			searchAppointments,
			searchContacts,
			searchUsers,
		},
	};
}
