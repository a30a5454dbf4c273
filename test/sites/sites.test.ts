import { sitesResources } from '../../nodes/GoHighLevelSites/areas';
import { MAX_MEDIA_BYTES } from '../../nodes/GoHighLevelSites/areas/medias';
import { GoHighLevelSites } from '../../nodes/GoHighLevelSites/GoHighLevelSites.node';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runListSearch, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

const nodeType = loadDeclarativeNode(new GoHighLevelSites());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const credentials = () => pitCredentials(server.baseUrl);

/** A PNG header and bytes that break text handling: CR LF, dashes, NUL, 0xFF. */
const PNG = Buffer.concat([
	Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
	Buffer.from('\r\n--x\r\n'),
	Buffer.from([0, 255, 254, 13, 10]),
]);
const PDF = Buffer.from('%PDF-1.4\r\n%\xe2\xe3\xcf\xd3\r\n', 'latin1');

const binary = (data: Buffer, mimeType: string, fileName: string) => ({
	data: data.toString('base64'),
	mimeType,
	fileName,
});

describe('Media File › Upload', () => {
	test('from a binary property: part "file" with its name, type and bytes, and the text fields', async () => {
		server.handler = () => ({ body: { fileId: 'f1', url: 'https://x/y.png' } });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'media',
				operation: 'upload',
				binaryPropertyName: 'image',
				additionalFields: {
					name: 'banner.png',
					parentId: { __rl: true, mode: 'id', value: 'folder-1' },
				},
			},
			credentials: credentials(),
			items: [{ json: {}, binary: { image: binary(PNG, 'image/png', 'banner-original.png') } }],
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe('/medias/upload-file');
		expect(request.headers.version).toBe('2021-07-28');
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		const parts = Object.fromEntries(request.parts!.map((part) => [part.name, part]));
		expect(Object.keys(parts).sort()).toEqual(['file', 'name', 'parentId']);
		expect(parts.file.fileName).toBe('banner-original.png');
		expect(parts.file.contentType).toBe('image/png');
		expect(parts.file.data.equals(PNG)).toBe(true);
		expect(parts.name.data.toString()).toBe('banner.png');
		expect(parts.parentId.data.toString()).toBe('folder-1');
		expect(parts.name.fileName).toBeUndefined();
		expect((await loadSpec('medias')).validate(request)).toEqual([]);
		expect(result.items[0].json).toEqual({ fileId: 'f1', url: 'https://x/y.png' });
	});

	test('from a URL: hosted=true and fileUrl, no file part', async () => {
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'media',
				operation: 'upload',
				uploadSource: 'url',
				fileUrl: 'https://example.com/banner.png',
			},
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		const [request] = server.requests;
		expect(request.parts!.map((part) => [part.name, part.data.toString(), part.fileName])).toEqual([
			['fileUrl', 'https://example.com/banner.png', undefined],
			['hosted', 'true', undefined],
		]);
		expect((await loadSpec('medias')).validate(request)).toEqual([]);
	});

	test('a file over 25 MB is refused before any request; 25 MB exactly is sent', async () => {
		const over = await runNode({
			nodeType,
			parameters: { resource: 'media', operation: 'upload' },
			credentials: credentials(),
			items: [
				{
					json: {},
					binary: { data: binary(Buffer.alloc(MAX_MEDIA_BYTES + 1, 1), 'video/mp4', 'big.mp4') },
				},
			],
		});
		expect(over.error?.message).toMatch(
			/too large: 26214401 bytes, over HighLevel's limit of 25 MB/,
		);
		expect(server.requests).toHaveLength(0);

		const at = await runNode({
			nodeType,
			parameters: { resource: 'media', operation: 'upload' },
			credentials: credentials(),
			items: [
				{
					json: {},
					binary: { data: binary(Buffer.alloc(MAX_MEDIA_BYTES, 2), 'video/mp4', 'max.mp4') },
				},
			],
		});
		expect(at.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		expect(server.requests[0].parts![0].data.length).toBe(MAX_MEDIA_BYTES);
	});
});

