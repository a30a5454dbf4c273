import { NodeConnectionTypes, type INodeType, type INodeTypeDescription } from 'n8n-workflow';

import {
	authenticationProperty,
	credentials,
	requestDefaults,
} from '../../nodes/shared/authentication';
import { nodeProperties } from '../../nodes/shared/builder/node';
import type { ResourceDefinition } from '../../nodes/shared/builder/types';
import type { AreaFacts } from '../../nodes/shared/spec/types';
import {
	binaryPropertyInput,
	encodeMultipart,
	fileFromParameter,
	multipartPreSend,
} from '../../nodes/shared/transport/multipart';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, parseMultipart } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runNode } from '../helpers/harness';

/**
 * The shared multipart helper on a made-up upload endpoint, built by the builder like any area: the
 * body is encoded after every other preSend and the transport's own changes.
 */

const facts: AreaFacts = {
	'POST /uploads': {
		version: '2021-07-28',
		scopes: [],
		token: 'sub',
		location: { in: 'body', name: 'locationId' },
		parameters: [],
		body: {
			contentType: 'multipart/form-data',
			required: true,
			schema: {
				type: 'object',
				required: ['locationId'],
				properties: {
					locationId: { type: 'string' },
					tags: { type: 'array', items: { type: 'string' } },
					meta: { type: 'object' },
					note: { type: 'string' },
				},
			},
		},
	},
};

const resource: ResourceDefinition = {
	value: 'upload',
	name: 'Upload',
	noun: { one: 'upload', many: 'uploads' },
	facts: [facts],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /uploads',
			extra: [binaryPropertyInput()],
			hooks: { preSend: [multipartPreSend(fileFromParameter('attachment'))] },
		},
	],
};

class UploadNode implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'Upload Test',
		name: 'uploadTest',
		group: ['transform'],
		version: 1,
		description: 'Multipart test node',
		defaults: { name: 'Upload Test' },
		inputs: [NodeConnectionTypes.Main],
		outputs: [NodeConnectionTypes.Main],
		credentials,
		requestDefaults,
		properties: [authenticationProperty, ...nodeProperties([resource], 'upload')],
	};
}

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

test('fields are final (lists split, JSON parsed, location placed, empty ones dropped) before the body is encoded', async () => {
	const file = Buffer.from([1, 2, 3, 13, 10, 45, 45, 255]);
	const result = await runNode({
		nodeType: loadDeclarativeNode(new UploadNode()),
		parameters: {
			resource: 'upload',
			operation: 'create',
			additionalFields: { tags: 'a, b', meta: '{"k": 1}', note: '' },
		},
		credentials: pitCredentials(server.baseUrl),
		items: [
			{ json: {}, binary: { data: { data: file.toString('base64'), mimeType: 'image/x-test' } } },
		],
	});
	expect(result.error).toBeUndefined();
	const parts = server.requests[0].parts!;
	expect(parts.map((p) => [p.name, p.fileName ?? p.data.toString()])).toEqual([
		['meta', '{"k":1}'],
		['tags', 'a'],
		['tags', 'b'],
		['locationId', LOCATION],
		['attachment', 'attachment'],
	]);
	expect(parts[4].contentType).toBe('image/x-test');
	expect(parts[4].data.equals(file)).toBe(true);
});

test('encodeMultipart: quotes in names are escaped, and the parser reads back every byte', () => {
	const bytes = Buffer.from('--x\r\n\r\n--', 'utf8');
	const { body, contentType } = encodeMultipart([
		{ name: 'a"b', value: 'text\r\nline' },
		{ name: 'f', value: bytes, fileName: 'we"ird\r\n.txt', contentType: 'text/plain' },
	]);
	const parts = parseMultipart(body, contentType);
	expect(parts.map((p) => [p.name, p.fileName, p.contentType])).toEqual([
		['a%22b', undefined, undefined],
		['f', 'we%22ird .txt', 'text/plain'],
	]);
	expect(parts[0].data.toString()).toBe('text\r\nline');
	expect(parts[1].data.equals(bytes)).toBe(true);
});
