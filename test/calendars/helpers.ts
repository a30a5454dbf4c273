import type { IDataObject, INodeParameters, INodeProperties } from 'n8n-workflow';

import { GoHighLevelCalendars } from '../../nodes/GoHighLevelCalendars/GoHighLevelCalendars.node';
import { loadDeclarativeNode } from '../helpers/harness';

/** The Calendars node as n8n's loader prepares it, and parameters that exercise its operations. */
export const calendarsNode = loadDeclarativeNode(new GoHighLevelCalendars());

export const START = '2026-02-02T09:00:00Z';
export const END = '2026-02-03T10:30:00Z';

/** Properties the editor shows for one operation (other than the selectors). */
export function propertiesOf(resource: string, operation: string): INodeProperties[] {
	return calendarsNode.description.properties.filter((p) => {
		const show = p.displayOptions?.show;
		if (!show) return false;
		return (
			(show.resource as string[] | undefined)?.includes(resource) &&
			(show.operation as string[] | undefined)?.includes(operation)
		);
	});
}

const STRINGS: Record<string, string> = {
	alertEmail: 'team@example.com',
	additionalEmailIds: 'a@example.com, b@example.com',
	additionalPhoneNumbers: '+15550100',
	fromAddress: 'team@example.com',
	timezone: 'America/New_York',
	slug: 'sales-team',
	eventColor: '#039be5',
	calendarIds: 'cal_1, cal_2',
	userIds: 'user_1, user_2',
	selectedUsers: 'user_1',
	formSubmitRedirectURL: 'https://example.com/thanks',
	calendarCoverImage: 'https://example.com/cover.png',
	rrule: 'RRULE:FREQ=DAILY;INTERVAL=1;COUNT=5',
};

/** A value for a property, valid for HighLevel's schema. */
export function sampleValue(property: INodeProperties): unknown {
	switch (property.type) {
		case 'resourceLocator':
			return { __rl: true, mode: 'id', value: `${property.name}_1` };
		case 'dateTime':
			return /end/i.test(property.name) ? END : START;
		case 'number':
			return 1;
		case 'boolean':
			return true;
		case 'options':
			return property.default !== '' ? property.default : property.options?.[0];
		case 'json':
			return property.placeholder && property.placeholder.trim().match(/^[[{]/)
				? property.placeholder
				: property.default;
		case 'fixedCollection':
			return {
				range: [
					{ days: [1, 2, 3], from: '09:00', to: '12:00' },
					{ days: [1, 2, 3], from: '13:00', to: '17:00' },
				],
			};
		case 'string':
			return STRINGS[property.name] ?? `${property.name} value`;
		default:
			return property.default;
	}
}

/** Parameters for one operation: required inputs only, or every input it offers. */
export function parametersFor(resource: string, operation: string, all: boolean): INodeParameters {
	const parameters: IDataObject = { resource, operation };
	for (const property of propertiesOf(resource, operation)) {
		if (property.name === 'returnAll') parameters.returnAll = false;
		else if (property.name === 'limit') parameters.limit = 2;
		else if (property.type === 'collection') {
			if (!all) continue;
			const values: IDataObject = {};
			for (const option of (property.options ?? []) as INodeProperties[]) {
				values[option.name] = sampleValue(option) as IDataObject;
			}
			parameters[property.name] = values;
		} else if (property.required || all) {
			parameters[property.name] = sampleValue(property) as IDataObject;
		}
	}
	return parameters as INodeParameters;
}

/** One answer that suits every operation: each record root and list key HighLevel uses. */
export const ANY_ANSWER = {
	calendar: { id: 'cal_1', name: 'Sales' },
	calendars: [{ id: 'cal_1', name: 'Sales' }],
	group: { id: 'grp_1' },
	groups: [{ id: 'grp_1' }],
	event: { id: 'evt_1' },
	events: [{ id: 'evt_1' }],
	note: { id: 'note_1' },
	notes: [{ id: 'note_1' }],
	schedule: { id: 'sch_1' },
	schedules: [{ id: 'sch_1' }],
	'2026-02-02': { slots: ['2026-02-02T09:00:00-05:00', '2026-02-02T09:30:00-05:00'] },
	traceId: 'trace-1',
};