test('Media File › Upload: a stored file whose size is over 25 MB is refused without reading it', async () => {
	const result = await runNode({
		nodeType,
		parameters: { resource: 'media', operation: 'upload' },
		credentials: credentials(),
		items: [
			{
				json: {},
				binary: { data: { ...binary(PNG, 'video/mp4', 'big.mp4'), bytes: 30 * 1024 * 1024 } },
			},
		],
	});
	expect(result.error?.message).toMatch(/too large: 31457280 bytes/);
	expect(server.requests).toHaveLength(0);
});

describe('Form › Upload Files', () => {
	test('one part per file, named <customFieldId>_<fileId>, with each file’s type and bytes', async () => {
		server.handler = () => ({ body: { ok: true } });
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'form',
				operation: 'uploadFiles',
				contactId: { __rl: true, mode: 'id', value: 'contact-1' },
				files: {
					file: [
						{ customFieldId: 'cf1', fileId: 'f-1', binaryPropertyName: 'image' },
						{ customFieldId: 'cf2', fileId: '', binaryPropertyName: 'contract' },
					],
				},
			},
			credentials: credentials(),
			items: [
				{
					json: {},
					binary: {
						image: binary(PNG, 'image/png', 'photo.png'),
						contract: binary(PDF, 'application/pdf', 'contract.pdf'),
					},
				},
			],
		});
		expect(result.error).toBeUndefined();
		const [request] = server.requests;
		expect(request.rawPath).toBe('/forms/upload-custom-files');
		expect(request.query).toEqual({ contactId: 'contact-1', locationId: LOCATION });
		const [photo, contract] = request.parts!;
		expect(photo.name).toBe('cf1_f-1');
		expect(photo.fileName).toBe('photo.png');
		expect(photo.contentType).toBe('image/png');
		expect(photo.data.equals(PNG)).toBe(true);
		expect(contract.name).toMatch(
			/^cf2_[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
		);
		expect(contract.fileName).toBe('contract.pdf');
		expect(contract.contentType).toBe('application/pdf');
		expect(contract.data.equals(PDF)).toBe(true);
		expect((await loadSpec('forms')).validate(request)).toEqual([]);
	});

	test('a file without a custom field is refused before any request', async () => {
		const result = await runNode({
			nodeType,
			parameters: {
				resource: 'form',
				operation: 'uploadFiles',
				contactId: 'contact-1',
				files: { file: [{ customFieldId: ' ', binaryPropertyName: 'data' }] },
			},
			credentials: credentials(),
			items: [{ json: {}, binary: { data: binary(PNG, 'image/png', 'a.png') } }],
		});
		expect(result.error?.message).toBe('File 1 has no Custom Field ID');
		expect(server.requests).toHaveLength(0);
	});
});

