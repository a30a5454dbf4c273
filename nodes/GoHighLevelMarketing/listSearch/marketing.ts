import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { editorRequest } from '../../shared/transport/editorRequest';

const PAGE_SIZE = 50;

function arrayAt(body: IDataObject, path: string): IDataObject[] {
	let value: unknown = body;
	for (const key of path.split('.')) value = (value as IDataObject | undefined)?.[key];
	return Array.isArray(value) ? (value as IDataObject[]) : [];
}

/** The first array of the answer, for answers the spec does not describe. */
function firstArray(body: IDataObject): IDataObject[] {
	return (Object.values(body).find(Array.isArray) as IDataObject[] | undefined) ?? [];
}

const idOf = (record: IDataObject) => String(record.id ?? record._id ?? '');

const matches = (label: string, filter?: string) =>
	!filter?.trim() || label.toLowerCase().includes(filter.trim().toLowerCase());

/** Social account picker: the location's connected accounts (one page; HighLevel does not page them). */
export async function searchSocialAccounts(
	this: ILoadOptionsFunctions,
	filter?: string,
): Promise<INodeListSearchResult> {
	const response = await editorRequest.call(this, {
		method: 'GET',
		path: '/social-media-posting/{locationId}/accounts',
		version: '2021-07-28',
		scopes: ['socialplanner/account.readonly'],
		location: { in: 'path', name: 'locationId' },
	});
	const accounts = arrayAt(response, 'results.accounts');
	return {
		results: accounts
			.map((account) => {
				const name = String(account.name ?? account.id ?? '');
				const platform = account.platform ? ` (${String(account.platform)})` : '';
				return { name: `${name}${platform}`, value: idOf(account) };
			})
			.filter((result) => result.value && matches(result.name, filter)),
	};
}

/** Offset-paged picker over `GET` lists that take `offset`/`skip` and `limit`. */
async function pagedSearch(
	fn: ILoadOptionsFunctions,
	request: {
		path: string;
		scopes: string[];
		offsetField: string;
		searchField?: string;
		records: string;
		qs?: IDataObject;
		label: (record: IDataObject) => string;
	},
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const offset = Number(paginationToken ?? 0) || 0;
	const qs: IDataObject = { ...request.qs, limit: PAGE_SIZE, [request.offsetField]: offset };
	if (request.searchField && filter?.trim()) qs[request.searchField] = filter.trim();
	const response = await editorRequest.call(fn, {
		method: 'GET',
		path: request.path,
		version: '2021-07-28',
		scopes: request.scopes,
		qs,
		location: { in: 'query', name: 'locationId' },
	});
	const records =
		request.records === '*' ? firstArray(response) : arrayAt(response, request.records);
	return {
		results: records
			.map((record) => ({ name: request.label(record) || idOf(record), value: idOf(record) }))
			.filter((result) => result.value && (request.searchField || matches(result.name, filter))),
		paginationToken: records.length === PAGE_SIZE ? String(offset + PAGE_SIZE) : undefined,
	};
}

/** Blog picker: the location's blogs, by name. */
export async function searchBlogs(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pagedSearch(
		this,
		{
			path: '/blogs/site/all',
			scopes: ['blogs/list.readonly'],
			offsetField: 'skip',
			searchField: 'searchTerm',
			records: 'data',
			label: (blog) => String(blog.name ?? ''),
		},
		filter,
		paginationToken,
	);
}

/** Blog post picker: the posts of the blog chosen in "Blog", by title. */
export async function searchBlogPosts(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const blog = String(
		this.getCurrentNodeParameter('blogId', { extractValue: true }) ??
			this.getCurrentNodeParameter('filters.blogId', { extractValue: true }) ??
			'',
	).trim();
	if (!blog) return { results: [] };
	return await pagedSearch(
		this,
		{
			path: '/blogs/posts/all',
			scopes: ['blogs/posts.readonly'],
			offsetField: 'offset',
			searchField: 'searchTerm',
			records: 'blogs',
			qs: { blogId: blog },
			label: (post) => String(post.title ?? ''),
		},
		filter,
		paginationToken,
	);
}

/** Email template picker: the location's email templates (builders), by name. */
export async function searchEmailTemplates(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await pagedSearch(
		this,
		{
			path: '/emails/builder',
			scopes: ['emails/builder.readonly'],
			offsetField: 'offset',
			searchField: 'search',
			records: '*',
			label: (template) => String(template.name ?? template.title ?? ''),
		},
		filter,
		paginationToken,
	);
}
