import { marketingResources } from '../../nodes/GoHighLevelMarketing/areas';
import { GoHighLevelMarketing } from '../../nodes/GoHighLevelMarketing/GoHighLevelMarketing.node';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runListSearch, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

const nodeType = loadDeclarativeNode(new GoHighLevelMarketing());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const credentials = () => pitCredentials(server.baseUrl);

/** Bytes that break any text handling: CR LF, a boundary-like line, NUL and 0xFF. */
const FILE = Buffer.concat([
	Buffer.from('text,scheduleDate\r\n--boundary\r\nHello,2026-01-31\r\n'),
	Buffer.from([0, 255, 13, 10, 45, 45]),
]);

describe('Social CSV Import › Upload', () => {
	test('sends the binary property as multipart part "file", byte for byte', async () => {
		server.handler = () => ({ body: { filePath: 'p', rowsCount: 1, fileName: 'posts.csv' } });
		const result = await runNode({
			nodeType,
			parameters: { resource: 'socialCsv', operation: 'upload', binaryPropertyName: 'sheet' },
			credentials: credentials(),
			items: [
				{
					json: {},
					binary: {
						sheet: { data: FILE.toString('base64'), mimeType: 'text/csv', fileName: 'posts.csv' },
					},
				},
			],
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(1);
		const [request] = server.requests;
		expect(request.method).toBe('POST');
		expect(request.rawPath).toBe(`/social-media-posting/${LOCATION}/csv`);
		expect(String(request.headers['content-type'])).toMatch(/^multipart\/form-data; boundary=/);
		expect(request.parts).toHaveLength(1);
		const [part] = request.parts!;
		expect(part.name).toBe('file');
		expect(part.fileName).toBe('posts.csv');
		expect(part.contentType).toBe('text/csv');
		expect(part.data.equals(FILE)).toBe(true);
		expect((await loadSpec('social-media-posting')).validate(request)).toEqual([]);
		expect(result.items[0].json).toEqual({ filePath: 'p', rowsCount: 1, fileName: 'posts.csv' });
	});

	test('a 429 is retried with the same bytes', async () => {
		let calls = 0;
		server.handler = () =>
			++calls === 1
				? { status: 429, body: { message: 'slow down' }, headers: { 'retry-after': '0.01' } }
				: { body: { ok: true } };
		const result = await runNode({
			nodeType,
			parameters: { resource: 'socialCsv', operation: 'upload' },
			credentials: credentials(),
			items: [
				{ json: {}, binary: { data: { data: FILE.toString('base64'), mimeType: 'text/csv' } } },
			],
		});
		expect(result.error).toBeUndefined();
		expect(server.requests).toHaveLength(2);
		for (const request of server.requests) expect(request.parts?.[0].data.equals(FILE)).toBe(true);
	});

	test('no binary property: refused before any request, naming it', async () => {
		const result = await runNode({
			nodeType,
			parameters: { resource: 'socialCsv', operation: 'upload', binaryPropertyName: 'missing' },
			credentials: credentials(),
		});
		expect(result.error?.message).toMatch(/missing/);
		expect(server.requests).toHaveLength(0);
	});
});

describe('Social Post › Get Many: skip/limit in the body, as text', () => {
	const parameters = {
		resource: 'socialPost',
		operation: 'getAll',
		fromDate: '2026-01-01T00:00:00Z',
		toDate: '2026-01-31T00:00:00Z',
		includeUsers: 'false',
	};
	const page = (skip: number, size: number) => ({
		body: {
			results: { posts: Array.from({ length: size }, (_, i) => ({ id: `p${skip + i}` })) },
		},
	});

	test('three pages with Limit exact', async () => {
		server.handler = (request) => {
			const body = request.body as { skip: string; limit: string };
			return page(Number(body.skip), Number(body.limit));
		};
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, limit: 250 },
			credentials: credentials(),
		});
		expect(result.error).toBeUndefined();
		expect(result.items).toHaveLength(250);
		expect(result.items[249].json.id).toBe('p249');
		const bodies = server.requests.map((r) => r.body as Record<string, unknown>);
		expect(bodies.map((b) => [b.skip, b.limit])).toEqual([
			['0', '100'],
			['100', '100'],
			['200', '50'],
		]);
		for (const body of bodies) {
			expect(body.fromDate).toBe('2026-01-01T00:00:00Z');
			expect(body.includeUsers).toBe('false');
		}
		const spec = await loadSpec('social-media-posting');
		for (const request of server.requests) expect(spec.validate(request)).toEqual([]);
	});

	test('Return All stops at the first short page', async () => {
		server.handler = (request) => {
			const skip = Number((request.body as { skip: string }).skip);
			return page(skip, skip === 200 ? 7 : 100);
		};
		const result = await runNode({
			nodeType,
			parameters: { ...parameters, returnAll: true },
			credentials: credentials(),
		});
		expect(result.items).toHaveLength(207);
		expect(server.requests).toHaveLength(3);
	});
});

