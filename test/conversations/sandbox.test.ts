import { createHash, createPublicKey, randomBytes, verify } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';

import type { IDataObject, INodeParameters } from 'n8n-workflow';

import { createSandbox, type Sandbox, type SandboxMessage } from '../../sandbox/server';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';

/**
 * The Conversations node against the sandbox, end to end: an SMS sent to a contact is recorded and
 * listable, a reply arrives as a signed InboundMessage, uploads and recordings carry real bytes.
 */

// Plain CommonJS without types; the sandbox serves conversations from HighLevel's OpenAPI files.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- untyped CommonJS module
const sandboxSpec = require('../../sandbox/spec') as {
	resolveApiDocsDir: () => string | undefined;
};
const HAS_SPECS = !!sandboxSpec.resolveApiDocsDir();
const describeWithSpecs = HAS_SPECS ? describe : describe.skip;

const TOKEN = 'conv-sandbox-token';
const LOC = 'locConvSandbox00001';
const nodeType = loadDeclarativeNode(new GoHighLevelConversations());
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

let sb: Sandbox;
let receiver: Server;
const received: Array<{ headers: IncomingHttpHeaders; raw: Buffer; json: IDataObject }> = [];

const credentials = () => ({
	goHighLevelPrivateIntegrationApi: {
		token: TOKEN,
		tokenType: 'subAccount',
		locationId: LOC,
		baseUrl: sb.url,
	},
});

async function run(parameters: INodeParameters, items?: Parameters<typeof runNode>[0]['items']) {
	const result = await runNode({ nodeType, parameters, credentials: credentials(), items });
	expect(result.error?.message).toBeUndefined();
	return result.items;
}

async function control(method: string, path: string, body?: unknown) {
	const res = await fetch(`${sb.url}/__sandbox${path}`, {
		method,
		headers: { 'content-type': 'application/json' },
		body: body === undefined ? undefined : JSON.stringify(body),
	});
	return (await res.json()) as IDataObject;
}

async function createContact(fields: IDataObject): Promise<string> {
	const res = await fetch(`${sb.url}/contacts/`, {
		method: 'POST',
		headers: {
			Authorization: `Bearer ${TOKEN}`,
			Version: '2021-07-28',
			'content-type': 'application/json',
		},
		body: JSON.stringify({ locationId: LOC, ...fields }),
	});
	return ((await res.json()) as { contact: { id: string } }).contact.id;
}

beforeAll(async () => {
	receiver = createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (c: Buffer) => chunks.push(c));
		req.on('end', () => {
			const raw = Buffer.concat(chunks);
			received.push({ headers: req.headers, raw, json: JSON.parse(raw.toString('utf8')) });
			res.writeHead(200).end('ok');
		});
	});
	await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', () => r()));
	const port = (receiver.address() as { port: number }).port;
	sb = createSandbox({
		port: 0,
		token: TOKEN,
		locationId: LOC,
		webhookUrls: [`http://127.0.0.1:${port}/hook`],
		webhookEvents: ['InboundMessage', 'OutboundMessage'],
	});
	await sb.start();
});

afterAll(async () => {
	await sb.stop();
	await new Promise<void>((r) => receiver.close(() => r()));
});

beforeEach(async () => {
	await control('POST', '/reset');
	received.length = 0;
});

