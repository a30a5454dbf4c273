import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { toInstant } from '../../shared/builder/dates';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { users } from '../../shared/recordPickers';
import { calendarId, userId } from '../pickers';
import { calendarsFacts } from './calendars';

/**
 * Free slots of a calendar (calendars.json): `GET /calendars/{calendarId}/free-slots` takes the
 * range as epoch milliseconds, at most 31 days, and answers an object keyed by date
 * (`{ "2026-02-02": { "slots": [...] }, "traceId": ... }`).
 */

/** HighLevel's longest free-slots range. */
export const MAX_FREE_SLOTS_DAYS = 31;
const DAY_MS = 86_400_000;

const START_LABEL = 'Start Date';
const END_LABEL = 'End Date';

function isTimeZone(zone: string): boolean {
	try {
		new Intl.DateTimeFormat('en-US', { timeZone: zone });
		return true;
	} catch {
		return false;
	}
}

/**
 * Reads the range in the free slots' own Time Zone when one is given (else the workflow's), so that
 * a date alone means that day there; then refuses, before any request, a range HighLevel would
 * refuse: reversed or over 31 days.
 */
export async function checkFreeSlotsRange(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const given = String(this.getNodeParameter('timezone', '') ?? '').trim();
	if (given && !isTimeZone(given)) {
		throw new NodeOperationError(this.getNode(), `"Time Zone" is not a time zone: "${given}"`, {
			description: 'Use an IANA time zone name such as America/New_York or Europe/Berlin.',
			itemIndex: this.getItemIndex(),
		});
	}
	const zone = given || this.getTimezone();
	const start = toInstant(this.getNodeParameter('startDate', ''), zone);
	const end = toInstant(this.getNodeParameter('endDate', ''), zone);
	// `userIds` goes as userIds=a&userIds=b, the spec's form (n8n's default is userIds[0]=a).
	options.arrayFormat = 'repeat';
	// An empty or unreadable date is reported by its own field, naming it.
	if (start === undefined || end === undefined) return options;
	if (end < start) {
		throw new NodeOperationError(this.getNode(), `"${END_LABEL}" is before "${START_LABEL}"`, {
			description: `Set "${END_LABEL}" to a time after "${START_LABEL}".`,
			itemIndex: this.getItemIndex(),
		});
	}
	if (end - start > MAX_FREE_SLOTS_DAYS * DAY_MS) {
		const days = Math.ceil((end - start) / DAY_MS);
		throw new NodeOperationError(
			this.getNode(),
			`The range from "${START_LABEL}" to "${END_LABEL}" is ${days} days; HighLevel allows at most ${MAX_FREE_SLOTS_DAYS}`,
			{
				description: `Shorten the range to ${MAX_FREE_SLOTS_DAYS} days or less, or split it over several runs (e.g. one per month).`,
				itemIndex: this.getItemIndex(),
			},
		);
	}
	// Sent as read here; the date fields keep epoch milliseconds as they are.
	const qs = (options.qs ?? {}) as IDataObject;
	if ('startDate' in qs) qs.startDate = start;
	if ('endDate' in qs) qs.endDate = end;
	return options;
}

const DATE_KEY = /^\d{4}-\d{2}-\d{2}$/;

/** One item per free slot, with its date, from the answer keyed by date. */
export function slotsOf(answer: IDataObject): IDataObject[] {
	const out: IDataObject[] = [];
	for (const [date, day] of Object.entries(answer).sort(([a], [b]) => a.localeCompare(b))) {
		if (!DATE_KEY.test(date) || !day || typeof day !== 'object') continue;
		const slots = (day as IDataObject).slots;
		if (!Array.isArray(slots)) continue;
		for (const slot of slots) {
			out.push(
				slot && typeof slot === 'object'
					? { date, ...(slot as IDataObject) }
					: { date, slot: slot as string },
			);
		}
	}
	return out;
}

async function splitSlots(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	if (this.getNodeParameter('output', 'byDate') !== 'perSlot') return items;
	return items.flatMap((item) => slotsOf(item.json).map((json) => ({ json })));
}

const output: INodeProperties = {
	displayName: 'Output',
	name: 'output',
	type: 'options',
	options: [
		{
			name: 'As Returned (By Date)',
			value: 'byDate',
			description: 'One item: an object keyed by date, each with its slots',
		},
		{
			name: 'One Item per Slot',
			value: 'perSlot',
			description: 'One item per free slot, with its date: { date, slot }',
		},
	],
	default: 'byDate',
};

const freeSlotInputs: Record<string, InputChoice> = {
	calendarId,
	userId,
	startDate: {
		date: 'epochMs',
		displayName: START_LABEL,
		description: `A date-time or ISO string (sent as epoch milliseconds); at most ${MAX_FREE_SLOTS_DAYS} days before End Date`,
	},
	endDate: {
		date: 'epochMs',
		displayName: END_LABEL,
		description: 'A date-time or ISO string (sent as epoch milliseconds)',
	},
	timezone: {
		displayName: 'Time Zone',
		placeholder: 'America/New_York',
		description:
			"IANA time zone the slots are given in, and the one Start Date and End Date without an offset are read in; the calendar's own (and the workflow's for the dates) when empty",
	},
	userIds: users('User', 'Slots of these users'),
};

export const freeSlot: ResourceDefinition = {
	value: 'freeSlot',
	name: 'Free Slot',
	noun: { one: 'free slot', many: 'free slots' },
	description: 'Bookable times of a calendar',
	facts: [calendarsFacts],
	operations: [
		{
			value: 'get',
			endpoint: 'GET /calendars/{calendarId}/free-slots',
			name: 'Get',
			action: 'Get the free slots of a calendar',
			description: `Free slots of a calendar between two dates (at most ${MAX_FREE_SLOTS_DAYS} days)`,
			fields: ['timezone'],
			inputs: freeSlotInputs,
			extra: [output],
			hooks: { preSend: [checkFreeSlotsRange], postReceive: [splitSlots] },
		},
	],
};

export const freeSlotsArea: ResourceDefinition[] = [freeSlot];
