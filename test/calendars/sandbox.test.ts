import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { IDataObject } from 'n8n-workflow';

import { createSandbox, type Sandbox } from '../../sandbox/server';
import { runNode } from '../helpers/harness';
import { calendarsNode } from './helpers';

/**
 * The Calendars node against the sandbox (the stand-in `npm start` and the e2e suite run): the loop of
 * the example workflows — an appointment is booked (a signed AppointmentCreate goes out), the node gets
 * it by the id the trigger would hand over, lists the contact's appointments and updates it.
 */

const TOKEN = 'sandbox-node-token';
const LOCATION = 'sandboxLocation0001';
let sandbox: Sandbox;
let receiver: Server;
const deliveries: IDataObject[] = [];

beforeAll(async () => {
	receiver = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			deliveries.push(JSON.parse(Buffer.concat(chunks).toString('utf8')) as IDataObject);
			res.writeHead(200).end('ok');
		});
	});
	await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
	const port = (receiver.address() as AddressInfo).port;
	sandbox = createSandbox({
		token: TOKEN,
		locationId: LOCATION,
		webhookUrls: [`http://127.0.0.1:${port}/hook`],
	});
	await sandbox.start();
});

afterAll(async () => {
	await sandbox.stop();
	await new Promise<void>((r) => receiver.close(() => r()));
});

const credentials = () => ({
	goHighLevelPrivateIntegrationApi: {
		token: TOKEN,
		tokenType: 'subAccount',
		locationId: LOCATION,
		baseUrl: sandbox.url,
	},
});

test('book, get by the delivered id, list and update an appointment through the node', async () => {
	const booked = await runNode({
		nodeType: calendarsNode,
		parameters: {
			resource: 'appointment',
			operation: 'create',
			calendarId: 'sandboxCalendar0001',
			contactId: 'contact_1',
			startTime: '2026-02-02T09:00:00-05:00',
			title: 'Intro call',
		},
		credentials: credentials(),
	});
	expect(booked.error).toBeUndefined();
	const appointment = booked.items[0].json;
	expect(appointment).toMatchObject({
		calendarId: 'sandboxCalendar0001',
		contactId: 'contact_1',
		title: 'Intro call',
		startTime: '2026-02-02T14:00:00.000Z',
	});

	await sandbox.flush();
	const delivery = deliveries.find((d) => d.type === 'AppointmentCreate');
	expect((delivery?.appointment as IDataObject).id).toBe(appointment.id);

	// The trigger hands over `appointmentId`: the node takes it By ID.
	const got = await runNode({
		nodeType: calendarsNode,
		parameters: {
			resource: 'appointment',
			operation: 'get',
			eventId: { __rl: true, mode: 'id', value: '={{ $json.appointmentId }}' },
		},
		items: [{ json: { appointmentId: (delivery?.appointment as IDataObject).id } }],
		credentials: credentials(),
	});
	expect(got.error).toBeUndefined();
	expect(got.items.map((i) => i.json)).toEqual([appointment]);

	const listed = await runNode({
		nodeType: calendarsNode,
		parameters: {
			resource: 'appointment',
			operation: 'getAll',
			startTime: '2026-02-02T00:00:00Z',
			endTime: '2026-02-03T00:00:00Z',
			filters: { calendarId: { __rl: true, mode: 'id', value: 'sandboxCalendar0001' } },
			returnAll: true,
		},
		credentials: credentials(),
	});
	expect(listed.items.map((i) => i.json.id)).toEqual([appointment.id]);

	const updated = await runNode({
		nodeType: calendarsNode,
		parameters: {
			resource: 'appointment',
			operation: 'update',
			eventId: String(appointment.id),
			updateFields: { appointmentStatus: 'showed' },
		},
		credentials: credentials(),
	});
	expect(updated.items[0].json).toMatchObject({ id: appointment.id, appointmentStatus: 'showed' });
	const calendars = await runNode({
		nodeType: calendarsNode,
		parameters: { resource: 'calendar', operation: 'getAll', returnAll: true },
		credentials: credentials(),
	});
	expect(calendars.items.map((i) => i.json.id)).toEqual(['sandboxCalendar0001']);
});
