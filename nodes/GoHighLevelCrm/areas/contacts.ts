import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import * as field from '../../shared/builder/fields';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import campaignsFacts from '../../shared/spec/campaigns.json';
import facts from '../../shared/spec/contacts.json';
import locationsFacts from '../../shared/spec/locations.json';
import workflowsFacts from '../../shared/spec/workflows.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit, searchAfterCursor, startAfterCursor } from '../../shared/transport/paging';
import { contactId } from '../pickers';
import { simplifyContact } from '../../shared/builder/simplify';
import { picker, tagNames, users } from '../../shared/recordPickers';
import {
	addCustomFieldNames,
	customFieldNamesOption,
	customFieldsByName,
	preloadCustomFields,
} from '../../shared/customFields/byName';

/** The Contacts API area (contacts.json): contacts and what hangs off them, 32 operations. */

const contacts = facts as AreaFacts;

/** Loads the location's contact custom field definitions before a request that uses them. */
const preload = preloadCustomFields('contact');

const contactInputs: Record<string, InputChoice> = {
	contactId,
	email: { placeholder: 'name@email.com' },
	phone: {
		placeholder: '+1 888-888-8888',
		description: 'Phone number in E.164 or national format',
	},
	name: {
		displayName: 'Full Name',
		description: 'Used when first and last name are not given separately',
	},
	address1: { displayName: 'Address' },
	country: { description: 'Two-letter country code, e.g. US', placeholder: 'US' },
	timezone: { displayName: 'Time Zone', placeholder: 'America/Chicago' },
	assignedTo: picker(
		'user',
		'assignedTo',
		'Assigned To (User ID)',
		'The user who owns the contact',
	),
	dateOfBirth: field.string('dateOfBirth', 'Date of Birth', { placeholder: '1990-09-25' }),
	dnd: {
		displayName: 'Do Not Disturb',
		description: 'Whether to block all outbound communication to the contact',
	},
	dndSettings: {
		displayName: 'DND Settings (JSON)',
		description:
			'Per channel, e.g. {"SMS": {"status": "active"}}. Channels: Call, Email, SMS, WhatsApp, GMB, FB; status: active, inactive, permanent.',
	},
	inboundDndSettings: {
		displayName: 'Inbound DND Settings (JSON)',
		description: 'For example {"all": {"status": "active"}}',
	},
	tags: tagNames("On Update they replace the contact's tags"),
	customFields: customFieldsByName('contact'),
	createNewIfDuplicateAllowed: {
		displayName: 'Create New If Duplicates Allowed',
		description: 'Whether to create a new contact when the location allows duplicates',
	},
};

const searchContacts = field.string('query', 'Query', {
	description: 'Free-text search over name, email, phone and more',
});

