import * as field from '../../shared/builder/fields';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/opportunities.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit, pageNumber, startAfterCursor } from '../../shared/transport/paging';
import { contactId } from '../pickers';
import { simplifyOpportunity } from '../../shared/builder/simplify';
import { picker, users } from '../../shared/recordPickers';
import {
	addCustomFieldNames,
	customFieldNamesOption,
	customFieldsByName,
	preloadCustomFields,
} from '../../shared/customFields/byName';

/** The Opportunities API area (opportunities.json): opportunities, pipelines and lost reasons, 12 operations. */

const opportunities = facts as AreaFacts;

/** Loads the location's opportunity custom field definitions before a request that uses them. */
const preload = preloadCustomFields('opportunity');

const inputs: Record<string, InputChoice> = {
	id: picker('opportunity', 'id', 'Opportunity ID'),
	name: { description: 'Name of the opportunity', placeholder: 'e.g. Website redesign' },
	pipelineId: picker('pipeline', 'pipelineId', 'Pipeline ID'),
	pipelineStageId: picker('pipelineStage', 'pipelineStageId', 'Pipeline Stage ID'),
	contactId,
	monetaryValue: { displayName: 'Value', description: 'Monetary value of the opportunity' },
	assignedTo: picker(
		'user',
		'assignedTo',
		'Assigned To (User ID)',
		'The user who owns the opportunity',
	),
	lostReasonId: { displayName: 'Lost Reason ID' },
	customFields: customFieldsByName('opportunity'),
	followers: users('Follower'),
	isRemoveAllFollowers: { description: 'Whether to remove every follower' },
	// GET /opportunities/search
	q: { displayName: 'Query', description: 'Free-text search' },
	pipeline_id: picker('pipeline', 'pipeline_id', 'Pipeline ID'),
	pipeline_stage_id: picker('pipelineStage', 'pipeline_stage_id', 'Pipeline Stage ID'),
	contact_id: picker('contact', 'contact_id', 'Contact ID'),
	assigned_to: picker('user', 'assigned_to', 'Assigned To (User ID)'),
	campaignId: picker('campaign', 'campaignId', 'Campaign ID'),
	date: {
		displayName: 'Start Date',
		placeholder: 'mm-dd-yyyy',
		description: 'Opportunities created on or after this date (mm-dd-yyyy)',
	},
	endDate: {
		placeholder: 'mm-dd-yyyy',
		description: 'Opportunities created up to this date (mm-dd-yyyy)',
	},
	order: { placeholder: 'added_desc' },
	getTasks: { description: 'Whether to include the tasks of each opportunity' },
	getNotes: { description: 'Whether to include the notes of each opportunity' },
	getCalendarEvents: { description: 'Whether to include the calendar events of each opportunity' },
	// POST /opportunities/search
	query: {
		...field.string('query', 'Query', { description: 'Free-text search; empty matches all' }),
		required: false,
	},
	additionalDetails: {
		description: 'Which related records to include with each opportunity',
	},
};

export const opportunity: ResourceDefinition = {
	value: 'opportunity',
	name: 'Opportunity',
	noun: { one: 'opportunity', many: 'opportunities' },
	facts: [opportunities],
	defaultOperation: 'create',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /opportunities/',
			inputs,
			root: 'opportunity',
			simplify: simplifyOpportunity,
			hooks: { beforeRequest: [preload] },
		},
		{
			value: 'upsert',
			endpoint: 'POST /opportunities/upsert',
			description:
				'Create an opportunity, or update the one with the same ID or contact and pipeline',
			inputs,
			hooks: { beforeRequest: [preload] },
		},
		{
			value: 'get',
			endpoint: 'GET /opportunities/{id}',
			inputs,
			root: 'opportunity',
			simplify: simplifyOpportunity,
			extra: [customFieldNamesOption],
			hooks: {
				beforeRequest: [preload],
				postReceive: [addCustomFieldNames('opportunity')],
			},
		},
		{
			value: 'getAll',
			endpoint: 'GET /opportunities/search',
			description: "Search the location's opportunities, with filters",
			inputs,
			list: {
				records: 'opportunities',
				paging: startAfterCursor({ limitField: 'limit', maxPageSize: 100 }),
			},
			extra: [customFieldNamesOption],
			hooks: {
				beforeRequest: [preload],
				postReceive: [addCustomFieldNames('opportunity', 'opportunities')],
			},
			simplify: simplifyOpportunity,
		},
		{
			value: 'search',
			endpoint: 'POST /opportunities/search',
			name: 'Search',
			action: 'Search opportunities',
			description:
				'Search opportunities with a query, optionally with their notes, tasks and events',
			idempotent: true,
			inputs,
			list: {
				records: 'opportunities',
				paging: pageNumber({
					in: 'body',
					pageField: 'page',
					sizeField: 'limit',
					maxPageSize: 100,
					initial: { searchAfter: [] },
				}),
			},
			extra: [customFieldNamesOption],
			hooks: {
				beforeRequest: [preload],
				postReceive: [addCustomFieldNames('opportunity', 'opportunities')],
			},
			simplify: simplifyOpportunity,
		},
		{
			value: 'update',
			endpoint: 'PUT /opportunities/{id}',
			inputs,
			root: 'opportunity',
			simplify: simplifyOpportunity,
			hooks: { beforeRequest: [preload] },
		},
		{
			value: 'updateStatus',
			endpoint: 'PUT /opportunities/{id}/status',
			name: 'Update Status',
			action: 'Update the status of an opportunity',
			inputs,
		},
		{ value: 'delete', endpoint: 'DELETE /opportunities/{id}', inputs },
		{
			value: 'addFollowers',
			endpoint: 'POST /opportunities/{id}/followers',
			name: 'Add Followers',
			action: 'Add followers to an opportunity',
			inputs,
		},
		{
			value: 'removeFollowers',
			endpoint: 'DELETE /opportunities/{id}/followers',
			name: 'Remove Followers',
			action: 'Remove followers from an opportunity',
			inputs,
		},
	],
};

export const pipeline: ResourceDefinition = {
	value: 'pipeline',
	name: 'Pipeline',
	noun: { one: 'pipeline', many: 'pipelines' },
	description: 'Opportunity pipelines and their stages',
	facts: [opportunities],
	operations: [
		{ value: 'getAll', endpoint: 'GET /opportunities/pipelines', list: { records: 'pipelines' } },
	],
};

export const lostReason: ResourceDefinition = {
	value: 'lostReason',
	name: 'Lost Reason',
	noun: { one: 'lost reason', many: 'lost reasons' },
	description: 'Reasons an opportunity was lost',
	facts: [opportunities],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /opportunities/lost-reason',
			inputs: {
				deleted: { description: 'Whether to list deleted lost reasons' },
				getCount: { description: 'Whether to include the total count' },
			},
			list: {
				records: 'lostReasons',
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

export const opportunitiesArea: ResourceDefinition[] = [opportunity, pipeline, lostReason];
