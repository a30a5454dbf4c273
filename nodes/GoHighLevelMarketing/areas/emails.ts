import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import emailsFacts from '../../shared/spec/emails.json';
import linksFacts from '../../shared/spec/links.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { emailTemplateId } from '../pickers';

/** Email templates and schedules (emails.json, 5 operations) and trigger links (links.json, 6). */

const emails = emailsFacts as AreaFacts;
const links = linksFacts as AreaFacts;

const offsetPaging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const templateInputs: Record<string, InputChoice> = {
	templateId: emailTemplateId,
	title: { placeholder: 'e.g. Welcome email' },
	updatedBy: { displayName: 'Updated By (User ID)', placeholder: 'e.g. 6ULx1gL9eBxsSMaqWfyo' },
	dnd: {
		displayName: 'Builder Content (JSON)',
		description: "The drag-and-drop builder's document, as the email builder saves it",
	},
	html: { displayName: 'HTML', placeholder: '<p>Hello {{contact.first_name}}</p>' },
	parentId: { displayName: 'Folder ID', description: 'ID of the folder the template goes in' },
	templateDataUrl: { displayName: 'Template Data URL' },
	importURL: { displayName: 'Import URL' },
	originId: { displayName: 'Origin ID' },
	isPlainText: { description: 'Whether the template is plain text' },
	search: { description: 'Text the template names contain' },
};

export const emailTemplate: ResourceDefinition = {
	value: 'emailTemplate',
	name: 'Email Template',
	noun: { one: 'email template', many: 'email templates' },
	description: "Templates of HighLevel's email builder",
	facts: [emails],
	operations: [
		{ value: 'create', endpoint: 'POST /emails/builder', inputs: templateInputs },
		{
			value: 'getAll',
			endpoint: 'GET /emails/builder',
			inputs: templateInputs,
			list: { records: '*', paging: offsetPaging },
		},
		{
			value: 'updateContent',
			endpoint: 'POST /emails/builder/data',
			name: 'Update Content',
			action: 'Update the content of an email template',
			inputs: templateInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /emails/builder/{locationId}/{templateId}',
			inputs: templateInputs,
		},
	],
};

export const emailSchedule: ResourceDefinition = {
	value: 'emailSchedule',
	name: 'Email Campaign',
	noun: { one: 'email campaign', many: 'email campaigns' },
	description: 'Scheduled email campaigns',
	facts: [emails],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /emails/schedule',
			inputs: {
				parentId: { displayName: 'Folder ID' },
				limitedFields: { description: 'Whether to return fewer fields per campaign' },
				showStats: { description: 'Whether to include sending statistics' },
				campaignsOnly: { description: 'Whether to leave out folders' },
			},
			list: { records: 'schedules', paging: offsetPaging },
		},
	],
};

const linkInputs: Record<string, InputChoice> = {
	linkId: { displayName: 'Trigger Link ID' },
	name: { placeholder: 'e.g. Webinar sign-up' },
	redirectTo: {
		displayName: 'Redirect To',
		description: 'The URL the link sends visitors to',
		placeholder: 'https://example.com/page',
	},
	query: { description: 'Text the link names contain' },
};

export const triggerLink: ResourceDefinition = {
	value: 'triggerLink',
	name: 'Trigger Link',
	noun: { one: 'trigger link', many: 'trigger links' },
	description: 'Tracked links that trigger workflows when clicked',
	facts: [links],
	operations: [
		{ value: 'create', endpoint: 'POST /links/', inputs: linkInputs, root: 'link' },
		{ value: 'get', endpoint: 'GET /links/id/{linkId}', inputs: linkInputs },
		{ value: 'getAll', endpoint: 'GET /links/', list: { records: 'links' } },
		{
			value: 'search',
			endpoint: 'GET /links/search',
			name: 'Search',
			action: 'Search trigger links',
			inputs: linkInputs,
			list: {
				records: 'links',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{ value: 'update', endpoint: 'PUT /links/{linkId}', inputs: linkInputs, root: 'link' },
		{ value: 'delete', endpoint: 'DELETE /links/{linkId}', inputs: linkInputs },
	],
};

export const emailsArea: ResourceDefinition[] = [emailTemplate, emailSchedule, triggerLink];
