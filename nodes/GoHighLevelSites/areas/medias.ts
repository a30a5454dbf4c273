import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/medias.json';
import type { AreaFacts } from '../../shared/spec/types';
import {
	binaryPropertyInput,
	fileFromParameter,
	multipartPreSend,
} from '../../shared/transport/multipart';
import { offsetLimit } from '../../shared/transport/paging';
import { mediaFolderId } from '../pickers';

/** The media library (medias.json, 7 operations): files and folders, uploads from binary or URL. */

const medias = facts as AreaFacts;

/** HighLevel's largest media upload. */
export const MAX_MEDIA_BYTES = 25 * 1024 * 1024;

const inputs: Record<string, InputChoice> = {
	id: { displayName: 'File ID' },
	parentId: mediaFolderId,
	name: { placeholder: 'e.g. spring-banner.png' },
	sortBy: { placeholder: 'createdAt', description: 'Field to sort by, e.g. createdAt or name' },
	sortOrder: { placeholder: 'desc', description: 'asc or desc' },
	type: { placeholder: 'file', description: 'file or folder' },
	query: { description: 'Text the names contain' },
	fetchAll: { description: 'Set to "true" to list files of every folder' },
	filesToBeUpdated: {
		displayName: 'Files (JSON)',
		description: 'The files to rename, e.g. [{"id": "…", "name": "new-name.png"}]',
	},
	filesToBeDeleted: {
		displayName: 'Files (JSON)',
		description: 'The files to delete, e.g. [{"_id": "…"}]',
	},
	status: { description: 'Trashed files can be restored; deleted ones cannot' },
};

/** Where an upload's file comes from: a binary property, or a URL HighLevel fetches. */
const uploadSource = [
	{
		displayName: 'Source',
		name: 'uploadSource',
		type: 'options' as const,
		options: [
			{ name: 'Binary File', value: 'binary', description: 'A file of the input item' },
			{ name: 'URL', value: 'url', description: 'A file on the web, which HighLevel fetches' },
		],
		default: 'binary',
		description: 'Where the file comes from',
	},
	{
		...binaryPropertyInput(),
		description:
			'Name of the binary property of the input item that holds the file (25 MB at most)',
		displayOptions: { show: { uploadSource: ['binary'] } },
	},
	{
		displayName: 'File URL',
		name: 'fileUrl',
		type: 'string' as const,
		default: '',
		required: true,
		placeholder: 'https://example.com/banner.png',
		description: 'The public URL of the file; HighLevel hosts it from there',
		displayOptions: { show: { uploadSource: ['url'] } },
		routing: { send: { type: 'body' as const, property: 'fileUrl' } },
	},
];

/** A URL upload is `hosted=true` with `fileUrl` and no file part. */
async function hostedFlag(this: IExecuteSingleFunctions, options: IHttpRequestOptions) {
	if (this.getNodeParameter('uploadSource', 'binary') === 'url') {
		options.body = { ...((options.body ?? {}) as IDataObject), hosted: true };
	}
	return options;
}

function uploadParts(this: IExecuteSingleFunctions) {
	if (this.getNodeParameter('uploadSource', 'binary') === 'url') return [];
	return fileFromParameter('file').call(this);
}

export const media: ResourceDefinition = {
	value: 'media',
	name: 'Media File',
	noun: { one: 'media file', many: 'media files' },
	description: 'Files and folders of the media library',
	facts: [medias],
	defaultOperation: 'upload',
	operations: [
		{
			value: 'upload',
			endpoint: 'POST /medias/upload-file',
			name: 'Upload',
			action: 'Upload a media file',
			description: 'Upload a file (25 MB at most) from a binary property or from a URL',
			hide: ['file', 'hosted', 'fileUrl'],
			inputs,
			extra: uploadSource,
			hooks: {
				preSend: [
					hostedFlag,
					multipartPreSend(uploadParts, { maxFileBytes: MAX_MEDIA_BYTES, maxFileLabel: '25 MB' }),
				],
			},
		},
		{
			value: 'getAll',
			endpoint: 'GET /medias/files',
			inputs,
			list: {
				records: 'files',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'offset',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'rename',
			endpoint: 'POST /medias/{id}',
			name: 'Rename',
			action: 'Rename a media file',
			inputs,
		},
		{ value: 'delete', endpoint: 'DELETE /medias/{id}', inputs },
		{
			value: 'createFolder',
			endpoint: 'POST /medias/folder',
			name: 'Create Folder',
			action: 'Create a media folder',
			inputs: { ...inputs, name: { placeholder: 'e.g. Banners' } },
		},
		{
			value: 'renameMany',
			endpoint: 'PUT /medias/update-files',
			name: 'Rename Many',
			action: 'Rename many media files',
			inputs,
		},
		{
			value: 'deleteMany',
			endpoint: 'PUT /medias/delete-files',
			name: 'Delete Many',
			action: 'Delete or trash many media files',
			inputs,
		},
	],
};

export const mediasArea: ResourceDefinition[] = [media];
