import * as field from '../../shared/builder/fields';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { contactId, conversationId } from '../pickers';
import { conversationFacts } from './conversations';

/**
 * Custom conversation providers (conversations.json): a provider records the messages it carried
 * (inbound, and outbound calls), and reports their delivery status and attachments. `altId` is
 * the provider's own message ID: the location never goes there.
 */

/** The channels an inbound provider message may have, as the spec lists them. */
const INBOUND_TYPES = [
	{ name: 'All-in-One Chat', value: 'ALL_IN_ONE_CHAT' },
	{ name: 'Call', value: 'Call' },
	{ name: 'Campaign Call', value: 'Campaign_Call' },
	{ name: 'Campaign Voicemail', value: 'Campaign_VoiceMail' },
	{ name: 'Custom', value: 'Custom' },
	{ name: 'Email', value: 'Email' },
	{ name: 'Facebook', value: 'FB' },
	{ name: 'Form Submission', value: 'FORM_SUBMISSION' },
	{ name: 'Google Business Profile', value: 'GMB' },
	{ name: 'Instagram', value: 'IG' },
	{ name: 'IVR Call', value: 'IVR_Call' },
	{ name: 'Live Chat', value: 'Live_Chat' },
	{ name: 'RCS', value: 'RCS' },
	{ name: 'SMS', value: 'SMS' },
	{ name: 'TikTok', value: 'TIKTOK' },
	{ name: 'Web Chat', value: 'WebChat' },
	{ name: 'WhatsApp', value: 'WhatsApp' },
];

const inputs: Record<string, InputChoice> = {
	type: field.choice('type', 'Type', INBOUND_TYPES, { default: 'SMS' }),
	conversationId,
	contactId,
	conversationProviderId: { displayName: 'Conversation Provider ID' },
	altId: {
		displayName: 'Provider Message ID',
		description: "The message's ID in your provider, kept with the message in HighLevel",
	},
	message: { description: 'Text of the message' },
	attachments: { displayName: 'Attachment URLs', description: 'Comma-separated file URLs' },
	html: { displayName: 'HTML' },
	emailFrom: { displayName: 'From Email', placeholder: 'name@email.com' },
	emailTo: { displayName: 'To Email', placeholder: 'name@email.com' },
	emailCc: { displayName: 'CC', description: 'Comma-separated email addresses' },
	emailBcc: { displayName: 'BCC', description: 'Comma-separated email addresses' },
	emailMessageId: {
		displayName: 'Email Message ID',
		description: 'The email this one answers, to keep the thread',
	},
	direction: { description: 'Inbound or outbound; outbound when empty', placeholder: 'outbound' },
	date: { date: 'iso', description: 'When the message was sent or received' },
	call: {
		displayName: 'Call (JSON)',
		description: 'For calls: {"to": "+15550100", "from": "+15550111", "status": "completed"}',
	},
	// PUT /conversations/messages/{messageId}/status
	messageId: { displayName: 'Message ID' },
	status: { default: 'delivered' },
	error: {
		displayName: 'Error (JSON)',
		description: 'Why it failed: {"code": "1", "type": "saas", "message": "…"}',
	},
	recipients: { description: 'Comma-separated recipients the status applies to' },
};

export const providerMessage: ResourceDefinition = {
	value: 'providerMessage',
	name: 'Provider Message',
	noun: { one: 'provider message', many: 'provider messages' },
	description: 'Messages carried by a custom conversation provider',
	facts: [conversationFacts],
	defaultOperation: 'addInbound',
	operations: [
		{
			value: 'addInbound',
			endpoint: 'POST /conversations/messages/inbound',
			name: 'Add Inbound',
			action: 'Add an inbound message',
			description: 'Record a message your provider received, in its conversation',
			fields: ['message', 'altId'],
			inputs,
		},
		{
			value: 'addOutboundCall',
			endpoint: 'POST /conversations/messages/outbound',
			name: 'Add Outbound Call',
			action: 'Add an outbound call',
			description: 'Record a call your provider placed, in its conversation',
			fields: ['altId'],
			inputs: { ...inputs, type: { default: 'Call' } },
		},
		{
			value: 'updateStatus',
			endpoint: 'PUT /conversations/messages/{messageId}/status',
			name: 'Update Status',
			action: 'Update the delivery status of a message',
			inputs,
		},
		{
			value: 'updateAttachments',
			endpoint: 'PUT /conversations/messages/{messageId}/attachments',
			name: 'Update Attachments',
			action: 'Set the attachments of a message',
			inputs,
		},
	],
};
