import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/social-media-posting.json';
import type { AreaFacts } from '../../shared/spec/types';
import {
	binaryPropertyInput,
	fileFromParameter,
	multipartPreSend,
} from '../../shared/transport/multipart';
import { offsetLimit } from '../../shared/transport/paging';
import { socialAccountId } from '../pickers';

/**
 * The social planner (social-media-posting.json): accounts, posts, CSV bulk posts, categories, tags
 * and statistics, 33 of its 40 operations. Connecting an account (the `/oauth/…/start` calls) happens in a
 * browser popup and is skipped; the calls that list and attach an account already authorised are here.
 */

const social = facts as AreaFacts;
const BASE = '/social-media-posting';

const postInputs: Record<string, InputChoice> = {
	id: { displayName: 'Post ID' },
	accountIds: {
		displayName: 'Account IDs',
		description: 'Comma-separated IDs of the social accounts to post to',
	},
	summary: { displayName: 'Text', description: 'The text of the post' },
	media: {
		displayName: 'Media (JSON)',
		description: 'Images or videos, e.g. [{"url": "https://…/a.png", "type": "image/png"}]',
	},
	scheduleDate: { date: 'iso', description: 'When to publish the post' },
	type: { description: 'Kind of post, e.g. post, story or reel', placeholder: 'post' },
	categoryId: { displayName: 'Category ID' },
	tags: { description: 'Comma-separated tag IDs' },
	followUpComment: { description: 'A first comment posted under the post' },
	fromDate: { date: 'iso', description: 'Posts from this date' },
	toDate: { date: 'iso', description: 'Posts up to this date' },
	includeUsers: {
		description: 'Set to "true" to include the users who created the posts',
		placeholder: 'true',
	},
	accounts: { description: 'Comma-separated account IDs to list posts of' },
	postIds: { displayName: 'Post IDs', description: 'Comma-separated IDs of the posts to delete' },
};

export const socialPost: ResourceDefinition = {
	value: 'socialPost',
	name: 'Social Post',
	noun: { one: 'social post', many: 'social posts' },
	description: 'Posts of the social planner',
	facts: [social],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: `POST ${BASE}/{locationId}/posts`,
			fields: ['summary', 'scheduleDate'],
			inputs: postInputs,
		},
		{ value: 'get', endpoint: `GET ${BASE}/{locationId}/posts/{id}`, inputs: postInputs },
		{
			value: 'getAll',
			endpoint: `POST ${BASE}/{locationId}/posts/list`,
			idempotent: true,
			inputs: postInputs,
			list: {
				records: 'results.posts',
				paging: offsetLimit({
					in: 'body',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
					asText: true,
				}),
			},
		},
		{ value: 'update', endpoint: `PUT ${BASE}/{locationId}/posts/{id}`, inputs: postInputs },
		{ value: 'delete', endpoint: `DELETE ${BASE}/{locationId}/posts/{id}`, inputs: postInputs },
		{
			value: 'deleteMany',
			endpoint: `POST ${BASE}/{locationId}/posts/bulk-delete`,
			name: 'Delete Many',
			action: 'Delete many social posts',
			inputs: postInputs,
		},
	],
};

