import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { contactId } from '../pickers';
import { conversationFacts } from './conversations';
import { eachElement } from './shared';

/**
 * Subscription preferences (conversations.json): the custom subtypes a contact can unsubscribe
 * from, a contact's status, and changes to it.
 */

const inputs: Record<string, InputChoice> = {
	id: { displayName: 'Custom Subtype ID' },
	name: {
		description: 'Name of the subtype, up to 100 characters',
		placeholder: 'e.g. Newsletter',
	},
	description: { description: 'Up to 100 characters' },
	channel: { default: 'email' },
	language: { placeholder: 'en', description: 'Language code of the subtype' },
	archived: { description: 'Whether the subtype is archived' },
	resubscription_legal_form_id: { displayName: 'Resubscription Legal Form ID' },
	contactId,
	email: { placeholder: 'name@email.com', description: 'The address whose status to read' },
	subscription_action: {
		displayName: 'Subscription Action (JSON)',
		description:
			'For example {"type": "custom", "subtype_id": "…", "subtype_status": "unsubscribed"}; type is default, custom or resub_all',
	},
	legal_reason: { displayName: 'Legal Reason' },
	legal_description: { displayName: 'Legal Description' },
};

export const subscription: ResourceDefinition = {
	value: 'subscription',
	name: 'Subscription Preference',
	noun: { one: 'subscription preference', many: 'subscription preferences' },
	description: 'What a contact has unsubscribed from, and the custom subtypes to choose from',
	facts: [conversationFacts],
	defaultOperation: 'getStatus',
	operations: [
		{
			value: 'getSubtypes',
			endpoint: 'GET /conversations/preferences/custom-subtypes',
			name: 'Get Custom Subtypes',
			action: 'Get the custom subscription subtypes',
			hooks: { postReceive: [eachElement] },
		},
		{
			value: 'createSubtype',
			endpoint: 'POST /conversations/preferences/custom-subtypes',
			name: 'Create Custom Subtype',
			action: 'Create a custom subscription subtype',
			inputs,
		},
		{
			value: 'updateSubtype',
			endpoint: 'PUT /conversations/preferences/custom-subtypes/{id}',
			name: 'Update Custom Subtype',
			action: 'Update a custom subscription subtype',
			inputs,
		},
		{
			value: 'getStatus',
			endpoint: 'GET /conversations/preferences/unsubscriptions/status',
			name: 'Get Status',
			action: 'Get the subscription status of a contact',
			inputs,
		},
		{
			value: 'change',
			endpoint: 'POST /conversations/preferences/unsubscriptions/user-change',
			name: 'Change',
			action: 'Change the subscription of a contact',
			description: 'Subscribe or unsubscribe a contact, for one subtype or for all',
			inputs: { ...inputs, email: { placeholder: 'name@email.com' } },
		},
	],
};
