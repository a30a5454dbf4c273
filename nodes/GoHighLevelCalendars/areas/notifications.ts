import type { IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { offsetLimit } from '../../shared/transport/paging';
import { users } from '../../shared/recordPickers';
import { calendarId } from '../pickers';
import { ARRAY_RECORDS, splitArray, wrapArray } from './arrays';
import { calendarsFacts } from './calendars';

/**
 * Calendar notifications (calendars.json, under `/calendars/{calendarId}/notifications`). Creating
 * takes a bare JSON array of notifications as the whole body, entered as JSON.
 */

export const NOTIFICATIONS_EXAMPLE =
	'[{"receiverType": "contact", "channel": "email", "notificationType": "booked", "isActive": true, "subject": "Your booking", "body": "See you soon"}, {"receiverType": "contact", "channel": "sms", "notificationType": "reminder", "body": "Reminder: your appointment is tomorrow", "beforeTime": [{"timeOffset": 1, "unit": "days"}]}]';

const LABEL = 'Notifications (JSON)';

/** The JSON array becomes the request body itself. */
async function sendArrayBody(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const raw = this.getNodeParameter('notificationList', '') as unknown;
	const fail = (problem: string, fix: string): never => {
		throw new NodeOperationError(this.getNode(), `"${LABEL}" ${problem}`, {
			description: fix,
			itemIndex: this.getItemIndex(),
		});
	};
	let list = raw;
	if (typeof raw === 'string') {
		try {
			list = JSON.parse(raw);
		} catch (error) {
			fail(
				`is not valid JSON (${(error as Error).message})`,
				`Fix the JSON, e.g. ${NOTIFICATIONS_EXAMPLE}`,
			);
		}
	}
	if (list && typeof list === 'object' && !Array.isArray(list)) list = [list];
	if (!Array.isArray(list) || list.length === 0) {
		fail(
			'must be a JSON array with at least one notification',
			`Give an array such as ${NOTIFICATIONS_EXAMPLE}`,
		);
	}
	(list as unknown[]).forEach((entry, index) => {
		const missing = ['receiverType', 'channel', 'notificationType'].filter(
			(key) => !entry || typeof entry !== 'object' || !(entry as Record<string, unknown>)[key],
		);
		if (missing.length) {
			fail(
				`entry ${index + 1} has no ${missing.join(', ')}`,
				'Every notification needs receiverType, channel and notificationType.',
			);
		}
	});
	options.body = list as IHttpRequestOptions['body'];
	return options;
}

const notificationList: INodeProperties = {
	displayName: LABEL,
	name: 'notificationList',
	type: 'json',
	default: '',
	required: true,
	placeholder: NOTIFICATIONS_EXAMPLE,
	description:
		'An array of notifications: receiverType (contact, guest, assignedUser, emails, phoneNumbers, business), channel (email, inApp, sms, whatsapp), notificationType (booked, confirmation, cancellation, reminder, followup, reschedule), and optional isActive, templateId, subject, body, beforeTime/afterTime [{ timeOffset, unit }], selectedUsers, additionalEmailIds, additionalPhoneNumbers, fromAddress, fromName, fromNumber',
};

const timeExample = '[{"timeOffset": 1, "unit": "hours"}]';

const notificationInputs: Record<string, InputChoice> = {
	calendarId,
	notificationId: { displayName: 'Notification ID' },
	isActive: { description: 'Whether the notification is active' },
	deleted: { description: 'Whether to list deleted notifications' },
	afterTime: { displayName: 'After Time (JSON)', placeholder: timeExample },
	beforeTime: { displayName: 'Before Time (JSON)', placeholder: timeExample },
	additionalEmailIds: {
		displayName: 'Additional Emails',
		description: 'Comma-separated email addresses',
	},
	additionalPhoneNumbers: { description: 'Comma-separated phone numbers' },
	selectedUsers: users('Selected User'),
	templateId: { displayName: 'Template ID' },
	fromAddress: { placeholder: 'name@email.com' },
};

export const calendarNotification: ResourceDefinition = {
	value: 'calendarNotification',
	// eslint-disable-next-line n8n-nodes-base/node-param-option-name-wrong-for-get-many -- a resource definition (its default operation is Get Many), not an operation option
	name: 'Calendar Notification',
	noun: { one: 'calendar notification', many: 'calendar notifications' },
	description: 'Emails and messages a calendar sends about bookings',
	facts: [calendarsFacts],
	defaultOperation: 'getAll',
	operations: [
		{
			value: 'create',
			endpoint: 'POST /calendars/{calendarId}/notifications',
			name: 'Create',
			action: 'Create calendar notifications',
			inputs: notificationInputs,
			extra: [notificationList],
			hooks: { preSend: [sendArrayBody], postReceive: [splitArray] },
		},
		{
			value: 'get',
			endpoint: 'GET /calendars/{calendarId}/notifications/{notificationId}',
			inputs: notificationInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /calendars/{calendarId}/notifications',
			inputs: notificationInputs,
			hooks: { postReceive: [wrapArray] },
			list: {
				records: ARRAY_RECORDS,
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /calendars/{calendarId}/notifications/{notificationId}',
			inputs: notificationInputs,
		},
		{
			value: 'delete',
			endpoint: 'DELETE /calendars/{calendarId}/notifications/{notificationId}',
			inputs: notificationInputs,
		},
	],
};

export const notificationsArea: ResourceDefinition[] = [calendarNotification];
