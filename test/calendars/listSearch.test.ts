import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { LOCATION, PIT_TOKEN, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runListSearch, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { calendarsNode } from './helpers';

/**
 * The Calendars node's pickers through n8n-core's real LoadOptionsContext: the request each list
 * makes (spec-valid), the typed filter, the second page as the user scrolls, an empty list, and
 * HighLevel's error message shown in the editor.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const many = (
	prefix: string,
	n: number,
	extra: (i: number) => IDataObject = () => ({}),
): IDataObject[] => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${i}`, ...extra(i) }));

const calendarList = many('cal', 70, (i) => ({ name: i % 2 ? `Sales ${i}` : `Support ${i}` }));
const groupList = many('grp', 60, (i) => ({ name: `Group ${i}` }));
const userList = many('usr', 55, (i) => ({
	name: `Member ${i}`,
	email: `member${i}@example.com`,
}));
const appointments = many('apt', 52, (i) => ({
	title: `Consult ${i}`,
	startTime: `2026-03-${String((i % 28) + 1).padStart(2, '0')}T09:00:00Z`,
	appointmentStatus: 'confirmed',
}));

const pickers = [
	{
		method: 'searchCalendars',
		parameter: 'calendarId',
		parameters: { resource: 'calendar', operation: 'get' },
		path: '/calendars/',
		version: '2021-04-15',
		area: 'calendars',
		answer: (list: IDataObject[]) => ({ calendars: list }),
		list: calendarList,
		query: 'sales',
		matching: calendarList.filter((c) => String(c.name).startsWith('Sales')),
		firstLabel: 'Sales 1',
	},
	{
		method: 'searchCalendarGroups',
		parameter: 'groupId',
		parameters: { resource: 'calendarGroup', operation: 'delete' },
		path: '/calendars/groups',
		version: '2021-04-15',
		area: 'calendars',
		answer: (list: IDataObject[]) => ({ groups: list }),
		list: groupList,
		query: 'group',
		matching: groupList,
		firstLabel: 'Group 0',
	},
	{
		method: 'searchUsers',
		parameter: 'userId',
		parameters: { resource: 'schedule', operation: 'getAll' },
		path: '/users/',
		version: '2021-07-28',
		area: 'users',
		answer: (list: IDataObject[]) => ({ users: list }),
		list: userList,
		query: 'EXAMPLE.COM',
		matching: userList,
		firstLabel: 'Member 0 (member0@example.com)',
	},
];

describe.each(pickers)('$method', (picker) => {
	const search = (options: { filter?: string; paginationToken?: string } = {}) =>
		runListSearch({
			nodeType: calendarsNode,
			method: picker.method,
			parameter: picker.parameter,
			parameters: picker.parameters,
			credentials: pitCredentials(server.baseUrl),
			...options,
		});

	test('the first page, filtered by the typed text, then the next as the user scrolls', async () => {
		server.handler = () => ({ body: picker.answer(picker.list) });
		const first = await search({ filter: ` ${picker.query} ` });
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe(`GET ${picker.path}`);
		expect(request.query).toEqual({ locationId: LOCATION });
		expect(request.headers.version).toBe(picker.version);
		expect(request.headers.authorization).toBe(`Bearer ${PIT_TOKEN}`);
		expect((await loadSpec(picker.area)).validate(request)).toEqual([]);
		expect(first.results).toHaveLength(Math.min(50, picker.matching.length));
		expect(first.results.map((r) => r.value)).toEqual(
			picker.matching.slice(0, 50).map((r) => r.id),
		);
		expect(first.results[0].name).toBe(picker.firstLabel);

		if (picker.matching.length > 50) {
			expect(first.paginationToken).toBe('50');
			const second = await search({ filter: picker.query, paginationToken: first.paginationToken });
			expect(second.results.map((r) => r.value)).toEqual(
				picker.matching.slice(50).map((r) => r.id),
			);
			expect(second.paginationToken).toBeUndefined();
		} else {
			expect(first.paginationToken).toBeUndefined();
		}
	});

	test('an empty list', async () => {
		server.handler = () => ({ body: picker.answer([]) });
		const result = await search();
		expect(result).toEqual({ results: [], paginationToken: undefined });
	});

	test("HighLevel's error message reaches the editor", async () => {
		server.handler = () => ({
			status: 401,
			body: { statusCode: 401, message: 'The token is not authorized for this scope.' },
		});
		await expect(search()).rejects.toThrow(
			'Authorization failed: The token is not authorized for this scope.',
		);
	});
});

describe('searchAppointments (the appointments of a contact)', () => {
	const search = (contact: INodeParameters | string, options: IDataObject = {}) =>
		runListSearch({
			nodeType: calendarsNode,
			method: 'searchAppointments',
			parameter: 'eventId',
			parameters: { resource: 'appointment', operation: 'get', appointmentContact: contact },
			credentials: pitCredentials(server.baseUrl),
			...options,
		});

	test("lists the chosen contact's appointments, newest first, 50 at a time", async () => {
		server.handler = () => ({ body: { events: appointments } });
		const first = await search({ __rl: true, mode: 'list', value: 'con_1' });
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe('GET /contacts/con_1/appointments');
		expect(request.headers.version).toBe('2021-07-28');
		expect((await loadSpec('contacts')).validate(request)).toEqual([]);
		expect(first.results).toHaveLength(50);
		expect(first.results[0].name).toBe('Consult 27 · 2026-03-28T09:00:00Z [confirmed]');
		const second = await search(
			{ __rl: true, mode: 'list', value: 'con_1' },
			{ paginationToken: first.paginationToken },
		);
		expect(second.results).toHaveLength(2);
		expect(second.paginationToken).toBeUndefined();
		const all = [...first.results, ...second.results].map((r) => r.value).sort();
		expect(all).toEqual(appointments.map((a) => a.id).sort());
	});

	test('filters by the typed text, and reads a contact given by URL', async () => {
		server.handler = () => ({ body: { events: appointments } });
		const result = await search(
			{
				__rl: true,
				mode: 'url',
				value: 'https://app.gohighlevel.com/v2/location/loc/contacts/detail/con_9',
			},
			{ filter: 'consult 5' },
		);
		expect(server.requests[0].rawPath).toBe('/contacts/con_9/appointments');
		expect(result.results.map((r) => r.value).sort()).toEqual(['apt5', 'apt50', 'apt51']);
	});

	test('an empty list', async () => {
		server.handler = () => ({ body: { events: [] } });
		expect((await search('con_1')).results).toEqual([]);
	});

	test('without a contact it asks for one and calls nothing', async () => {
		await expect(search({ __rl: true, mode: 'list', value: '' })).rejects.toThrow(
			'Choose a contact to list its appointments',
		);
		expect(server.requests).toHaveLength(0);
	});

	test("HighLevel's error message reaches the editor", async () => {
		server.handler = () => ({
			status: 404,
			body: { statusCode: 404, message: 'Contact not found' },
		});
		await expect(search('con_404')).rejects.toThrow('Contact not found');
	});
});

test('a picked appointment is sent in the path; the contact beside it is not sent', async () => {
	server.handler = () => ({ body: { event: { id: 'apt_7' } } });
	const result = await runNode({
		nodeType: calendarsNode,
		parameters: {
			resource: 'appointment',
			operation: 'get',
			eventId: { __rl: true, mode: 'list', value: 'apt_7' },
			appointmentContact: { __rl: true, mode: 'list', value: 'con_1' },
		},
		credentials: pitCredentials(server.baseUrl),
	});
	expect(result.items.map((i) => i.json)).toEqual([{ id: 'apt_7' }]);
	expect(server.requests[0].rawPath).toBe('/calendars/events/appointments/apt_7');
	expect(server.requests[0].query).toEqual({});
});