describe('pickers, through the editor’s load-options context', () => {
	const search = async (method: string, parameter: string, extra: Record<string, unknown> = {}) =>
		await runListSearch({
			nodeType,
			method,
			parameter,
			parameters: { resource: 'blogPost', operation: 'update', ...extra } as never,
			credentials: credentials(),
			filter: 'spr',
		});

	test('social accounts: the location’s accounts, filtered by name', async () => {
		server.handler = () => ({
			body: {
				results: {
					accounts: [
						{ id: 'a1', name: 'Spring Shop', platform: 'facebook' },
						{ id: 'a2', name: 'Other', platform: 'google' },
					],
				},
			},
		});
		const result = await search('searchSocialAccounts', 'id');
		expect(server.requests[0].rawPath).toBe(`/social-media-posting/${LOCATION}/accounts`);
		expect(result.results).toEqual([{ name: 'Spring Shop (facebook)', value: 'a1' }]);
	});

	test('blogs: searched by HighLevel, paged by skip', async () => {
		server.handler = () => ({ body: { data: [{ _id: 'b1', name: 'Spring blog' }] } });
		const result = await search('searchBlogs', 'blogId');
		expect(server.requests[0].rawPath).toBe('/blogs/site/all');
		expect(server.requests[0].query).toMatchObject({
			locationId: LOCATION,
			skip: '0',
			limit: '50',
			searchTerm: 'spr',
		});
		expect(result).toEqual({ results: [{ name: 'Spring blog', value: 'b1' }] });
	});

	test('blog posts: of the blog chosen in "Blog"', async () => {
		server.handler = () => ({ body: { blogs: [{ _id: 'p1', title: 'Spring tips' }] } });
		const result = await search('searchBlogPosts', 'postId', {
			blogId: { __rl: true, mode: 'id', value: 'blog-9' },
		});
		expect(server.requests[0].rawPath).toBe('/blogs/posts/all');
		expect(server.requests[0].query).toMatchObject({
			blogId: 'blog-9',
			offset: '0',
			searchTerm: 'spr',
		});
		expect(result.results).toEqual([{ name: 'Spring tips', value: 'p1' }]);
	});

	test('email templates: a full page offers the next one', async () => {
		server.handler = () => ({
			body: {
				builders: Array.from({ length: 50 }, (_, i) => ({ id: `t${i}`, name: `Spring ${i}` })),
			},
		});
		const result = await search('searchEmailTemplates', 'templateId');
		expect(server.requests[0].rawPath).toBe('/emails/builder');
		expect(server.requests[0].query).toMatchObject({ search: 'spr', offset: '0', limit: '50' });
		expect(result.results).toHaveLength(50);
		expect(result.paginationToken).toBe('50');
	});
});

test('the node offers the 60 operations of its six areas', () => {
	expect(marketingResources.flatMap((r) => r.operations)).toHaveLength(60);
});