export const contact: ResourceDefinition = {
	value: 'contact',
	name: 'Contact',
	noun: { one: 'contact', many: 'contacts' },
	facts: [contacts],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /contacts/',
			fields: ['email', 'phone'],
			inputs: contactInputs,
			root: 'contact',
			simplify: simplifyContact,
			hooks: { beforeRequest: [preload] },
		},
		{
			value: 'upsert',
			endpoint: 'POST /contacts/upsert',
			description: 'Create a new contact, or update the current one if it already exists (upsert)',
			fields: ['email', 'phone'],
			inputs: contactInputs,
			hooks: { beforeRequest: [preload] },
		},
		{
			value: 'get',
			endpoint: 'GET /contacts/{contactId}',
			inputs: contactInputs,
			root: 'contact',
			simplify: simplifyContact,
			extra: [customFieldNamesOption],
			hooks: {
				beforeRequest: [preload],
				postReceive: [addCustomFieldNames('contact')],
			},
		},
		{
			value: 'getAll',
			endpoint: 'POST /contacts/search',
			description: "Search the location's contacts, with filters and sorting",
			idempotent: true,
			location: { in: 'body', name: 'locationId' },
			// The spec leaves this body undescribed; these are HighLevel's documented search inputs.
			extra: [
				{
					displayName: 'Filters',
					name: 'filters',
					type: 'collection',
					placeholder: 'Add Filter',
					default: {},
					options: [
						field.json('filters', 'Filters (JSON)', {
							shape: 'array',
							default: '[]',
							description:
								'HighLevel search filters, e.g. [{"field": "tags", "operator": "contains", "value": ["vip"]}]',
						}),
						searchContacts,
						{
							...field.choice(
								'sortBy',
								'Sort By',
								[
									{ name: 'Business Name', value: 'businessName' },
									{ name: 'Date Added', value: 'dateAdded' },
									{ name: 'Date Updated', value: 'dateUpdated' },
									{ name: 'Email', value: 'email' },
									{ name: 'First Name', value: 'firstNameLowerCase' },
									{ name: 'Last Name', value: 'lastNameLowerCase' },
								],
								{ default: 'dateAdded' },
							),
							routing: {
								send: {
									type: 'body',
									property: 'sort',
									value:
										'={{ [{ field: $value, direction: $parameter.filters.sortDirection || "desc" }] }}',
								},
							},
						},
						{
							displayName: 'Sort Direction',
							name: 'sortDirection',
							type: 'options',
							options: [
								{ name: 'Ascending', value: 'asc' },
								{ name: 'Descending', value: 'desc' },
							],
							default: 'desc',
							description: 'Used with Sort By',
						},
					],
				},
				customFieldNamesOption,
			],
			list: {
				records: 'contacts',
				paging: searchAfterCursor({ pageSizeField: 'pageLimit', maxPageSize: 100 }),
			},
			hooks: {
				beforeRequest: [preload],
				postReceive: [addCustomFieldNames('contact', 'contacts')],
			},
			simplify: simplifyContact,
		},
		{
			value: 'getAllLegacy',
			endpoint: 'GET /contacts/',
			name: 'Get Many (Legacy List)',
			action: 'Get many contacts with the legacy list endpoint',
			description: 'GET /contacts/, which HighLevel has deprecated: prefer Get Many',
			list: {
				records: 'contacts',
				paging: startAfterCursor({ limitField: 'limit', maxPageSize: 100 }),
			},
		},
		{
			value: 'getAllByBusiness',
			endpoint: 'GET /contacts/business/{businessId}',
			name: 'Get Many by Business',
			action: 'Get many contacts of a business',
			inputs: { businessId: picker('business', 'businessId', 'Business ID') },
			list: {
				records: 'contacts',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'findDuplicate',
			endpoint: 'GET /contacts/search/duplicate',
			name: 'Find Duplicate',
			action: 'Find a duplicate contact',
			description:
				"Find the contact that the location's duplicate settings would match for an email or phone number",
			inputs: {
				number: { displayName: 'Phone', placeholder: '+1 888-888-8888' },
				email: contactInputs.email,
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /contacts/{contactId}',
			inputs: contactInputs,
			root: 'contact',
			simplify: simplifyContact,
			hooks: { beforeRequest: [preload] },
		},
		{ value: 'delete', endpoint: 'DELETE /contacts/{contactId}', inputs: contactInputs },
	],
};

const taskInputs: Record<string, InputChoice> = {
	contactId,
	taskId: { displayName: 'Task ID' },
	title: { placeholder: 'e.g. Call back' },
	dueDate: { date: 'iso' },
	body: { displayName: 'Description', description: 'Details of the task' },
	assignedTo: picker(
		'user',
		'assignedTo',
		'Assigned To (User ID)',
		'The user responsible for the task',
	),
	completed: { description: 'Whether the task is done' },
};

