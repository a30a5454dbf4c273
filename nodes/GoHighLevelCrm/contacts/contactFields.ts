import type { INodeProperties } from 'n8n-workflow';

import * as field from '../../shared/builder/fields';

/** Contact attributes shared by Create, Upsert and Update (CreateContactDto, UpsertContactDto, UpdateContactDto). */
export const contactAttributes: INodeProperties[] = [
	field.string('firstName', 'First Name'),
	field.string('lastName', 'Last Name'),
	field.string('name', 'Full Name', {
		description: 'Used when first and last name are not given separately',
	}),
	field.string('address1', 'Address'),
	field.string('city', 'City'),
	field.string('state', 'State'),
	field.string('postalCode', 'Postal Code'),
	field.string('country', 'Country', {
		description: 'Two-letter country code, e.g. US',
		placeholder: 'US',
	}),
	field.string('website', 'Website'),
	field.string('timezone', 'Time Zone', {
		placeholder: 'America/Chicago',
		description: 'IANA time zone of the contact',
	}),
	field.string('source', 'Source', { placeholder: 'public api' }),
	field.string('assignedTo', 'Assigned To (User ID)', {
		description: 'ID of the user who owns the contact',
	}),
	field.string('dateOfBirth', 'Date of Birth', { placeholder: '1990-09-25' }),
	field.boolean('dnd', 'Do Not Disturb', {
		description: 'Whether to block all outbound communication to the contact',
	}),
	field.json('dndSettings', 'DND Settings (JSON)', {
		description:
			'Per channel, e.g. {"SMS": {"status": "active"}, "Email": {"status": "inactive"}}. Channels: Call, Email, SMS, WhatsApp, GMB, FB; status: active, inactive, permanent.',
	}),
	field.json('inboundDndSettings', 'Inbound DND Settings (JSON)', {
		description: 'For example {"all": {"status": "active"}}',
	}),
	field.stringList('tags', 'Tags', {
		description: "Comma-separated; replaces the contact's tags on Update",
	}),
	field.customFields(),
];

/** Only Create and Upsert accept these. */
export const createOnlyAttributes: INodeProperties[] = [
	field.string('companyName', 'Company Name'),
	field.choice(
		'gender',
		'Gender',
		[
			{ name: 'Female', value: 'female' },
			{ name: 'Male', value: 'male' },
		],
		{ default: 'female' },
	),
];

export const identity = {
	email: field.email('email', 'Email'),
	phone: field.string('phone', 'Phone', {
		placeholder: '+1 888-888-8888',
		description: 'Phone number in E.164 or national format',
	}),
};
