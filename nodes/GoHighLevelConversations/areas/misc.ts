import type { ResourceDefinition } from '../../shared/builder/types';
import emailFacts from '../../shared/spec/email-isv.json';
import type { AreaFacts } from '../../shared/spec/types';
import { conversationId } from '../pickers';
import { conversationFacts } from './conversations';

/** Live chat (conversations.json) and email verification (email-isv.json). */

export const liveChat: ResourceDefinition = {
	value: 'liveChat',
	name: 'Live Chat',
	noun: { one: 'live chat', many: 'live chats' },
	description: 'The typing indicator of a live chat',
	facts: [conversationFacts],
	defaultOperation: 'setTypingIndicator',
	operations: [
		{
			value: 'setTypingIndicator',
			endpoint: 'POST /conversations/providers/live-chat/typing',
			name: 'Set Typing Indicator',
			action: 'Show or hide the typing indicator',
			description: 'Show the visitor of a live chat that someone is typing, or stop showing it',
			inputs: {
				conversationId,
				visitorId: { displayName: 'Visitor ID', description: 'The live chat visitor' },
				isTyping: {
					displayName: 'Is Typing',
					name: 'isTyping',
					type: 'options',
					options: [
						{ name: 'Typing', value: 'true' },
						{ name: 'Not Typing', value: 'false' },
					],
					default: 'true',
				},
			},
		},
	],
};

export const emailVerification: ResourceDefinition = {
	value: 'emailVerification',
	name: 'Email Verification',
	noun: { one: 'email verification', many: 'email verifications' },
	description: 'Check that an email address can receive mail',
	facts: [emailFacts as AreaFacts],
	defaultOperation: 'verify',
	operations: [
		{
			value: 'verify',
			endpoint: 'POST /email/verify',
			name: 'Verify',
			action: 'Verify an email address',
			description: "Verify an email address, or a contact's by the contact's ID",
			inputs: {
				type: { displayName: 'Verify By', default: 'email' },
				verify: {
					displayName: 'Email or Contact ID',
					description: 'The email address, or the contact ID when verifying by contact',
					placeholder: 'e.g. name@email.com',
				},
			},
		},
	],
};
