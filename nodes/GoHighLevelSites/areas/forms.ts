import { randomUUID } from 'node:crypto';

import type { IExecuteSingleFunctions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { contactId } from '../../GoHighLevelCrm/pickers';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import formsFacts from '../../shared/spec/forms.json';
import surveysFacts from '../../shared/spec/surveys.json';
import type { AreaFacts } from '../../shared/spec/types';
import { multipartPreSend, type BinaryPart } from '../../shared/transport/multipart';
import { offsetLimit, pageNumber } from '../../shared/transport/paging';
import { formId, surveyId } from '../pickers';

/** Forms (forms.json, 3 operations) and surveys (surveys.json, 2). */

const forms = formsFacts as AreaFacts;
const surveys = surveysFacts as AreaFacts;

const listPaging = offsetLimit({
	in: 'qs',
	offsetField: 'skip',
	limitField: 'limit',
	maxPageSize: 50,
});
const submissionPaging = pageNumber({
	in: 'qs',
	pageField: 'page',
	sizeField: 'limit',
	maxPageSize: 100,
});

const inputs: Record<string, InputChoice> = {
	formId,
	surveyId,
	contactId,
	type: { description: 'Kind of form or survey' },
	q: { displayName: 'Search', description: 'Text the submissions contain (name, email, phone, …)' },
	startAt: { displayName: 'From', description: 'Submissions from this date, e.g. 2026-01-01' },
	endAt: { displayName: 'To', description: 'Submissions up to this date, e.g. 2026-01-31' },
};

/** The files of a form upload: each goes to a custom field of the contact. */
const uploadFiles: INodeProperties = {
	displayName: 'Files',
	name: 'files',
	type: 'fixedCollection',
	placeholder: 'Add File',
	typeOptions: { multipleValues: true },
	default: {},
	required: true,
	description: 'Each file goes into a file-upload custom field of the contact',
	options: [
		{
			displayName: 'File',
			name: 'file',
			values: [
				{
					displayName: 'Custom Field ID',
					name: 'customFieldId',
					type: 'string',
					default: '',
					placeholder: 'e.g. 6ULx1gL9eBxsSMaqWfyo',
					description: 'The file-upload custom field the file goes into',
				},
				{
					displayName: 'File ID',
					name: 'fileId',
					type: 'string',
					default: '',
					description: 'An ID for the file; a new UUID when empty',
				},
				{
					displayName: 'Input Binary Field',
					name: 'binaryPropertyName',
					type: 'string',
					default: 'data',
					description: 'Name of the binary property of the input item that holds the file',
				},
			],
		},
	],
};

/** One part per file, named `<customFieldId>_<fileId>` as HighLevel documents. */
function formFiles(this: IExecuteSingleFunctions): BinaryPart[] {
	const entries = this.getNodeParameter('files.file', []) as Array<{
		customFieldId?: string;
		fileId?: string;
		binaryPropertyName?: string;
	}>;
	return entries.map((entry, index) => {
		const customField = String(entry.customFieldId ?? '').trim();
		if (!customField) {
			throw new NodeOperationError(this.getNode(), `File ${index + 1} has no Custom Field ID`, {
				description: 'Give the ID of the file-upload custom field each file goes into.',
				itemIndex: this.getItemIndex(),
			});
		}
		const file = String(entry.fileId ?? '').trim() || randomUUID();
		return {
			name: `${customField}_${file}`,
			binaryPropertyName: String(entry.binaryPropertyName ?? 'data'),
		};
	});
}

export const form: ResourceDefinition = {
	value: 'form',
	name: 'Form',
	noun: { one: 'form', many: 'forms' },
	facts: [forms],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /forms/',
			inputs,
			list: { records: 'forms', paging: listPaging },
		},
		{
			value: 'uploadFiles',
			endpoint: 'POST /forms/upload-custom-files',
			name: 'Upload Files',
			action: 'Upload files to custom fields of a contact',
			description:
				"Upload files from binary properties into a contact's file-upload custom fields, as a form submission does",
			inputs,
			extra: [uploadFiles],
			hooks: { preSend: [multipartPreSend(formFiles)] },
		},
	],
};

export const formSubmission: ResourceDefinition = {
	value: 'formSubmission',
	name: 'Form Submission',
	noun: { one: 'form submission', many: 'form submissions' },
	facts: [forms],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /forms/submissions',
			inputs,
			list: { records: 'submissions', paging: submissionPaging },
		},
	],
};

export const survey: ResourceDefinition = {
	value: 'survey',
	name: 'Survey',
	noun: { one: 'survey', many: 'surveys' },
	facts: [surveys],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /surveys/',
			inputs,
			list: { records: 'surveys', paging: listPaging },
		},
	],
};

export const surveySubmission: ResourceDefinition = {
	value: 'surveySubmission',
	name: 'Survey Submission',
	noun: { one: 'survey submission', many: 'survey submissions' },
	facts: [surveys],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /surveys/submissions',
			inputs,
			list: { records: 'submissions', paging: submissionPaging },
		},
	],
};

export const formsArea: ResourceDefinition[] = [form, formSubmission, survey, surveySubmission];
