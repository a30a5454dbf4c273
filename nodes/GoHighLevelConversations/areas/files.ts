import type { IDataObject, IExecuteSingleFunctions, INodeExecutionData } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import {
	asBytes,
	binaryPropertyInput,
	multipartUpload,
	toBinary,
} from '../../shared/transport/binary';
import { contactId, conversationId } from '../pickers';
import { conversationFacts } from './conversations';
import { eachElement } from './shared';

/**
 * Files of the Conversations API area (conversations.json): attachments uploaded from an n8n
 * binary field, call recordings and transcriptions downloaded into one.
 */

/** The upload answers `{ uploadedFiles: { name: url } }`; `urls` lists the URLs to send with a message. */
async function listUploadedUrls(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	return items.map((item) => {
		const uploaded = item.json.uploadedFiles;
		if (!uploaded || typeof uploaded !== 'object') return item;
		const urls = Object.values(uploaded as IDataObject).filter((url) => typeof url === 'string');
		return { ...item, json: { ...item.json, urls } };
	});
}

const uploadInputs: Record<string, InputChoice> = {
	conversationId,
	contactId,
	attachmentUrls: {
		displayName: 'Attachment URLs',
		description: 'Comma-separated URLs of files to attach as well',
	},
	chatServiceSid: { displayName: 'Chat Service SID', description: 'For group SMS uploads' },
	isGroupSms: {
		displayName: 'Is Group SMS',
		description: 'Set to "true" for a group SMS upload (one file per request)',
	},
	filename: { displayName: 'File Name', placeholder: 'e.g. invoice.pdf' },
	contentType: { displayName: 'Content Type', placeholder: 'image/png' },
	fileSize: { description: 'Size of the file in bytes' },
	channel: { placeholder: 'SMS' },
	uploadId: { displayName: 'Upload ID' },
	filePath: {
		description: 'The file path Initiate Upload returned',
		placeholder: 'e.g. uploads/invoice.pdf',
	},
};

export const attachment: ResourceDefinition = {
	value: 'attachment',
	name: 'Attachment',
	noun: { one: 'attachment', many: 'attachments' },
	description: 'Files to send with messages',
	facts: [conversationFacts],
	defaultOperation: 'upload',
	operations: [
		{
			value: 'upload',
			endpoint: 'POST /conversations/messages/upload',
			name: 'Upload',
			action: 'Upload a file to attach to a message',
			description:
				"Upload the file of an input binary field; the output's URL list goes into a message's Attachment URLs",
			inputs: uploadInputs,
			// The file part comes from the binary field, not from a text input.
			hide: ['fileAttachment'],
			extra: [binaryPropertyInput('upload')],
			encode: multipartUpload('fileAttachment'),
			hooks: { postReceive: [listUploadedUrls] },
		},
		{
			value: 'initiateUpload',
			endpoint: 'POST /conversations/messages/upload/initiate',
			name: 'Initiate Upload',
			action: 'Start a large file upload',
			description: 'Get a URL to upload a large file to, then complete the upload',
			inputs: uploadInputs,
		},
		{
			value: 'completeUpload',
			endpoint: 'POST /conversations/messages/upload/complete',
			name: 'Complete Upload',
			action: 'Complete a large file upload',
			inputs: uploadInputs,
			hooks: { postReceive: [listUploadedUrls] },
		},
	],
};

const downloadField = binaryPropertyInput('download');

const callInputs: Record<string, InputChoice> = {
	messageId: { displayName: 'Message ID', description: 'The call message' },
};

export const callRecording: ResourceDefinition = {
	value: 'callRecording',
	name: 'Call Recording',
	noun: { one: 'call recording', many: 'call recordings' },
	description: 'Recordings and transcriptions of calls',
	facts: [conversationFacts],
	defaultOperation: 'download',
	operations: [
		{
			value: 'download',
			endpoint: 'GET /conversations/messages/{messageId}/locations/{locationId}/recording',
			name: 'Download',
			action: 'Download the recording of a call',
			description: 'The recording as a binary file (WAV)',
			inputs: callInputs,
			extra: [downloadField],
			hooks: { preSend: [asBytes], postReceive: [toBinary('recording.wav')] },
		},
		{
			value: 'getTranscription',
			endpoint: 'GET /conversations/locations/{locationId}/messages/{messageId}/transcription',
			name: 'Get Transcription',
			action: 'Get the transcription of a call',
			description: 'The transcription as JSON, one item per sentence',
			inputs: callInputs,
			hooks: { postReceive: [eachElement] },
		},
		{
			value: 'downloadTranscription',
			endpoint:
				'GET /conversations/locations/{locationId}/messages/{messageId}/transcription/download',
			name: 'Download Transcription',
			action: 'Download the transcription of a call',
			description: 'The transcription as a binary text file',
			inputs: callInputs,
			extra: [downloadField],
			hooks: { preSend: [asBytes], postReceive: [toBinary('transcription.txt')] },
		},
	],
};