export const task: ResourceDefinition = {
	value: 'task',
	name: 'Task',
	noun: { one: 'task', many: 'tasks' },
	description: 'Tasks on a contact, and the search over all tasks of the location',
	facts: [contacts, locationsFacts as AreaFacts],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /contacts/{contactId}/tasks',
			inputs: taskInputs,
			root: 'task',
		},
		{
			value: 'get',
			endpoint: 'GET /contacts/{contactId}/tasks/{taskId}',
			inputs: taskInputs,
			root: 'task',
		},
		{
			value: 'getAll',
			endpoint: 'GET /contacts/{contactId}/tasks',
			inputs: taskInputs,
			list: { records: 'tasks' },
		},
		{
			value: 'update',
			endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}',
			inputs: taskInputs,
			root: 'task',
		},
		{
			value: 'markCompleted',
			endpoint: 'PUT /contacts/{contactId}/tasks/{taskId}/completed',
			name: 'Mark Completed',
			action: 'Mark a task as completed or open',
			inputs: {
				...taskInputs,
				completed: { description: 'Whether the task is done', default: true },
			},
			root: 'task',
		},
		{
			value: 'delete',
			endpoint: 'DELETE /contacts/{contactId}/tasks/{taskId}',
			inputs: taskInputs,
		},
		{
			value: 'search',
			endpoint: 'POST /locations/{locationId}/tasks/search',
			name: 'Search',
			action: 'Search the tasks of the location',
			idempotent: true,
			inputs: {
				contactId: {
					displayName: 'Contact IDs',
					description: 'Comma-separated; only tasks of these contacts',
				},
				assignedTo: users('Assigned To'),
				businessId: picker('business', 'businessId', 'Business ID'),
				completed: { description: 'Whether to list completed tasks (off: open ones)' },
			},
			list: {
				records: 'tasks',
				paging: offsetLimit({
					in: 'body',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
	],
};

const noteInputs: Record<string, InputChoice> = {
	contactId,
	id: { displayName: 'Note ID' },
	body: {
		...field.string('body', 'Body', { placeholder: 'e.g. Called about the quote' }),
		typeOptions: { rows: 4 },
	},
	userId: picker('user', 'userId', 'User ID', 'The user the note is attributed to'),
	color: { placeholder: '#FFAA00' },
	pinned: { description: 'Whether the note is pinned on the contact' },
};

export const note: ResourceDefinition = {
	value: 'note',
	name: 'Note',
	noun: { one: 'note', many: 'notes' },
	description: 'Notes on a contact',
	facts: [contacts],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /contacts/{contactId}/notes',
			inputs: noteInputs,
			root: 'note',
		},
		{
			value: 'get',
			endpoint: 'GET /contacts/{contactId}/notes/{id}',
			inputs: noteInputs,
			root: 'note',
		},
		{
			value: 'getAll',
			endpoint: 'GET /contacts/{contactId}/notes',
			inputs: noteInputs,
			list: { records: 'notes' },
		},
		{
			value: 'update',
			endpoint: 'PUT /contacts/{contactId}/notes/{id}',
			inputs: noteInputs,
			root: 'note',
		},
		{ value: 'delete', endpoint: 'DELETE /contacts/{contactId}/notes/{id}', inputs: noteInputs },
	],
};

const tagInputs: Record<string, InputChoice> = {
	contactId,
	tags: tagNames(),
};

export const tag: ResourceDefinition = {
	value: 'tag',
	name: 'Tag',
	noun: { one: 'tag', many: 'tags' },
	description: 'Tags of a contact',
	facts: [contacts],
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			endpoint: 'POST /contacts/{contactId}/tags',
			name: 'Add',
			action: 'Add tags to a contact',
			description: 'Add tags to a contact, keeping its other tags',
			inputs: tagInputs,
		},
		{
			value: 'remove',
			endpoint: 'DELETE /contacts/{contactId}/tags',
			name: 'Remove',
			action: 'Remove tags from a contact',
			inputs: tagInputs,
		},
	],
};

const followerInputs: Record<string, InputChoice> = {
	contactId,
	followers: users('Follower'),
};

export const follower: ResourceDefinition = {
	value: 'follower',
	name: 'Follower',
	noun: { one: 'follower', many: 'followers' },
	description: 'Users following a contact',
	facts: [contacts],
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			endpoint: 'POST /contacts/{contactId}/followers',
			name: 'Add',
			action: 'Add followers to a contact',
			inputs: followerInputs,
		},
		{
			value: 'remove',
			endpoint: 'DELETE /contacts/{contactId}/followers',
			name: 'Remove',
			action: 'Remove followers from a contact',
			inputs: followerInputs,
		},
	],
};

const campaignInputs: Record<string, InputChoice> = {
	contactId,
	campaignId: picker('campaign', 'campaignId', 'Campaign ID'),
};

