import { createHash, randomBytes } from 'node:crypto';

import type { IBinaryData, IDataObject } from 'n8n-workflow';

import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import { fileNameOf } from '../../nodes/shared/transport/binary';
import { asForm, parseMultipart } from './multipart';

/**
 * Files through n8n's engine, bytes compared by checksum: an upload goes out as multipart with the
 * file in `fileAttachment`, downloads come back as binary data named by Content-Disposition.
 */

const nodeType = loadDeclarativeNode(new GoHighLevelConversations());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** Every byte value, then random ones: nothing may be re-encoded on the way. */
const FILE = Buffer.concat([
	Buffer.from(Array.from({ length: 256 }, (_, i) => i)),
	randomBytes(70_000),
]);

function bytesOf(binary: IBinaryData | undefined): Buffer {
	if (!binary) throw new Error('no binary data');
	return Buffer.from(binary.data, 'base64');
}

describe('Attachment › Upload', () => {
	const parameters = {
		resource: 'attachment',
		operation: 'upload',
		conversationId: 'conv1',
		contactId: 'contact1',
		binaryPropertyName: 'photo',
	};
	const item = {
		json: {},
		binary: {
			photo: {
				data: FILE.toString('base64'),
				mimeType: 'image/png',
				fileName: 'photo "1".png',
			},
		},
	};

	test('sends the binary field as the fileAttachment part, bytes unchanged, with the fields and location', async () => {
		server.handler = () => ({
			body: { uploadedFiles: { 'photo.png': 'https://files.example/photo.png' } },
		});
		const result = await runNode({
			nodeType,
			parameters: {
				...parameters,
				additionalFields: { attachmentUrls: 'https://a.example/x.pdf' },
			},
			credentials: pitCredentials(server.baseUrl),
			items: [item],
		});
		expect(result.error).toBeUndefined();
		const [request] = server.requests;
		expect(`${request.method} ${request.rawPath}`).toBe('POST /conversations/messages/upload');
		expect(request.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
		const parts = parseMultipart(request);
		const file = parts.find((part) => part.name === 'fileAttachment');
		expect(file?.fileName).toBe('photo %221%22.png');
		expect(file?.contentType).toBe('image/png');
		expect(sha256(file!.bytes)).toBe(sha256(FILE));
		expect(
			Object.fromEntries(parts.filter((p) => !p.fileName).map((p) => [p.name, p.bytes.toString()])),
		).toEqual({
			conversationId: 'conv1',
			contactId: 'contact1',
			locationId: LOCATION,
			attachmentUrls: 'https://a.example/x.pdf',
		});
		const spec = await loadSpec('conversations');
		expect(spec.validate(asForm(request, ['attachmentUrls']))).toEqual([]);
		expect(result.items[0].json).toEqual({
			uploadedFiles: { 'photo.png': 'https://files.example/photo.png' },
			urls: ['https://files.example/photo.png'],
		});
	});

	test('a missing binary field fails before any request, naming the field and the fields there are', async () => {
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, binaryPropertyName: 'image' },
			credentials: pitCredentials(server.baseUrl),
			items: [item],
		});
		expect(result.error?.message).toBe(
			'"Input Binary Field": the item has no binary field "image"',
		);
		expect(result.error?.description).toContain('photo');
		expect(server.requests).toHaveLength(0);
	});
});

describe('downloads', () => {
	test('Call Recording › Download: the WAV bytes as binary data named by Content-Disposition', async () => {
		server.handler = () => ({
			body: FILE,
			headers: {
				'content-type': 'audio/x-wav',
				'content-disposition': 'attachment; filename="call-42.wav"',
			},
		});
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'callRecording',
				operation: 'download',
				messageId: 'msg1',
				binaryPropertyName: 'recording',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(server.requests[0].rawPath).toBe(
			`/conversations/messages/msg1/locations/${LOCATION}/recording`,
		);
		expect((await loadSpec('conversations')).validate(server.requests[0])).toEqual([]);
		const [out] = result.items;
		expect(out.json).toEqual({
			fileName: 'call-42.wav',
			mimeType: 'audio/x-wav',
			fileSize: FILE.length,
		});
		expect(out.binary?.recording.fileName).toBe('call-42.wav');
		expect(out.binary?.recording.mimeType).toBe('audio/x-wav');
		expect(sha256(bytesOf(out.binary?.recording))).toBe(sha256(FILE));
	});

	test('Call Recording › Download Transcription: text as a file, UTF-8 name from filename*', async () => {
		const text = Buffer.from('Agent: Hello — ça va?\nCaller: Oui.\n');
		server.handler = () => ({
			body: text,
			headers: {
				'content-type': 'text/plain; charset=utf-8',
				'content-disposition': `attachment; filename="x.txt"; filename*=UTF-8''appel%20%C3%A9t%C3%A9.txt`,
			},
		});
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'callRecording',
				operation: 'downloadTranscription',
				messageId: 'm2',
			},
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		const binary = result.items[0].binary?.data;
		expect(binary?.fileName).toBe('appel été.txt');
		expect(binary?.mimeType).toBe('text/plain');
		expect(sha256(bytesOf(binary))).toBe(sha256(text));
	});

	test('without Content-Disposition the file keeps a sensible name', async () => {
		server.handler = () => ({ body: FILE, headers: { 'content-type': 'audio/x-wav' } });
		const result = await runNode({
			nodeType,
			parameters: { resource: 'callRecording', operation: 'download', messageId: 'msg1' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.items[0].binary?.data.fileName).toBe('recording.wav');
	});

	test('Call Recording › Get Transcription: the JSON, one item per sentence', async () => {
		const sentences = [
			{ sentenceIndex: 0, mediaChannel: 1, startTime: 0, endTime: 900, transcript: 'Hello' },
			{ sentenceIndex: 1, mediaChannel: 2, startTime: 900, endTime: 1800, transcript: 'Hi' },
		];
		server.handler = () => ({ body: sentences });
		const result = await runNode({
			nodeType,
			parameters: { resource: 'callRecording', operation: 'getTranscription', messageId: 'm3' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json as IDataObject)).toEqual(sentences);
	});

	test("a HighLevel error on a download fails the item with HighLevel's message", async () => {
		server.handler = () => ({ status: 404, body: { statusCode: 404, message: 'No recording' } });
		const result = await runNode({
			nodeType,
			parameters: { resource: 'callRecording', operation: 'download', messageId: 'nope' },
			credentials: pitCredentials(server.baseUrl),
		});
		expect(result.error?.message).toBe('Not found: No recording');
	});
});

test.each([
	['attachment; filename="a.wav"', 'a.wav'],
	['Attachment; filename=audio.wav', 'audio.wav'],
	['attachment; filename="..\\\\..\\\\evil.txt"', 'evil.txt'],
	['attachment; filename="../x/y.txt"', 'y.txt'],
	[`attachment; filename*=UTF-8''%E2%82%AC.txt`, '€.txt'],
	['inline', undefined],
	[undefined, undefined],
])('file name of %p', (header, name) => {
	expect(fileNameOf(header)).toBe(name);
});
