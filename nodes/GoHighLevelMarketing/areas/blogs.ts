import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/blogs.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { blogId, blogPostId } from '../pickers';

/** Blogs (blogs.json, 7 operations): blogs, posts, authors, categories and the URL-slug check. */

const blogs = facts as AreaFacts;

const offsetPaging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const postInputs: Record<string, InputChoice> = {
	blogId,
	postId: blogPostId,
	title: { placeholder: 'e.g. Ten tips for spring' },
	imageUrl: { displayName: 'Image URL', placeholder: 'https://example.com/cover.png' },
	imageAltText: { displayName: 'Image Alt Text', placeholder: 'e.g. Flowers in spring' },
	rawHTML: { displayName: 'Content (HTML)', placeholder: '<p>Spring is here.</p>' },
	author: { displayName: 'Author ID', placeholder: 'e.g. 6ULx1gL9eBxsSMaqWfyo' },
	description: {
		description: 'Summary shown in lists and search results',
		placeholder: 'e.g. What to plant first',
	},
	categories: { displayName: 'Category IDs', description: 'Comma-separated category IDs' },
	tags: { description: 'Comma-separated tags' },
	urlSlug: { displayName: 'URL Slug', placeholder: 'ten-tips-for-spring' },
	canonicalLink: { placeholder: 'https://example.com/blog/ten-tips' },
	publishedAt: { date: 'iso', displayName: 'Published At' },
	searchTerm: { displayName: 'Search Term' },
};

export const blog: ResourceDefinition = {
	value: 'blog',
	name: 'Blog',
	noun: { one: 'blog', many: 'blogs' },
	description: 'Blog sites of the location',
	facts: [blogs],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /blogs/site/all',
			inputs: postInputs,
			list: {
				records: 'data',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
	],
};

export const blogPost: ResourceDefinition = {
	value: 'blogPost',
	name: 'Blog Post',
	noun: { one: 'blog post', many: 'blog posts' },
	facts: [blogs],
	operations: [
		{ value: 'create', endpoint: 'POST /blogs/posts', inputs: postInputs, root: 'data' },
		{
			value: 'getAll',
			endpoint: 'GET /blogs/posts/all',
			inputs: postInputs,
			list: { records: 'blogs', paging: offsetPaging },
		},
		{
			value: 'update',
			endpoint: 'PUT /blogs/posts/{postId}',
			description: 'Update a blog post; HighLevel requires all of its fields',
			inputs: postInputs,
			root: 'updatedBlogPost',
		},
		{
			value: 'checkSlug',
			endpoint: 'GET /blogs/posts/url-slug-exists',
			name: 'Check URL Slug',
			action: 'Check whether a URL slug is taken',
			inputs: {
				...postInputs,
				postId: {
					displayName: 'Post ID',
					description: 'The post being edited, whose own slug does not count',
				},
			},
		},
	],
};

export const blogAuthor: ResourceDefinition = {
	value: 'blogAuthor',
	name: 'Blog Author',
	noun: { one: 'blog author', many: 'blog authors' },
	facts: [blogs],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /blogs/authors',
			list: { records: 'authors', paging: offsetPaging },
		},
	],
};

export const blogCategory: ResourceDefinition = {
	value: 'blogCategory',
	name: 'Blog Category',
	noun: { one: 'blog category', many: 'blog categories' },
	facts: [blogs],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /blogs/categories',
			list: { records: 'categories', paging: offsetPaging },
		},
	],
};

export const blogsArea: ResourceDefinition[] = [blog, blogPost, blogAuthor, blogCategory];
