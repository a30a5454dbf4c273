import type { IDataObject } from 'n8n-workflow';

import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { calendarsNode } from './helpers';

/**
 * The Calendars lists that page, each over three pages with Limit exact: appointment notes
 * (offset + limit, at most 20 a page), rooms and equipment and calendar notifications (skip + limit,
 * the answer a bare array) and schedules (skip + limit).
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const records = Array.from({ length: 500 }, (_, i) => ({ id: `r${i}` }));

const lists = [
	{
		resource: 'appointmentNote',
		parameters: { appointmentId: 'apt_1' },
		offset: 'offset',
		pageSize: 20,
		limit: 45,
		wrap: (page: IDataObject[]) => ({ notes: page, hasMore: true }),
	},
	{
		resource: 'calendarResource',
		parameters: { resourceType: 'equipments' },
		offset: 'skip',
		pageSize: 100,
		limit: 250,
		wrap: (page: IDataObject[]) => page,
	},
	{
		resource: 'calendarNotification',
		parameters: { calendarId: 'cal_1' },
		offset: 'skip',
		pageSize: 100,
		limit: 201,
		wrap: (page: IDataObject[]) => page,
	},
	{
		resource: 'schedule',
		parameters: { userId: 'user_1' },
		offset: 'skip',
		pageSize: 100,
		limit: 230,
		wrap: (page: IDataObject[]) => ({ schedules: page }),
	},
];

describe.each(lists)(
	'$resource › Get Many',
	({ resource, parameters, offset, pageSize, limit, wrap }) => {
		beforeEach(() => {
			server.handler = (request) => {
				const start = Number(request.query[offset]);
				const size = Number(request.query.limit);
				return { body: wrap(records.slice(start, start + size)) };
			};
		});

		test(`Limit ${limit}: three pages, exactly ${limit} items`, async () => {
			const result = await runNode({
				nodeType: calendarsNode,
				parameters: { resource, operation: 'getAll', ...parameters, returnAll: false, limit },
				credentials: pitCredentials(server.baseUrl),
			});
			expect(result.error).toBeUndefined();
			expect(result.items.map((i) => i.json.id)).toEqual(records.slice(0, limit).map((r) => r.id));
			const pages = server.requests.map((r) => [Number(r.query[offset]), Number(r.query.limit)]);
			expect(pages).toEqual([
				[0, pageSize],
				[pageSize, pageSize],
				[2 * pageSize, limit - 2 * pageSize],
			]);
			const spec = await loadSpec('calendars');
			for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
		});

		test('Return All stops at the first short page', async () => {
			server.handler = (request) => {
				const start = Number(request.query[offset]);
				const size = Number(request.query.limit);
				return { body: wrap(records.slice(start, Math.min(start + size, 2 * pageSize + 3))) };
			};
			const result = await runNode({
				nodeType: calendarsNode,
				parameters: { resource, operation: 'getAll', ...parameters, returnAll: true },
				credentials: pitCredentials(server.baseUrl),
			});
			expect(result.items).toHaveLength(2 * pageSize + 3);
			expect(server.requests).toHaveLength(3);
		});
	},
);
