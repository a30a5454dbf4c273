import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { NOTIFICATIONS_EXAMPLE } from '../../nodes/GoHighLevelCalendars/areas/notifications';
import { RULES_EXAMPLE } from '../../nodes/GoHighLevelCalendars/areas/schedules';
import { calendarExamples } from '../../nodes/GoHighLevelCalendars/areas/calendars';
import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { calendarsNode } from './helpers';

/** Free slots in both shapes, open hours as rows, and the notification array body. */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

async function run(parameters: INodeParameters) {
	return await runNode({
		nodeType: calendarsNode,
		parameters,
		credentials: pitCredentials(server.baseUrl),
	});
}

describe('free slots', () => {
	const answer = {
		'2026-02-03': { slots: ['2026-02-03T09:00:00-05:00'] },
		'2026-02-02': { slots: ['2026-02-02T09:00:00-05:00', '2026-02-02T09:30:00-05:00'] },
		traceId: 'trace-1',
	};
	beforeEach(() => (server.handler = () => ({ body: answer })));
	const parameters = {
		resource: 'freeSlot',
		operation: 'get',
		calendarId: 'cal_1',
		startDate: '2026-02-02T00:00:00Z',
		endDate: '2026-02-04T00:00:00Z',
	};

	test('as returned: one item keyed by date', async () => {
		const result = await run(parameters);
		expect(result.items.map((i) => i.json)).toEqual([answer]);
	});

	test('one item per slot, with its date, in date order', async () => {
		const result = await run({ ...parameters, output: 'perSlot' });
		expect(result.items.map((i) => i.json)).toEqual([
			{ date: '2026-02-02', slot: '2026-02-02T09:00:00-05:00' },
			{ date: '2026-02-02', slot: '2026-02-02T09:30:00-05:00' },
			{ date: '2026-02-03', slot: '2026-02-03T09:00:00-05:00' },
		]);
	});

	test('user IDs go as a repeated query parameter, as the spec has it', async () => {
		await run({ ...parameters, additionalFields: { userIds: 'u1, u2' } });
		expect(server.requests[0].query.userIds).toEqual(['u1', 'u2']);
		expect((await loadSpec('calendars')).validate(server.requests[0])).toEqual([]);
	});
});

describe('open hours (rows → openHours[].hours[])', () => {
	beforeEach(() => (server.handler = () => ({ body: { calendar: { id: 'cal_1' } } })));

	test('rows with the same days become one entry with several ranges', async () => {
		const result = await run({
			resource: 'calendar',
			operation: 'create',
			name: 'Sales',
			additionalFields: {
				openHours: {
					range: [
						{ days: [5, 1], from: '09:00', to: '12:00' },
						{ days: [6], from: '10:00', to: '14:30' },
						{ days: [1, 5], from: '13:00', to: '17:00' },
					],
				},
			},
		});
		expect(result.error).toBeUndefined();
		expect((server.requests[0].body as IDataObject).openHours).toEqual([
			{
				daysOfTheWeek: [1, 5],
				hours: [
					{ openHour: 9, openMinute: 0, closeHour: 12, closeMinute: 0 },
					{ openHour: 13, openMinute: 0, closeHour: 17, closeMinute: 0 },
				],
			},
			{
				daysOfTheWeek: [6],
				hours: [{ openHour: 10, openMinute: 0, closeHour: 14, closeMinute: 30 }],
			},
		]);
		expect((await loadSpec('calendars')).validate(server.requests[0])).toEqual([]);
	});

	test.each([
		[{ days: [1], from: '9am', to: '17:00' }, '"Open Hours" row 1 needs "From" and "To" as HH:MM'],
		[{ days: [], from: '09:00', to: '17:00' }, '"Open Hours" row 1 has no days'],
		[{ days: [1], from: '17:00', to: '09:00' }, '"Open Hours" row 1 closes before it opens'],
	])('a bad row is refused: %j', async (row, message) => {
		const result = await run({
			resource: 'calendar',
			operation: 'update',
			calendarId: 'cal_1',
			updateFields: { openHours: { range: [row] } },
		});
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});
});

describe('calendar notifications: a bare array as the body', () => {
	beforeEach(() => (server.handler = () => ({ body: [{ _id: 'n1' }, { _id: 'n2' }] })));

	test('the placeholder example is sent as the body, and valid', async () => {
		const result = await run({
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: 'cal_1',
			notificationList: NOTIFICATIONS_EXAMPLE,
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toEqual(JSON.parse(NOTIFICATIONS_EXAMPLE));
		expect((await loadSpec('calendars')).validate(server.requests[0])).toEqual([]);
		expect(result.items.map((i) => i.json)).toEqual([{ _id: 'n1' }, { _id: 'n2' }]);
	});

	test.each([
		['{not json', '"Notifications (JSON)" is not valid JSON'],
		['[]', '"Notifications (JSON)" must be a JSON array with at least one notification'],
		[
			'[{"channel": "email"}]',
			'"Notifications (JSON)" entry 1 has no receiverType, notificationType',
		],
	])('%s is refused before any request', async (value, message) => {
		const result = await run({
			resource: 'calendarNotification',
			operation: 'create',
			calendarId: 'cal_1',
			notificationList: value,
		});
		expect(result.error?.message).toContain(message);
		expect(server.requests).toHaveLength(0);
	});
});

test('every JSON placeholder is a valid example for its endpoint', async () => {
	server.handler = () => ({ body: { calendar: { id: 'c' }, schedule: { id: 's' } } });
	await run({
		resource: 'calendar',
		operation: 'create',
		name: 'Sales',
		additionalFields: {
			teamMembers: calendarExamples.teamMembers,
			notifications: calendarExamples.notifications,
			availabilities: calendarExamples.availabilities,
			locationConfigurations: calendarExamples.locationConfigurations,
			recurring: calendarExamples.recurring,
			lookBusyConfig: calendarExamples.lookBusyConfig,
		},
	});
	await run({
		resource: 'schedule',
		operation: 'update',
		id: 'sch_1',
		updateFields: { rules: RULES_EXAMPLE },
	});
	const spec = await loadSpec('calendars');
	expect(server.requests).toHaveLength(2);
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
	expect((server.requests[0].body as IDataObject).teamMembers).toEqual(
		JSON.parse(calendarExamples.teamMembers),
	);
});
