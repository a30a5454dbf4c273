import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { calendarsNode } from './helpers';

/**
 * Each endpoint's date unit: appointments and blocked slots take ISO 8601 (sent in UTC), the event
 * lists and free slots epoch milliseconds; values without an offset are read in the workflow's time
 * zone (n8n's default, America/New_York, in these runs). A free-slots range over 31 days is refused
 * before any request.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => {
	server.reset();
	server.handler = () => ({ body: { id: 'evt_1', events: [] } });
});

async function run(parameters: INodeParameters) {
	return await runNode({
		nodeType: calendarsNode,
		parameters,
		credentials: pitCredentials(server.baseUrl),
	});
}

describe('ISO 8601 (appointments, blocked slots)', () => {
	test.each([
		['an ISO string with an offset', '2026-02-02T09:00:00+05:30', '2026-02-02T03:30:00Z'],
		['an ISO string in UTC', '2026-02-02T09:00:00.000Z', '2026-02-02T09:00:00Z'],
		['a wall-clock time (workflow time zone)', '2026-02-02T09:00:00', '2026-02-02T14:00:00Z'],
		['epoch milliseconds', 1770022800000, '2026-02-02T09:00:00Z'],
		[
			'a date from an expression',
			'={{ new Date("2026-02-02T09:00:00Z") }}',
			'2026-02-02T09:00:00Z',
		],
	])('appointment start from %s', async (_label, value, sent) => {
		const result = await run({
			resource: 'appointment',
			operation: 'create',
			calendarId: 'cal_1',
			contactId: 'con_1',
			startTime: value,
			endTime: '2026-02-02T23:00:00Z',
		});
		expect(result.error).toBeUndefined();
		const body = server.requests[0].body as IDataObject;
		expect(body.startTime).toBe(sent);
		expect((await loadSpec('calendars')).validate(server.requests[0])).toEqual([]);
	});

	test('a blocked slot sends both ends as ISO', async () => {
		await run({
			resource: 'blockedSlot',
			operation: 'create',
			calendarId: 'cal_1',
			startTime: '2026-02-02T09:00:00-05:00',
			endTime: '2026-02-02T10:00:00-05:00',
		});
		expect(server.requests[0].body).toMatchObject({
			startTime: '2026-02-02T14:00:00Z',
			endTime: '2026-02-02T15:00:00Z',
		});
	});

	test('an unreadable date names the field and sends nothing', async () => {
		const result = await run({
			resource: 'appointment',
			operation: 'create',
			calendarId: 'cal_1',
			contactId: 'con_1',
			startTime: 'next tuesday',
		});
		expect(result.error?.message).toContain('"Start Time" is not a valid date-time');
		expect(server.requests).toHaveLength(0);
	});
});

describe('epoch milliseconds (event lists, blocked-slot lists, free slots)', () => {
	test.each(['appointment', 'blockedSlot'])(
		'%s › Get Many sends the range in ms',
		async (resource) => {
			await run({
				resource,
				operation: 'getAll',
				startTime: '2026-02-01T00:00:00Z',
				endTime: '2026-02-01T00:00:00+01:00',
				filters: { calendarId: { __rl: true, mode: 'id', value: 'cal_1' } },
				returnAll: true,
			});
			expect(server.requests[0].query).toMatchObject({
				startTime: String(Date.UTC(2026, 1, 1)),
				endTime: String(Date.UTC(2026, 1, 1) - 3_600_000),
				calendarId: 'cal_1',
			});
			expect((await loadSpec('calendars')).validate(server.requests[0])).toEqual([]);
		},
	);

	test('free slots: dates in ms, read in the explicit time zone, which is sent as given', async () => {
		await run({
			resource: 'freeSlot',
			operation: 'get',
			calendarId: 'cal_1',
			startDate: '2026-02-01',
			endDate: '2026-02-28T23:59:59Z',
			timezone: 'Europe/Berlin',
		});
		expect(server.requests[0].query).toEqual({
			// A date alone is midnight in the free slots' time zone.
			startDate: String(Date.UTC(2026, 0, 31, 23)),
			endDate: String(Date.UTC(2026, 1, 28, 23, 59, 59)),
			timezone: 'Europe/Berlin',
		});
	});
});

test('free slots without a time zone read a date alone in the workflow time zone', async () => {
	await run({
		resource: 'freeSlot',
		operation: 'get',
		calendarId: 'cal_1',
		startDate: '2026-02-01',
		endDate: '2026-02-02',
	});
	expect(server.requests[0].query).toEqual({
		startDate: String(Date.UTC(2026, 1, 1, 5)),
		endDate: String(Date.UTC(2026, 1, 2, 5)),
	});
});

test('an unknown time zone names the field and sends nothing', async () => {
	const result = await run({
		resource: 'freeSlot',
		operation: 'get',
		calendarId: 'cal_1',
		startDate: '2026-02-01',
		endDate: '2026-02-02',
		timezone: 'Mars/Olympus',
	});
	expect(result.error?.message).toBe('"Time Zone" is not a time zone: "Mars/Olympus"');
	expect(server.requests).toHaveLength(0);
});

describe("free slots: HighLevel's 31-day maximum", () => {
	const freeSlots = (startDate: string, endDate: string) =>
		run({ resource: 'freeSlot', operation: 'get', calendarId: 'cal_1', startDate, endDate });

	test('exactly 31 days is sent', async () => {
		const result = await freeSlots('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z');
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
	});

	test('more than 31 days is refused before any request, naming both fields', async () => {
		const result = await freeSlots('2026-01-01T00:00:00Z', '2026-02-01T00:00:01Z');
		expect(result.error?.message).toBe(
			'The range from "Start Date" to "End Date" is 32 days; HighLevel allows at most 31',
		);
		expect(result.error?.description).toContain('Shorten the range to 31 days or less');
		expect(server.requests).toHaveLength(0);
	});

	test('an end before the start is refused', async () => {
		const result = await freeSlots('2026-02-01T00:00:00Z', '2026-01-01T00:00:00Z');
		expect(result.error?.message).toBe('"End Date" is before "Start Date"');
		expect(server.requests).toHaveLength(0);
	});
});
