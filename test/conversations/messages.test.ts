import { NodeHelpers, type IDataObject, type INodeProperties } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import conversations from '../../nodes/shared/spec/conversations.json';
import type { AreaFacts } from '../../nodes/shared/spec/types';

/** Sending messages of each type, scheduling and cancelling, and custom providers' messages. */

const nodeType = loadDeclarativeNode(new GoHighLevelConversations());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const sent = { conversationId: 'conv1', messageId: 'msg1' };

/** The Additional Fields of Message › Send that n8n shows for a message type. */
function fieldsShownFor(type: string): string[] {
	const values = { resource: 'message', operation: 'send', type };
	const node = { typeVersion: 1 };
	const shown = (property: INodeProperties) =>
		NodeHelpers.displayParameter(values, property, node, nodeType.description, values);
	const additional = nodeType.description.properties.find(
		(p) => p.name === 'additionalFields' && shown(p),
	);
	return ((additional?.options ?? []) as INodeProperties[])
		.filter(shown)
		.map((option) => option.name);
}

describe('Message › Send', () => {
	test('each type shows only the fields it uses', () => {
		const sms = fieldsShownFor('SMS');
		const email = fieldsShownFor('Email');
		expect(sms).toEqual(expect.arrayContaining(['fromNumber', 'toNumber', 'attachments']));
		expect(sms).not.toEqual(expect.arrayContaining(['subject']));
		expect(sms.filter((name) => name.startsWith('email') || name === 'html')).toEqual([]);
		expect(email).toEqual(
			expect.arrayContaining(['subject', 'html', 'emailCc', 'emailBcc', 'threadId', 'attachments']),
		);
		expect(email).not.toContain('fromNumber');
		expect(fieldsShownFor('WhatsApp')).toContain('toNumber');
		expect(fieldsShownFor('Custom')).not.toContain('subject');
	});

	test('an SMS to a contact, scheduled: the time goes out in Unix seconds, email fields stay out', async () => {
		server.handler = () => ({ status: 201, body: sent });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'send',
				type: 'SMS',
				contactId: 'contact1',
				message: 'Your appointment is confirmed',
				additionalFields: {
					scheduledTimestamp: '2026-12-24T09:30:00Z',
					fromNumber: '+15550100',
					attachments: 'https://files.example/a.png, https://files.example/b.pdf',
					// Set while the type was Email: hidden for SMS, so not sent.
					subject: 'Left over',
				},
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toEqual({
			type: 'SMS',
			subType: 'SMS',
			contactId: 'contact1',
			status: 'pending',
			message: 'Your appointment is confirmed',
			scheduledTimestamp: Date.UTC(2026, 11, 24, 9, 30) / 1000,
			fromNumber: '+15550100',
			attachments: ['https://files.example/a.png', 'https://files.example/b.pdf'],
		});
		expect(result.items[0].json).toEqual(sent);
		expect((await loadSpec('conversations')).validate(server.requests[0])).toEqual([]);
	});

	test('an email with its own fields', async () => {
		server.handler = () => ({ status: 201, body: { ...sent, emailMessageId: 'em1' } });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'send',
				type: 'Email',
				contactId: 'contact1',
				message: '',
				additionalFields: {
					subject: 'Your booking',
					html: '<p>See you</p>',
					emailCc: 'a@example.com,b@example.com',
					emailReplyMode: 'reply_all',
					fromNumber: '+15550100',
				},
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toEqual({
			type: 'Email',
			subType: 'Email',
			contactId: 'contact1',
			status: 'pending',
			subject: 'Your booking',
			html: '<p>See you</p>',
			emailCc: ['a@example.com', 'b@example.com'],
			emailReplyMode: 'reply_all',
		});
		expect((await loadSpec('conversations')).validate(server.requests[0])).toEqual([]);
	});

	test('an invalid scheduled time fails the item, naming the field', async () => {
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'send',
				type: 'SMS',
				contactId: 'contact1',
				additionalFields: { scheduledTimestamp: 'next tuesday' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error?.message).toBe('"Scheduled Time" is not a valid date-time: "next tuesday"');
		expect(server.requests).toHaveLength(0);
	});

	test.each([
		['cancelScheduled', { messageId: 'msg1' }, '/conversations/messages/msg1/schedule'],
		[
			'cancelScheduledEmail',
			{ emailMessageId: 'em1' },
			'/conversations/messages/email/em1/schedule',
		],
	])('%s cancels a scheduled message', async (operation, ids, path) => {
		server.handler = () => ({ body: { status: 200, message: 'cancelled' } });
		const result = await runNode({
			nodeType,
			parameters: { resource: 'message', operation, ...ids },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(`${server.requests[0].method} ${server.requests[0].rawPath}`).toBe(`DELETE ${path}`);
	});

	test('Get Email reads an email of a thread', async () => {
		const email = { id: 'em1', threadId: 'th1', subject: 'Re: booking', body: 'Thanks' };
		server.handler = () => ({ body: { emailMessage: email } });
		const result = await runNode({
			nodeType,
			parameters: { resource: 'message', operation: 'getEmail', id: 'em1' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(server.requests[0].rawPath).toBe('/conversations/messages/email/em1');
		expect(result.items[0].json).toEqual(email);
	});
});

describe('Provider Message: altId is the provider’s message ID', () => {
	test.each([
		[
			'addInbound',
			'/conversations/messages/inbound',
			{ type: 'SMS', contactId: 'contact1', message: 'hi' },
		],
		['addOutboundCall', '/conversations/messages/outbound', { type: 'Call' }],
	])('%s sends altId as set and never puts the location there', async (operation, path, extra) => {
		server.handler = () => ({ body: { success: true, messageId: 'm1' } });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'providerMessage',
				operation,
				conversationId: 'conv1',
				conversationProviderId: 'prov1',
				altId: 'twilio-SM123',
				locationId: 'loc_NodeLevel01',
				...extra,
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		const body = server.requests[0].body as IDataObject;
		expect(server.requests[0].rawPath).toBe(path);
		expect(body.altId).toBe('twilio-SM123');
		expect(body).not.toHaveProperty('altType');
		expect(body).not.toHaveProperty('locationId');
		expect(JSON.stringify(body)).not.toContain('loc_NodeLevel01');
		expect(JSON.stringify(body)).not.toContain(LOCATION);
		expect((await loadSpec('conversations')).validate(server.requests[0])).toEqual([]);
	});

	test('an empty altId is not sent, and nothing fills it', async () => {
		server.handler = () => ({ body: { success: true } });
		await runNode({
			nodeType,
			parameters: {
				resource: 'providerMessage',
				operation: 'addInbound',
				type: 'SMS',
				conversationId: 'conv1',
				contactId: 'contact1',
				conversationProviderId: 'prov1',
				altId: '',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(server.requests[0].body).not.toHaveProperty('altId');
	});

	test('Update Status reports a failed delivery with its error', async () => {
		server.handler = () => ({ body: { messageId: 'm1', status: 'failed' } });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'providerMessage',
				operation: 'updateStatus',
				messageId: 'm1',
				status: 'failed',
				additionalFields: { error: '{"code": "30007", "type": "carrier", "message": "Filtered"}' },
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].body).toEqual({
			status: 'failed',
			error: { code: '30007', type: 'carrier', message: 'Filtered' },
		});
		expect((await loadSpec('conversations')).validate(server.requests[0])).toEqual([]);
	});
});

test.each([
	['message', 'send', 'POST /conversations/messages'],
	['providerMessage', 'addInbound', 'POST /conversations/messages/inbound'],
])('%s › %s offers exactly the types the spec lists', (resource, operation, endpoint) => {
	const type = nodeType.description.properties.find(
		(p) =>
			p.name === 'type' &&
			(p.displayOptions?.show?.resource as string[] | undefined)?.includes(resource) &&
			(p.displayOptions?.show?.operation as string[] | undefined)?.includes(operation),
	);
	const offered = (type?.options as Array<{ value: string }>).map((o) => o.value).sort();
	const facts = (conversations as AreaFacts)[endpoint];
	expect(offered).toEqual([...(facts.body?.schema.properties?.type.enum as string[])].sort());
});
