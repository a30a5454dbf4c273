import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { simplifyUser } from '../../shared/builder/simplify';
import facts from '../../shared/spec/users.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { companyId, userId } from '../pickers';

/** The Users API area (users.json): the agency's and its sub-accounts' users, 7 operations. */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	userId,
	companyId,
	firstName: { placeholder: 'e.g. John' },
	lastName: { placeholder: 'e.g. Doe' },
	email: { placeholder: 'name@email.com' },
	password: {
		displayName: 'Password',
		name: 'password',
		type: 'string',
		typeOptions: { password: true },
		default: '',
		description: "The user's password to sign in to HighLevel",
	},
	type: {
		placeholder: 'e.g. account',
		description: 'Agency or sub-account user: agency or account',
	},
	role: { placeholder: 'e.g. user', description: 'admin or user' },
	locationIds: {
		displayName: 'Sub-Account IDs',
		description: 'Comma-separated IDs of the sub-accounts the user may use',
	},
	permissions: {
		description:
			'What the user may use, as JSON, e.g. {"contactsEnabled": true, "workflowsEnabled": false}',
	},
	scopes: {
		description:
			'Comma-separated scopes the user is granted, e.g. contacts.write, campaigns.readonly',
	},
	scopesAssignedToOnly: {
		description: 'Comma-separated scopes that act only on records assigned to the user',
	},
	twilioPhone: {
		description: 'Phone number per sub-account, as JSON, e.g. {"<sub-account ID>": "+15550100"}',
	},
	query: { displayName: 'Search', description: 'Part of a name, email or phone' },
	ids: { displayName: 'User IDs', description: 'Comma-separated user IDs' },
	sort: { description: 'Field to sort by, e.g. dateAdded' },
	sortDirection: { description: 'asc or desc' },
	enabled2waySync: { displayName: 'Two-Way Calendar Sync Enabled' },
	emails: {
		displayName: 'Emails',
		placeholder: 'e.g. ann@example.com,bob@example.com',
		description: 'Comma-separated emails',
	},
	deleted: { description: 'Whether to look among deleted users' },
	projection: { description: 'Fields to return, e.g. all' },
};

export const user: ResourceDefinition = {
	value: 'user',
	name: 'User',
	noun: { one: 'user', many: 'users' },
	description: 'People who sign in to the agency or its sub-accounts',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /users/',
			description:
				'Create an agency or sub-account user. Needs the company ID, name, email, password, type, role and sub-accounts.',
			inputs,
		},
		{
			value: 'get',
			endpoint: 'GET /users/{userId}',
			description: 'Get one user with their permissions and roles. Needs the user.',
			inputs,
			simplify: simplifyUser,
		},
		{
			value: 'search',
			endpoint: 'GET /users/search',
			name: 'Search',
			action: 'Search users',
			description:
				"Search the agency's users by name, email or phone, optionally in one sub-account (set Location ID). Needs the company ID.",
			inputs,
			list: {
				records: 'users',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
					asText: true,
				}),
			},
			simplify: simplifyUser,
		},
		{
			value: 'filterByEmail',
			endpoint: 'POST /users/search/filter-by-email',
			name: 'Filter by Email',
			action: 'Find users by email',
			description:
				"Find the agency's users with the given emails. Needs an agency token, the company ID and the emails.",
			inputs,
			idempotent: true,
			list: {
				records: 'users',
				paging: offsetLimit({
					in: 'body',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
					asText: true,
				}),
			},
		},
		{
			value: 'getAllInSubAccount',
			endpoint: 'GET /users/',
			name: 'Get Many in Sub-Account',
			action: 'Get many users of a sub account',
			description:
				'List the users of one sub-account with a sub-account token. Deprecated by HighLevel: prefer Search with the sub-account set.',
			inputs,
			list: { records: 'users' },
		},
		{
			value: 'update',
			endpoint: 'PUT /users/{userId}',
			description:
				"Change a user's name, contact details, role, sub-accounts, permissions or scopes. Needs the user.",
			inputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /users/{userId}',
			description: 'Delete a user. Needs the user.',
			inputs,
		},
	],
};