export const socialAccount: ResourceDefinition = {
	value: 'socialAccount',
	name: 'Social Account',
	noun: { one: 'social account', many: 'social accounts' },
	description: 'Accounts connected to the social planner',
	facts: [social],
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${BASE}/{locationId}/accounts`,
			list: { records: 'results.accounts' },
		},
		{
			value: 'delete',
			endpoint: `DELETE ${BASE}/{locationId}/accounts/{id}`,
			inputs: {
				id: socialAccountId,
				companyId: { displayName: 'Company ID' },
			},
		},
	],
};

const connectionInputs: Record<string, InputChoice> = {
	accountId: {
		displayName: 'OAuth Account ID',
		description:
			'The ID HighLevel gives the platform login once it is authorised in the social planner (the popup returns it)',
	},
	originId: {
		displayName: 'Origin ID',
		description: 'ID of the page, profile or location on the platform',
	},
	pageId: {
		displayName: 'Page ID',
		description: 'The Facebook page the Instagram account belongs to',
	},
	companyId: { displayName: 'Company ID' },
	urn: { displayName: 'URN', description: 'LinkedIn URN of the page or profile' },
	location: {
		displayName: 'Google Location (JSON)',
		description: 'The Google business location, as Get Google Locations returns it',
	},
	account: {
		displayName: 'Google Account (JSON)',
		description: 'The Google account, as Get Google Locations returns it',
	},
};

function connection(
	platform: string,
	label: string,
	what: string,
	records: string,
	attach = true,
): ResourceDefinition['operations'] {
	const path = `${BASE}/oauth/{locationId}/${platform}/${platform === 'google' ? 'locations' : 'accounts'}/{accountId}`;
	const key = label.replace(/[^A-Za-z]/g, '');
	const operations: ResourceDefinition['operations'] = [
		{
			value: `get${key}`,
			endpoint: `GET ${path}`,
			name: `Get ${label} ${what}`,
			action: `Get the ${label.replace(' Business', ' business')} ${what.toLowerCase()} of an authorised login`,
			inputs: connectionInputs,
			list: { records },
		},
	];
	if (attach) {
		operations.push({
			value: `attach${key}`,
			endpoint: `POST ${path}`,
			name: `Attach ${label} ${what}`,
			action: `Attach ${/^[AEIOU]/.test(label) ? 'an' : 'a'} ${label} ${what.toLowerCase().replace(/s$/, '')} to the social planner`,
			inputs: connectionInputs,
		});
	}
	return operations;
}

export const socialConnection: ResourceDefinition = {
	value: 'socialConnection',
	name: 'Social Connection',
	noun: { one: 'social connection', many: 'social connections' },
	description:
		'Pages, profiles and locations of a platform login authorised in the social planner, and attaching them as accounts',
	facts: [social],
	operations: [
		...connection('facebook', 'Facebook', 'Pages', 'results.pages'),
		...connection('google', 'Google', 'Locations', '*'),
		...connection('instagram', 'Instagram', 'Accounts', 'results.accounts'),
		...connection('linkedin', 'LinkedIn', 'Pages', 'results.pages'),
		...connection('tiktok', 'TikTok', 'Profiles', 'results.profile'),
		...connection('tiktok-business', 'TikTok Business', 'Profiles', 'results.profile', false),
		...connection('twitter', 'Twitter', 'Profiles', 'results.profile'),
	],
};

const csvInputs: Record<string, InputChoice> = {
	id: { displayName: 'CSV Import ID' },
	csvId: { displayName: 'CSV Import ID' },
	postId: { displayName: 'Post ID' },
	accountIds: {
		displayName: 'Account IDs',
		description: 'Comma-separated IDs of the social accounts the posts go to',
	},
	filePath: {
		description: "The uploaded file's path, as Upload returns it",
		placeholder: 'e.g. location/csv/posts.csv',
	},
	rowsCount: { description: 'Number of rows of the file, as Upload returns it' },
	fileName: { description: "The file's name, as Upload returns it", placeholder: 'posts.csv' },
	includeUsers: { description: 'Set to "true" to include the users who made the imports' },
	skip: { description: 'Number of imports to skip' },
	limit: { description: 'Max number of imports to return' },
};

export const socialCsv: ResourceDefinition = {
	value: 'socialCsv',
	name: 'Social CSV Import',
	noun: { one: 'CSV import', many: 'CSV imports' },
	description: 'Bulk posts from a CSV file: upload, assign accounts, review and start',
	facts: [social],
	defaultOperation: 'upload',
	operations: [
		{
			value: 'upload',
			endpoint: `POST ${BASE}/{locationId}/csv`,
			name: 'Upload',
			action: 'Upload a CSV file of posts',
			description: 'Upload a CSV file of posts from a binary property',
			hide: ['file'],
			extra: [binaryPropertyInput()],
			hooks: { preSend: [multipartPreSend(fileFromParameter('file'))] },
		},
		{
			value: 'setAccounts',
			endpoint: `POST ${BASE}/{locationId}/set-accounts`,
			name: 'Set Accounts',
			action: 'Set the accounts of a CSV import',
			inputs: csvInputs,
		},
		{
			value: 'getAll',
			endpoint: `GET ${BASE}/{locationId}/csv`,
			inputs: csvInputs,
			list: {
				records: 'results.csvs',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'get',
			endpoint: `GET ${BASE}/{locationId}/csv/{id}`,
			description: 'A CSV import and its posts, one page as HighLevel answers it',
			inputs: csvInputs,
		},
		{
			value: 'start',
			endpoint: `PATCH ${BASE}/{locationId}/csv/{id}`,
			name: 'Start',
			action: 'Start a CSV import',
			description: 'Schedule the posts of a reviewed CSV import',
			inputs: csvInputs,
		},
		{ value: 'delete', endpoint: `DELETE ${BASE}/{locationId}/csv/{id}`, inputs: csvInputs },
		{
			value: 'deletePost',
			endpoint: `DELETE ${BASE}/{locationId}/csv/{csvId}/post/{postId}`,
			name: 'Delete Post',
			action: 'Delete a post of a CSV import',
			inputs: csvInputs,
		},
	],
};

const searchInputs: Record<string, InputChoice> = {
	id: { displayName: 'Category ID' },
	searchText: { displayName: 'Search Text' },
	tagIds: { displayName: 'Tag IDs', description: 'Comma-separated tag IDs' },
};

const textPaging = offsetLimit({
	in: 'qs',
	offsetField: 'skip',
	limitField: 'limit',
	maxPageSize: 100,
});

export const socialCategory: ResourceDefinition = {
	value: 'socialCategory',
	name: 'Social Category',
	noun: { one: 'social category', many: 'social categories' },
	description: 'Post categories of the social planner',
	facts: [social],
	operations: [
		{
			value: 'get',
			endpoint: `GET ${BASE}/{locationId}/categories/{id}`,
			inputs: searchInputs,
		},
		{
			value: 'getAll',
			endpoint: `GET ${BASE}/{locationId}/categories`,
			inputs: searchInputs,
			list: { records: 'results.categories', paging: textPaging },
		},
	],
};

export const socialTag: ResourceDefinition = {
	value: 'socialTag',
	name: 'Social Tag',
	noun: { one: 'social tag', many: 'social tags' },
	description: 'Post tags of the social planner',
	facts: [social],
	operations: [
		{
			value: 'getAll',
			endpoint: `GET ${BASE}/{locationId}/tags`,
			inputs: searchInputs,
			list: { records: 'results.tags', paging: textPaging },
		},
		{
			value: 'getAllByIds',
			endpoint: `POST ${BASE}/{locationId}/tags/details`,
			name: 'Get Many by IDs',
			action: 'Get many social tags by their IDs',
			idempotent: true,
			inputs: searchInputs,
			list: { records: 'results.tags' },
		},
	],
};

export const socialStatistics: ResourceDefinition = {
	value: 'socialStatistics',
	name: 'Social Statistics',
	noun: { one: 'statistics', many: 'statistics' },
	description: 'Post statistics of connected accounts',
	facts: [social],
	operations: [
		{
			value: 'get',
			endpoint: `POST ${BASE}/statistics`,
			name: 'Get',
			action: 'Get social statistics',
			description: 'Statistics of the last seven days for the given profiles',
			idempotent: true,
			inputs: {
				profileIds: {
					displayName: 'Profile IDs',
					description: 'Comma-separated social account IDs',
				},
				platforms: { description: 'Comma-separated platforms, e.g. facebook, instagram' },
			},
		},
	],
};

export const socialPlannerArea: ResourceDefinition[] = [
	socialPost,
	socialAccount,
	socialConnection,
	socialCsv,
	socialCategory,
	socialTag,
	socialStatistics,
];
