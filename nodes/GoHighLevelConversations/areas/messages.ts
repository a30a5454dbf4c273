import type {
	IDataObject,
	IExecuteSingleFunctions,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';

import * as field from '../../shared/builder/fields';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { lastIdAndNextPage, responseCursor } from '../../shared/transport/paging';
import { contactId, conversationId } from '../pickers';
import { conversationFacts } from './conversations';
import { epochSeconds, unwrapOnly } from './shared';

/**
 * Messages of the Conversations API area (conversations.json): send (every channel the spec
 * lists), read, list, export, cancel scheduled ones, read email threads and reply to reviews.
 */

/** The channels `POST /conversations/messages` sends on, as the spec lists them. */
const MESSAGE_TYPES = [
	{ name: 'Custom Provider', value: 'Custom' },
	{ name: 'Email', value: 'Email' },
	{ name: 'Facebook', value: 'FB' },
	{ name: 'Instagram', value: 'IG' },
	{ name: 'Live Chat', value: 'Live_Chat' },
	{ name: 'RCS', value: 'RCS' },
	{ name: 'SMS', value: 'SMS' },
	{ name: 'TikTok', value: 'TIKTOK' },
	{ name: 'WhatsApp', value: 'WhatsApp' },
];

const EMAIL = ['Email'];
/** Channels that send from and to a phone number. */
const PHONE = ['SMS', 'RCS', 'WhatsApp'];

/** Shown only when the message's Type is one of `types`. */
function forTypes(property: INodeProperties, types: string[]): INodeProperties {
	return { ...property, displayOptions: { show: { '/type': types } } };
}

const emailList = (name: string, label: string) =>
	forTypes(
		field.stringList(name, label, { description: 'Comma-separated email addresses' }),
		EMAIL,
	);

const sendInputs: Record<string, InputChoice> = {
	type: {
		...field.choice('type', 'Type', MESSAGE_TYPES, { default: 'SMS' }),
		description: 'The channel to send on. Each channel shows the fields it uses.',
	},
	subType: {
		...field.string('subType', 'Sub-Type', {
			description:
				"HighLevel's sub-type of the message; the channel's own name unless told otherwise",
		}),
		default: '={{ $parameter.type }}',
	},
	// Its own copy, so that it follows Type on this operation rather than where Create placed it.
	contactId: { ...contactId },
	status: { default: 'pending', description: 'Status the message is recorded with' },
	message: {
		...field.string('message', 'Message', {
			description: 'Text of the message',
			placeholder: 'e.g. Your appointment is confirmed',
		}),
		typeOptions: { rows: 4 },
	},
	attachments: field.stringList('attachments', 'Attachment URLs', {
		description: 'Comma-separated file URLs, e.g. those the Attachment › Upload operation returns',
	}),
	appointmentId: { displayName: 'Appointment ID' },
	replyMessageId: { displayName: 'Reply to Message ID' },
	templateId: { displayName: 'Template ID' },
	conversationProviderId: {
		displayName: 'Conversation Provider ID',
		description: 'The custom conversation provider to send through',
	},
	scheduledTimestamp: epochSeconds(
		'scheduledTimestamp',
		'Scheduled Time',
		'Send at this time instead of now; scheduled messages can be cancelled',
	),
	fromNumber: forTypes(
		field.string('fromNumber', 'From Number', { placeholder: '+1 888-888-8888' }),
		PHONE,
	),
	toNumber: forTypes(
		field.string('toNumber', 'To Number', {
			placeholder: '+1 888-888-8888',
			description: "Send to this number instead of the contact's",
		}),
		PHONE,
	),
	html: forTypes(
		{
			...field.string('html', 'HTML', { description: 'HTML body of the email' }),
			typeOptions: { rows: 4 },
		},
		EMAIL,
	),
	subject: forTypes(field.string('subject', 'Subject'), EMAIL),
	emailFrom: forTypes(field.email('emailFrom', 'From Email'), EMAIL),
	emailTo: forTypes(
		field.email('emailTo', 'To Email', {
			description: "Send to this address of the contact instead of the contact's main email",
		}),
		EMAIL,
	),
	emailCc: emailList('emailCc', 'CC'),
	emailBcc: emailList('emailBcc', 'BCC'),
	emailReplyMode: forTypes(
		field.choice(
			'emailReplyMode',
			'Reply Mode',
			[
				{ name: 'Reply', value: 'reply' },
				{ name: 'Reply All', value: 'reply_all' },
			],
			{ default: 'reply' },
		),
		EMAIL,
	),
	threadId: forTypes(
		field.string('threadId', 'Thread ID', { description: 'The email thread to reply in' }),
		EMAIL,
	),
	customSubtypeId: forTypes(
		field.string('customSubtypeId', 'Custom Subtype ID', {
			description: 'The subscription subtype the email counts under (unsubscribe preferences)',
		}),
		EMAIL,
	),
	forward: forTypes(
		field.json('forward', 'Forward (JSON)', {
			description:
				'To forward an email, e.g. {"isForwarded": true, "messageId": "…", "toEmail": "name@email.com"}',
		}),
		EMAIL,
	),
	usesNativeSchedulingAi: forTypes(
		field.boolean('usesNativeSchedulingAi', 'Let HighLevel Choose the Send Time', {
			description: "Whether HighLevel's AI picks the time to send a scheduled email",
		}),
		EMAIL,
	),
	optimizationPeriod: forTypes(
		field.choice(
			'optimizationPeriod',
			'Optimization Period',
			[
				{ name: '24 Hours', value: '24h' },
				{ name: '48 Hours', value: '48h' },
				{ name: '72 Hours', value: '72h' },
			],
			{ default: '24h' },
		),
		EMAIL,
	),
};

const readInputs: Record<string, InputChoice> = {
	conversationId,
	id: { displayName: 'Message ID' },
	messageId: { displayName: 'Message ID' },
	emailMessageId: { displayName: 'Email Message ID' },
	type: { displayName: 'Message Type' },
	message: sendInputs.message,
	// GET /conversations/messages/export
	cursor: { description: 'Start after this cursor' },
	contactId: { displayName: 'Contact ID' },
	channel: {},
	sortBy: { default: 'createdAt' },
	sortOrder: { default: 'desc' },
	startDate: { date: 'iso', description: 'Messages created on or after this time' },
	endDate: { date: 'iso', description: 'Messages created up to this time' },
};

/**
 * HighLevel wraps a conversation's page of messages as `{ messages: { lastMessageId, nextPage,
 * messages } }`, where the spec describes it unwrapped: both come out as the unwrapped page.
 */
async function unwrapMessagesPage(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
): Promise<INodeExecutionData[]> {
	const body = items.length === 1 ? items[0].json : undefined;
	const inner = body?.messages as IDataObject | undefined;
	if (
		inner &&
		typeof inner === 'object' &&
		!Array.isArray(inner) &&
		Array.isArray(inner.messages)
	) {
		return [{ ...items[0], json: inner }];
	}
	return items;
}

export const message: ResourceDefinition = {
	value: 'message',
	name: 'Message',
	noun: { one: 'message', many: 'messages' },
	description: 'Send and read SMS, email, WhatsApp and other messages',
	facts: [conversationFacts],
	defaultOperation: 'send',
	operations: [
		{
			value: 'send',
			endpoint: 'POST /conversations/messages',
			name: 'Send',
			action: 'Send a message',
			description: 'Send an SMS, email, WhatsApp or other message to a contact, now or later',
			fields: ['message'],
			inputs: sendInputs,
		},
		{
			value: 'get',
			endpoint: 'GET /conversations/messages/{id}',
			inputs: readInputs,
			hooks: { postReceive: [unwrapOnly('message')] },
		},
		{
			value: 'getAll',
			endpoint: 'GET /conversations/{conversationId}/messages',
			action: 'Get many messages of a conversation',
			inputs: readInputs,
			hooks: { postReceive: [unwrapMessagesPage] },
			list: {
				records: 'messages',
				paging: lastIdAndNextPage({
					limitField: 'limit',
					cursorField: 'lastMessageId',
					lastIdField: 'lastMessageId',
					moreField: 'nextPage',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'export',
			endpoint: 'GET /conversations/messages/export',
			name: 'Export',
			action: 'Export the messages of the location',
			description: 'Every message of the location, filtered by channel, contact or dates',
			// A filter here: the picker (always required) is for the conversation an operation acts on.
			inputs: { ...readInputs, conversationId: { displayName: 'Conversation ID' } },
			list: {
				records: 'messages',
				paging: responseCursor({
					limitField: 'limit',
					cursorField: 'cursor',
					nextField: 'nextCursor',
					maxPageSize: 500,
					minPageSize: 10,
				}),
			},
		},
		{
			value: 'cancelScheduled',
			endpoint: 'DELETE /conversations/messages/{messageId}/schedule',
			name: 'Cancel Scheduled',
			action: 'Cancel a scheduled message',
			inputs: readInputs,
		},
		{
			value: 'getEmail',
			endpoint: 'GET /conversations/messages/email/{id}',
			name: 'Get Email',
			action: 'Get an email message',
			description: 'Get an email message with its thread ID, to read or answer the thread',
			inputs: { ...readInputs, id: { displayName: 'Email Message ID' } },
			hooks: { postReceive: [unwrapOnly('emailMessage')] },
		},
		{
			value: 'cancelScheduledEmail',
			endpoint: 'DELETE /conversations/messages/email/{emailMessageId}/schedule',
			name: 'Cancel Scheduled Email',
			action: 'Cancel a scheduled email',
			inputs: readInputs,
		},
		{
			value: 'replyToReview',
			endpoint: 'POST /conversations/messages/review-reply',
			name: 'Reply to Review',
			action: 'Reply to a review',
			inputs: readInputs,
		},
	],
};