describe.each([
	['formSubmission', '/forms/submissions', 'formId'],
	['surveySubmission', '/surveys/submissions', 'surveyId'],
])('%s › Get Many: page/limit paging', (resource, path, filter) => {
	const page = (number: number, size: number) => ({
		body: {
			submissions: Array.from({ length: size }, (_, i) => ({ id: `s${(number - 1) * 100 + i}` })),
			meta: { total: 1000 },
		},
	});

	test('three pages with Limit exact, filters kept on every page', async () => {
		server.handler = (request) => page(Number(request.query.page), Number(request.query.limit));
		const result = await runNode({
			nodeType,
			parameters: {
				resource,
				operation: 'getAll',
				limit: 250,
				filters: { [filter]: { __rl: true, mode: 'id', value: 'x-1' }, q: 'ada' },
			},
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json.id).toBe('s249');
		expect(server.requests.map((r) => [r.rawPath, r.query.page, r.query.limit])).toEqual([
			[path, '1', '100'],
			[path, '2', '100'],
			[path, '3', '100'],
		]);
		for (const request of server.requests) {
			expect(request.query).toMatchObject({ [filter]: 'x-1', q: 'ada', locationId: LOCATION });
		}
	});

	test('Return All stops at the first short page', async () => {
		server.handler = (request) =>
			page(Number(request.query.page), request.query.page === '2' ? 3 : 100);
		const result = await runNode({
			nodeType,
			parameters: { resource, operation: 'getAll', returnAll: true },
			credentials: credentials(),
		});
		expect(result.items).toHaveLength(103);
		expect(server.requests).toHaveLength(2);
	});
});

test('URL Redirect › Get Many: records under data.data, offset/limit over three pages with Limit exact', async () => {
	server.handler = (request) => {
		const offset = Number(request.query.offset);
		const size = Number(request.query.limit);
		return {
			body: {
				data: {
					count: 1000,
					data: Array.from({ length: size }, (_, i) => ({ id: `r${offset + i}` })),
				},
			},
		};
	};
	const result = await runNode({
		nodeType,
		parameters: {
			resource: 'urlRedirect',
			operation: 'getAll',
			limit: 230,
			filters: { search: 'old' },
		},
		credentials: credentials(),
	});
	expect(result.error).toBeUndefined();
	expect(result.items.map((item) => item.json.id)).toEqual(
		Array.from({ length: 230 }, (_, i) => `r${i}`),
	);
	expect(server.requests.map((r) => [r.query.offset, r.query.limit, r.query.search])).toEqual([
		['0', '100', 'old'],
		['100', '100', 'old'],
		['200', '30', 'old'],
	]);
	const spec = await loadSpec('funnels');
	for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
});

describe('pickers, through the editor’s load-options context', () => {
	const search = async (method: string, parameter: string) =>
		await runListSearch({
			nodeType,
			method,
			parameter,
			parameters: { resource: 'funnelPage', operation: 'getAll' },
			credentials: credentials(),
			filter: 'spr',
		});

	test('funnels: searched by name, without a Version header (the spec declares none)', async () => {
		server.handler = () => ({
			body: { funnels: [{ _id: 'fu1', name: 'Spring funnel' }], count: 1 },
		});
		const result = await search('searchFunnels', 'funnelId');
		const [request] = server.requests;
		expect(request.rawPath).toBe('/funnels/funnel/list');
		expect(request.headers.version).toBeUndefined();
		expect(request.query).toMatchObject({
			locationId: LOCATION,
			name: 'spr',
			offset: '0',
			limit: '50',
		});
		expect(result).toEqual({ results: [{ name: 'Spring funnel', value: 'fu1' }] });
	});

	test.each([
		['searchForms', 'formId', '/forms/', 'forms'],
		['searchSurveys', 'surveyId', '/surveys/', 'surveys'],
	])('%s: filtered by name here', async (method, parameter, path, key) => {
		server.handler = () => ({
			body: {
				[key]: [
					{ id: 'a', name: 'Spring sign-up' },
					{ id: 'b', name: 'Other' },
				],
			},
		});
		const result = await search(method, parameter);
		expect(server.requests[0].rawPath).toBe(path);
		expect(server.requests[0].query).toMatchObject({ locationId: LOCATION, skip: '0' });
		expect(result.results).toEqual([{ name: 'Spring sign-up', value: 'a' }]);
	});

	test('media folders: folders of the location’s library', async () => {
		server.handler = () => ({ body: { files: [{ _id: 'mf1', name: 'Spring' }] } });
		const result = await search('searchMediaFolders', 'parentId');
		expect(server.requests[0].rawPath).toBe('/medias/files');
		expect(server.requests[0].query).toMatchObject({
			altId: LOCATION,
			altType: 'location',
			type: 'folder',
			query: 'spr',
		});
		expect(result.results).toEqual([{ name: 'Spring', value: 'mf1' }]);
		expect((await loadSpec('medias')).validate(server.requests[0])).toEqual([]);
	});
});

test('the node offers the 24 operations of its six areas', () => {
	expect(sitesResources.flatMap((r) => r.operations)).toHaveLength(24);
});
