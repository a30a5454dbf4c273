import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import coursesFacts from '../../shared/spec/courses.json';
import proposalsFacts from '../../shared/spec/proposals.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';

/** Courses import (courses.json, 1 operation) and proposals (proposals.json, 4). */

const courses = coursesFacts as AreaFacts;
const proposals = proposalsFacts as AreaFacts;

const skipPaging = offsetLimit({
	in: 'qs',
	offsetField: 'skip',
	limitField: 'limit',
	maxPageSize: 100,
});

export const course: ResourceDefinition = {
	value: 'course',
	name: 'Course',
	noun: { one: 'course', many: 'courses' },
	description: 'Memberships courses',
	facts: [courses],
	operations: [
		{
			value: 'import',
			endpoint: 'POST /courses/courses-exporter/public/import',
			name: 'Import',
			action: 'Import courses',
			description: 'Import courses, with their products, posts and offers',
			inputs: {
				products: {
					displayName: 'Products (JSON)',
					description: 'The courses to import, as HighLevel’s course import takes them',
				},
			},
		},
	],
};

const proposalInputs: Record<string, InputChoice> = {
	documentId: { displayName: 'Document ID' },
	templateId: { displayName: 'Template ID' },
	ccRecipients: { displayName: 'CC Recipients (JSON)' },
	notificationSettings: { displayName: 'Notification Settings (JSON)' },
	query: { description: 'Text the documents contain' },
	dateFrom: { description: 'From this date, e.g. 2026-01-01T00:00:00Z' },
	dateTo: { description: 'Up to this date, e.g. 2026-01-31T00:00:00Z' },
	sendDocument: { description: 'Whether to send the document created from the template' },
};

export const proposalDocument: ResourceDefinition = {
	value: 'proposalDocument',
	name: 'Proposal Document',
	noun: { one: 'document', many: 'documents' },
	description: 'Proposals, estimates and contracts',
	facts: [proposals],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /proposals/document',
			inputs: proposalInputs,
			list: { records: 'documents', paging: skipPaging },
		},
		{
			value: 'send',
			endpoint: 'POST /proposals/document/send',
			name: 'Send',
			action: 'Send a document',
			inputs: proposalInputs,
		},
	],
};

export const proposalTemplate: ResourceDefinition = {
	value: 'proposalTemplate',
	name: 'Proposal Template',
	noun: { one: 'template', many: 'templates' },
	description: 'Templates of proposals and contracts',
	facts: [proposals],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /proposals/templates',
			inputs: proposalInputs,
			list: { records: 'data', paging: skipPaging },
		},
		{
			value: 'send',
			endpoint: 'POST /proposals/templates/send',
			name: 'Send',
			action: 'Send a document from a template',
			inputs: proposalInputs,
		},
	],
};

export const coursesProposalsArea: ResourceDefinition[] = [
	course,
	proposalDocument,
	proposalTemplate,
];