export const campaign: ResourceDefinition = {
	value: 'campaign',
	name: 'Campaign',
	noun: { one: 'campaign', many: 'campaigns' },
	description: "Campaigns, and a contact's membership in them",
	facts: [contacts, campaignsFacts as AreaFacts],
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			endpoint: 'POST /contacts/{contactId}/campaigns/{campaignId}',
			name: 'Add Contact',
			action: 'Add a contact to a campaign',
			inputs: campaignInputs,
		},
		{
			value: 'remove',
			endpoint: 'DELETE /contacts/{contactId}/campaigns/{campaignId}',
			name: 'Remove Contact',
			action: 'Remove a contact from a campaign',
			inputs: campaignInputs,
		},
		{
			value: 'removeAll',
			endpoint: 'DELETE /contacts/{contactId}/campaigns/removeAll',
			name: 'Remove Contact From All',
			action: 'Remove a contact from every campaign',
			inputs: campaignInputs,
		},
		{ value: 'getAll', endpoint: 'GET /campaigns/', list: { records: 'campaigns' } },
	],
};

const workflowInputs: Record<string, InputChoice> = {
	contactId,
	workflowId: picker('workflow', 'workflowId', 'Workflow ID'),
	eventStartTime: {
		date: 'iso',
		description: 'The time the workflow should treat as the event time',
	},
};

export const workflow: ResourceDefinition = {
	value: 'workflow',
	name: 'Workflow',
	noun: { one: 'workflow', many: 'workflows' },
	description: "HighLevel workflows, and a contact's enrolment in them",
	facts: [contacts, workflowsFacts as AreaFacts],
	defaultOperation: 'add',
	operations: [
		{
			value: 'add',
			endpoint: 'POST /contacts/{contactId}/workflow/{workflowId}',
			name: 'Add Contact',
			action: 'Add a contact to a workflow',
			inputs: workflowInputs,
		},
		{
			value: 'remove',
			endpoint: 'DELETE /contacts/{contactId}/workflow/{workflowId}',
			name: 'Remove Contact',
			action: 'Remove a contact from a workflow',
			inputs: workflowInputs,
		},
		{ value: 'getAll', endpoint: 'GET /workflows/', list: { records: 'workflows' } },
	],
};

export const appointment: ResourceDefinition = {
	value: 'appointment',
	name: 'Appointment',
	noun: { one: 'appointment', many: 'appointments' },
	description: "A contact's appointments",
	facts: [contacts],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /contacts/{contactId}/appointments',
			action: 'Get many appointments of a contact',
			inputs: { contactId },
			list: { records: 'events' },
		},
	],
};

/** An empty Business ID removes the contacts from their business: HighLevel expects `null` then. */
async function emptyBusinessIsNull(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	const body = options.body as IDataObject;
	if (typeof body.businessId !== 'string' || body.businessId.trim() === '') body.businessId = null;
	return options;
}

export const bulk: ResourceDefinition = {
	value: 'bulk',
	name: 'Bulk',
	noun: { one: 'bulk change', many: 'bulk changes' },
	description: 'Changes to many contacts at once',
	facts: [contacts],
	defaultOperation: 'updateTags',
	operations: [
		{
			value: 'updateTags',
			endpoint: 'POST /contacts/bulk/tags/update/{type}',
			name: 'Update Tags',
			action: 'Add or remove tags on many contacts',
			description: 'Add tags to, or remove tags from, many contacts at once',
			inputs: {
				type: {
					displayName: 'Action',
					name: 'type',
					type: 'options',
					options: [
						{ name: 'Add Tags', value: 'add' },
						{ name: 'Remove Tags', value: 'remove' },
					],
					default: 'add',
				},
				contacts: { displayName: 'Contact IDs', description: 'Comma-separated contact IDs' },
				tags: tagNames(),
				removeAllTags: {
					description: 'Whether to remove every tag of the contacts (with the Remove Tags action)',
				},
			},
		},
		{
			value: 'updateBusiness',
			endpoint: 'POST /contacts/bulk/business',
			name: 'Update Business',
			action: 'Add or remove many contacts from a business',
			description: 'Link many contacts to a business, or unlink them by leaving Business ID empty',
			inputs: {
				ids: { displayName: 'Contact IDs', description: 'Comma-separated contact IDs' },
				businessId: {
					...field.string('businessId', 'Business ID', {
						description: 'Leave empty to remove the contacts from their business',
					}),
					// The spec requires it, but an empty value is meaningful here: it unlinks the contacts.
					required: false,
					routing: {
						send: { type: 'body', property: 'businessId', preSend: [emptyBusinessIsNull] },
					},
				},
			},
		},
	],
};

export const contactsArea: ResourceDefinition[] = [
	contact,
	task,
	note,
	tag,
	follower,
	campaign,
	workflow,
	appointment,
	bulk,
];
