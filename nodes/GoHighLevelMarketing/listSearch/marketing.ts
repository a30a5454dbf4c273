import type { IDataObject, ILoadOptionsFunctions, INodeListSearchResult } from 'n8n-workflow';

import { offsetListSearch, type OffsetListSearch } from '../../shared/listSearch/offset';
import { recordsAt, textMatches } from '../../shared/listSearch/page';
import { editorRequest } from '../../shared/transport/editorRequest';

const idOf = (record: IDataObject) => String(record.id ?? record._id ?? '');

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
	const accounts = recordsAt(response, 'results.accounts');
	return {
		results: accounts
			.map((account) => {
				const name = String(account.name ?? account.id ?? '');
				const platform = account.platform ? ` (${String(account.platform)})` : '';
				return { name: `${name}${platform}`, value: idOf(account) };
			})
			.filter((result) => result.value && textMatches(result.name, filter)),
	};
}

/** Offset-paged picker over `GET` lists of the location that take `offset`/`skip` and `limit`. */
async function pagedSearch(
	fn: ILoadOptionsFunctions,
	request: Omit<OffsetListSearch, 'version' | 'location'>,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		fn,
		{ ...request, version: '2021-07-28', location: { in: 'query', name: 'locationId' } },
		filter,
		paginationToken,
	);
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
