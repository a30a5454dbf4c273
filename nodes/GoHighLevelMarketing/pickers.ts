import * as field from '../shared/builder/fields';

/** Record pickers of the Marketing node: search a list, or type an ID. */

export const socialAccountId = field.locator('id', 'Social Account', {
	searchListMethod: 'searchSocialAccounts',
	description: 'A social account connected to the social planner',
});

export const blogId = field.locator('blogId', 'Blog', {
	searchListMethod: 'searchBlogs',
	description: 'The blog, searched by name, or given by ID',
});

export const blogPostId = field.locator('postId', 'Blog Post', {
	searchListMethod: 'searchBlogPosts',
	description: 'A post of the blog chosen above, searched by title, or given by ID',
});

export const emailTemplateId = field.locator('templateId', 'Email Template', {
	searchListMethod: 'searchEmailTemplates',
	description: 'An email template of the location, searched by name, or given by ID',
});
