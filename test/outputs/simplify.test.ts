import type { IDataObject, INodeParameters, INodeType } from 'n8n-workflow';

import { GoHighLevelAgency } from '../../nodes/GoHighLevelAgency/GoHighLevelAgency.node';
import { GoHighLevelCalendars } from '../../nodes/GoHighLevelCalendars/GoHighLevelCalendars.node';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import { GoHighLevelCrm } from '../../nodes/GoHighLevelCrm/GoHighLevelCrm.node';
import { GoHighLevelPayments } from '../../nodes/GoHighLevelPayments/GoHighLevelPayments.node';
import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runNode } from '../helpers/harness';

/**
 * Simplify on the appointment, conversation, invoice and user records: on for new nodes (version
 * 1.1), off for workflows saved with version 1 (which may turn it on); lists are simplified record by
 * record, after every page is read.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const credentials = () => pitCredentials(server.baseUrl, { locationId: 'loc_Outputs01' });

const calendars = loadDeclarativeNode(new GoHighLevelCalendars());
const conversations = loadDeclarativeNode(new GoHighLevelConversations());
const payments = loadDeclarativeNode(new GoHighLevelPayments());
const agency = loadDeclarativeNode(new GoHighLevelAgency());
const crm = loadDeclarativeNode(new GoHighLevelCrm());

const appointment = {
	id: 'ev1',
	title: 'Intro call',
	calendarId: 'cal1',
	contactId: 'c1',
	locationId: 'loc_Outputs01',
	appointmentStatus: 'confirmed',
	assignedUserId: 'u1',
	users: ['u1', 'u2'],
	startTime: '2026-02-02T09:00:00Z',
	endTime: '2026-02-02T09:30:00Z',
	dateAdded: '2026-01-30T10:00:00Z',
	masterEventId: 'm1',
	assignedResources: [],
	createdBy: { userId: 'u1', source: 'web' },
};
const simpleAppointment = {
	id: 'ev1',
	title: 'Intro call',
	calendarId: 'cal1',
	contactId: 'c1',
	appointmentStatus: 'confirmed',
	assignedUserId: 'u1',
	startTime: '2026-02-02T09:00:00Z',
	endTime: '2026-02-02T09:30:00Z',
	dateAdded: '2026-01-30T10:00:00Z',
};

const conversation = {
	id: 'conv1',
	contactId: 'c1',
	locationId: 'loc_Outputs01',
	fullName: 'Ada Lovelace',
	email: 'ada@example.com',
	type: 'TYPE_PHONE',
	lastMessageBody: 'See you then',
	lastMessageType: 'TYPE_SMS',
	lastMessageDate: 1769000000000,
	unreadCount: 1,
	deleted: false,
	inbox: true,
	followers: ['u1'],
	scoring: [],
	sort: [1769000000000],
};
const simpleConversation = {
	id: 'conv1',
	contactId: 'c1',
	fullName: 'Ada Lovelace',
	email: 'ada@example.com',
	type: 'TYPE_PHONE',
	lastMessageBody: 'See you then',
	lastMessageType: 'TYPE_SMS',
	lastMessageDate: 1769000000000,
	unreadCount: 1,
	inbox: true,
};

const invoice = {
	_id: 'inv1',
	invoiceNumber: '1001',
	name: 'Consulting',
	status: 'sent',
	altId: 'loc_Outputs01',
	altType: 'location',
	currency: 'USD',
	total: 250,
	amountDue: 250,
	amountPaid: 0,
	contactDetails: { id: 'c1', name: 'Ada Lovelace' },
	businessDetails: { name: 'Acme', address: {} },
	invoiceItems: [{ name: 'Hour', amount: 125, qty: 2 }],
	dueDate: '2026-02-15',
	remindersConfiguration: {},
};
const simpleInvoice = {
	_id: 'inv1',
	invoiceNumber: '1001',
	name: 'Consulting',
	status: 'sent',
	currency: 'USD',
	total: 250,
	amountDue: 250,
	amountPaid: 0,
	contactDetails: { id: 'c1', name: 'Ada Lovelace' },
	dueDate: '2026-02-15',
};

const user = {
	id: 'u1',
	name: 'Grace Hopper',
	firstName: 'Grace',
	lastName: 'Hopper',
	email: 'grace@example.com',
	roles: { type: 'account', role: 'admin', locationIds: ['loc_Outputs01'] },
	permissions: { campaignsEnabled: true, contactsEnabled: true },
	scopes: 'contacts.write',
	lcPhone: {},
};
const simpleUser = {
	id: 'u1',
	name: 'Grace Hopper',
	firstName: 'Grace',
	lastName: 'Hopper',
	email: 'grace@example.com',
	roles: { type: 'account', role: 'admin', locationIds: ['loc_Outputs01'] },
};

interface Case {
	name: string;
	nodeType: INodeType;
	parameters: INodeParameters;
	answer: IDataObject;
	full: IDataObject;
	simple: IDataObject;
}

const cases: Case[] = [
	{
		name: 'appointment › get',
		nodeType: calendars,
		parameters: { resource: 'appointment', operation: 'get', eventId: 'ev1' },
		answer: { event: appointment },
		full: appointment,
		simple: simpleAppointment,
	},
	{
		name: 'appointment › create',
		nodeType: calendars,
		parameters: {
			resource: 'appointment',
			operation: 'create',
			calendarId: 'cal1',
			contactId: 'c1',
			startTime: '2026-02-02T09:00:00Z',
		},
		answer: appointment,
		full: appointment,
		simple: simpleAppointment,
	},
	{
		name: 'appointment › update',
		nodeType: calendars,
		parameters: {
			resource: 'appointment',
			operation: 'update',
			eventId: 'ev1',
			updateFields: { title: 'Intro call' },
		},
		answer: appointment,
		full: appointment,
		simple: simpleAppointment,
	},
	{
		name: 'conversation › get',
		nodeType: conversations,
		parameters: { resource: 'conversation', operation: 'get', conversationId: 'conv1' },
		answer: conversation,
		full: conversation,
		simple: simpleConversation,
	},
	{
		name: 'invoice › get',
		nodeType: payments,
		parameters: { resource: 'invoice', operation: 'get', invoiceId: 'inv1' },
		answer: invoice,
		full: invoice,
		simple: simpleInvoice,
	},
	{
		name: 'user › get',
		nodeType: agency,
		parameters: { resource: 'user', operation: 'get', userId: 'u1' },
		answer: user,
		full: user,
		simple: simpleUser,
	},
];

describe.each(cases)('$name', ({ nodeType, parameters, answer, full, simple }) => {
	const run = async (typeVersion: number, extra: INodeParameters = {}) => {
		server.handler = () => ({ body: answer });
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, ...extra },
			credentials: credentials(),
			typeVersion,
		});
		expect(result.error).toBeUndefined();
		return result.items.map((item) => item.json);
	};

	test('a new node (version 1.1) simplifies; Simplify off returns the whole record', async () => {
		expect(await run(1.1)).toEqual([simple]);
		expect(await run(1.1, { simplify: false })).toEqual([full]);
	});

	test('a workflow saved with version 1 keeps the whole record, and may turn Simplify on', async () => {
		expect(await run(1)).toEqual([full]);
		expect(await run(1, { simplify: true })).toEqual([simple]);
	});
});

describe('lists', () => {
	test('appointment › get many: each event simplified; version 1 keeps them whole', async () => {
		server.handler = () => ({ body: { events: [appointment, { ...appointment, id: 'ev2' }] } });
		const parameters: INodeParameters = {
			resource: 'appointment',
			operation: 'getAll',
			startTime: '2026-02-02T00:00:00Z',
			endTime: '2026-02-03T00:00:00Z',
			filters: { calendarId: 'cal1' },
			returnAll: true,
		};
		const now = await runNode({
			nodeType: calendars,
			parameters,
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(now.error).toBeUndefined();
		expect(now.items.map((item) => item.json)).toEqual([
			simpleAppointment,
			{ ...simpleAppointment, id: 'ev2' },
		]);
		const saved = await runNode({
			nodeType: calendars,
			parameters,
			credentials: credentials(),
			typeVersion: 1,
		});
		expect(saved.items.map((item) => item.json)).toEqual([
			appointment,
			{ ...appointment, id: 'ev2' },
		]);
	});

	test('invoice › get many and user › search: each record simplified', async () => {
		server.handler = () => ({ body: { invoices: [invoice], total: 1 } });
		const invoices = await runNode({
			nodeType: payments,
			parameters: { resource: 'invoice', operation: 'getAll', limit: 1 },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(invoices.error).toBeUndefined();
		expect(invoices.items.map((item) => item.json)).toEqual([simpleInvoice]);

		server.handler = () => ({ body: { users: [user], count: 1 } });
		const users = await runNode({
			nodeType: agency,
			parameters: { resource: 'user', operation: 'search', companyId: 'co1', limit: 1 },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(users.error).toBeUndefined();
		expect(users.items.map((item) => item.json)).toEqual([simpleUser]);
	});

	test('conversation › search pages by the sort value Simplify leaves out', async () => {
		// Three pages of 100: each record's sort value (not its last message date) is the cursor.
		const all = Array.from({ length: 250 }, (_, i) => ({
			...conversation,
			id: `conv${i}`,
			sort: [2_000_000 - i],
			lastMessageDate: 1769000000000,
		}));
		server.handler = (request) => {
			const query = request.query as Record<string, string>;
			const after = query.startAfterDate ? Number(query.startAfterDate) : Infinity;
			const rest = all.filter((record) => record.sort[0] < after);
			return { body: { conversations: rest.slice(0, Number(query.limit)), total: 250 } };
		};
		const { items, error } = await runNode({
			nodeType: conversations,
			parameters: { resource: 'conversation', operation: 'search', returnAll: true },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(error).toBeUndefined();
		expect(server.requests).toHaveLength(3);
		expect(items).toHaveLength(250);
		expect(items[249].json).toEqual({ ...simpleConversation, id: 'conv249' });
	});

	test('contact › get many (CRM) pages by the searchAfter key Simplify leaves out', async () => {
		const all = Array.from({ length: 150 }, (_, i) => ({
			id: `c${i}`,
			firstName: `Ada ${i}`,
			searchAfter: [i, `c${i}`],
			attributionSource: { medium: 'web' },
		}));
		server.handler = (request) => {
			const body = request.body as { pageLimit: number; searchAfter?: [number, string] };
			const from = body.searchAfter ? body.searchAfter[0] + 1 : 0;
			return { body: { contacts: all.slice(from, from + body.pageLimit), total: 150 } };
		};
		const { items, error } = await runNode({
			nodeType: crm,
			parameters: { resource: 'contact', operation: 'getAll', returnAll: true },
			credentials: credentials(),
			typeVersion: 1.1,
		});
		expect(error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		expect(items.map((item) => item.json)).toEqual(
			all.map(({ id, firstName }) => ({ id, firstName })),
		);
	});
});