describeWithSpecs('Conversations against the sandbox', () => {
	test('an SMS sent to a contact is recorded, listable, and in the contact’s conversation', async () => {
		const contactId = await createContact({ firstName: 'Ada', phone: '+15550100' });
		const [sent] = await run({
			resource: 'message',
			operation: 'send',
			type: 'SMS',
			contactId,
			message: 'Your appointment is confirmed for 9:00',
		});
		expect(sent.json).toMatchObject({
			conversationId: expect.any(String),
			messageId: expect.any(String),
		});

		const { messages } = (await control('GET', `/messages?contactId=${contactId}`)) as {
			messages: SandboxMessage[];
		};
		expect(messages).toEqual([
			expect.objectContaining({
				id: sent.json.messageId,
				type: 'SMS',
				direction: 'outbound',
				to: '+15550100',
				body: 'Your appointment is confirmed for 9:00',
				status: 'delivered',
			}),
		]);

		const found = await run({
			resource: 'conversation',
			operation: 'search',
			returnAll: true,
			filters: { contactId },
		});
		expect(found.map((i) => i.json.id)).toEqual([sent.json.conversationId]);
		expect(found[0].json.lastMessageBody).toBe('Your appointment is confirmed for 9:00');
		const listed = await run({
			resource: 'message',
			operation: 'getAll',
			conversationId: String(sent.json.conversationId),
			returnAll: true,
		});
		expect(listed.map((i) => i.json.id)).toEqual([sent.json.messageId]);
		await sb.flush();
		expect(received.map((r) => r.json.type)).toEqual(['OutboundMessage']);
	});

	test('a message to an unknown contact fails with HighLevel’s answer', async () => {
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'message',
				operation: 'send',
				type: 'SMS',
				contactId: 'nobody',
				message: 'hi',
			},
			credentials: credentials(),
		});
		expect(result.error?.message).toBe('Bad request: Contact not found');
	});

	test('a reply arrives as a signed InboundMessage delivery', async () => {
		const contactId = await createContact({ firstName: 'Grace', phone: '+15550111' });
		await control('POST', '/inbound', { contactId, message: 'STOP' });
		await sb.flush();
		const [delivery] = received.filter((r) => r.json.type === 'InboundMessage');
		expect(delivery.json).toMatchObject({
			type: 'InboundMessage',
			locationId: LOC,
			contactId,
			body: 'STOP',
			direction: 'inbound',
			messageType: 'SMS',
			conversationId: expect.any(String),
			messageId: expect.any(String),
			webhookId: expect.any(String),
		});
		const signature = Buffer.from(String(delivery.headers['x-ghl-signature']), 'base64');
		expect(
			verify(null, delivery.raw, createPublicKey(sb.keys.ed25519PublicKeyPem), signature),
		).toBe(true);
		const [conversation] = await run({
			resource: 'conversation',
			operation: 'search',
			filters: { contactId },
			limit: 1,
		});
		expect(conversation.json).toMatchObject({ unreadCount: 1, lastMessageBody: 'STOP' });
	});

	test('an upload keeps its bytes; its URL goes out with a message', async () => {
		const contactId = await createContact({ firstName: 'Alan', phone: '+15550122' });
		const [conversation] = await run({ resource: 'conversation', operation: 'create', contactId });
		const file = Buffer.concat([Buffer.from('%PDF-1.4\n'), randomBytes(50_000)]);
		const [uploaded] = await run(
			{
				resource: 'attachment',
				operation: 'upload',
				conversationId: String(conversation.json.id),
				contactId,
			},
			[
				{
					json: {},
					binary: {
						data: {
							data: file.toString('base64'),
							mimeType: 'application/pdf',
							fileName: 'quote.pdf',
						},
					},
				},
			],
		);
		const [url] = uploaded.json.urls as string[];
		const download = Buffer.from(await (await fetch(url)).arrayBuffer());
		expect(sha256(download)).toBe(sha256(file));
		expect(sb.requests.find((r) => r.path === '/conversations/messages/upload')?.files).toEqual([
			expect.objectContaining({
				field: 'fileAttachment',
				fileName: 'quote.pdf',
				sha256: sha256(file),
			}),
		]);

		await run({
			resource: 'message',
			operation: 'send',
			type: 'SMS',
			contactId,
			message: 'Your quote',
			additionalFields: { attachments: url },
		});
		const { messages } = (await control('GET', `/messages?contactId=${contactId}`)) as {
			messages: SandboxMessage[];
		};
		expect(messages[0].attachments).toEqual([url]);
	});

	test('a provider’s call keeps its altId; its recording and transcription come back as files', async () => {
		const contactId = await createContact({ firstName: 'Kay', phone: '+15550133' });
		const [conversation] = await run({ resource: 'conversation', operation: 'create', contactId });
		const [call] = await run({
			resource: 'providerMessage',
			operation: 'addOutboundCall',
			conversationId: String(conversation.json.id),
			conversationProviderId: 'prov1',
			altId: 'CA-provider-42',
			additionalFields: { call: '{"to": "+15550133", "from": "+15550999", "status": "completed"}' },
		});
		const stored = sb.conversations.messages.get(String(call.json.messageId));
		expect(stored?.altId).toBe('CA-provider-42');
		expect(stored?.locationId).toBe(LOC);

		const [recording] = await run({
			resource: 'callRecording',
			operation: 'download',
			messageId: String(call.json.messageId),
		});
		const bytes = Buffer.from(recording.binary!.data.data, 'base64');
		const direct = Buffer.from(
			await (
				await fetch(
					`${sb.url}/conversations/messages/${String(call.json.messageId)}/locations/${LOC}/recording`,
					{
						headers: { Authorization: `Bearer ${TOKEN}`, Version: '2021-04-15' },
					},
				)
			).arrayBuffer(),
		);
		expect(sha256(bytes)).toBe(sha256(direct));
		expect(bytes.subarray(0, 4).toString()).toBe('RIFF');
		expect(bytes.subarray(8, 12).toString()).toBe('WAVE');
		expect(recording.binary!.data.fileName).toBe(`${String(call.json.messageId)}.wav`);
		expect(recording.binary!.data.mimeType).toBe('audio/x-wav');

		const sentences = await run({
			resource: 'callRecording',
			operation: 'getTranscription',
			messageId: String(call.json.messageId),
		});
		expect(sentences.length).toBeGreaterThan(1);
		expect(sentences[0].json).toMatchObject({ sentenceIndex: 0, transcript: expect.any(String) });
		const [text] = await run({
			resource: 'callRecording',
			operation: 'downloadTranscription',
			messageId: String(call.json.messageId),
		});
		expect(text.binary!.data.fileName).toBe('transcription.txt');
		expect(Buffer.from(text.binary!.data.data, 'base64').toString()).toContain(
			String(sentences[0].json.transcript),
		);
	});

	test('a scheduled message can be cancelled', async () => {
		const contactId = await createContact({ firstName: 'Lin', email: 'lin@example.com' });
		const [sent] = await run({
			resource: 'message',
			operation: 'send',
			type: 'Email',
			contactId,
			message: 'Reminder',
			additionalFields: { subject: 'Tomorrow', scheduledTimestamp: '2030-01-01T09:00:00Z' },
		});
		expect(sb.conversations.messages.get(String(sent.json.messageId))?.status).toBe('scheduled');
		await run({
			resource: 'message',
			operation: 'cancelScheduled',
			messageId: String(sent.json.messageId),
		});
		expect(sb.conversations.messages.get(String(sent.json.messageId))?.status).toBe('cancelled');
		const [email] = await run({
			resource: 'message',
			operation: 'getEmail',
			id: String(sent.json.emailMessageId),
		});
		expect(email.json).toMatchObject({ subject: 'Tomorrow', threadId: expect.any(String) });
	});

	test('messages page through the sandbox with lastMessageId + nextPage', async () => {
		const contactId = await createContact({ firstName: 'Pat', phone: '+15550144' });
		for (let i = 0; i < 25; i++) await control('POST', '/inbound', { contactId, message: `m${i}` });
		const [conversation] = await run({
			resource: 'conversation',
			operation: 'search',
			filters: { contactId },
			limit: 1,
		});
		const all = await run({
			resource: 'message',
			operation: 'getAll',
			conversationId: String(conversation.json.id),
			limit: 23,
		});
		expect(all.map((i) => i.json.body)).toEqual(Array.from({ length: 23 }, (_, i) => `m${24 - i}`));
	});
});
