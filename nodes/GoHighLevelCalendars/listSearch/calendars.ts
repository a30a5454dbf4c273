import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { arrayIn, pageOf } from '../../shared/listSearch/page';
import { editorRequest } from '../../shared/transport/editorRequest';

/**
 * List searches of the Calendars node. HighLevel answers calendars, groups and a contact's
 * appointments whole, so the lists are filtered by the typed text and paged here, 50 rows at a time.
 */

function named(record: IDataObject): string {
	const name = typeof record.name === 'string' ? record.name.trim() : '';
	return name || String(record.id);
}

/** Calendar picker: `GET /calendars/` of the location. */
export async function searchCalendars(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/calendars/',
		version: '2021-04-15',
		scopes: ['calendars.readonly'],
		location: { in: 'query', name: 'locationId' },
	});
	return pageOf(arrayIn(answer, 'calendars'), named, filter, paginationToken);
}

/** Calendar group picker: `GET /calendars/groups` of the location. */
export async function searchCalendarGroups(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/calendars/groups',
		version: '2021-04-15',
		scopes: ['calendars/groups.readonly'],
		location: { in: 'query', name: 'locationId' },
	});
	return pageOf(arrayIn(answer, 'groups'), named, filter, paginationToken);
}

/** The picked contact of "Contact (for the Appointment List)", whatever mode it was given in. */
function pickedContact(this: ILoadOptionsFunctions): string {
	const raw = this.getCurrentNodeParameter('appointmentContact') as unknown;
	const locator: IDataObject =
		raw && typeof raw === 'object' ? (raw as IDataObject) : { value: raw as string };
	const value = String(locator.value ?? '').trim();
	if (locator.mode === 'url') return /\/contacts\/detail\/([A-Za-z0-9_-]+)/.exec(value)?.[1] ?? '';
	return value;
}

function appointmentLabel(event: IDataObject): string {
	const title = typeof event.title === 'string' && event.title.trim() ? event.title.trim() : '';
	const when = typeof event.startTime === 'string' ? event.startTime : '';
	const status = typeof event.appointmentStatus === 'string' ? ` [${event.appointmentStatus}]` : '';
	return `${[title || 'Appointment', when].filter(Boolean).join(' · ')}${status}`;
}

/** Appointment picker: the appointments of the contact chosen beside it (`GET /contacts/{contactId}/appointments`). */
export async function searchAppointments(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const contactId = pickedContact.call(this);
	if (!contactId) {
		throw new NodeOperationError(this.getNode(), 'Choose a contact to list its appointments', {
			description:
				'Set "Contact (for the Appointment List)" first, or switch Appointment to "By ID" (e.g. {{ $json.appointmentId }} from the GoHighLevel Trigger).',
		});
	}
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: `/contacts/${encodeURIComponent(contactId)}/appointments`,
		version: '2021-07-28',
		scopes: ['contacts.readonly'],
	});
	const events = arrayIn(answer, 'events').sort((a, b) =>
		String(b.startTime ?? '').localeCompare(String(a.startTime ?? '')),
	);
	return pageOf(events, appointmentLabel, filter, paginationToken);
}
