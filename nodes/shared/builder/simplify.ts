import type { IDataObject } from 'n8n-workflow';

/** The fields people use of large records, for the Simplify switch; keys a record lacks are left out. */
function pick(keys: string[]): (record: IDataObject) => IDataObject {
	return (record) => {
		const out: IDataObject = {};
		for (const key of keys) if (record[key] !== undefined) out[key] = record[key];
		return out;
	};
}

export const simplifyContact = pick([
	'id',
	'firstName',
	'lastName',
	'contactName',
	'name',
	'email',
	'phone',
	'companyName',
	'tags',
	'assignedTo',
	'dateAdded',
	'dateUpdated',
	'customFieldsByName',
]);

export const simplifyOpportunity = pick([
	'id',
	'name',
	'status',
	'monetaryValue',
	'pipelineId',
	'pipelineStageId',
	'contactId',
	'assignedTo',
	'createdAt',
	'updatedAt',
	'customFieldsByName',
]);

export const simplifyAppointment = pick([
	'id',
	'title',
	'calendarId',
	'contactId',
	'groupId',
	'appointmentStatus',
	'assignedUserId',
	'startTime',
	'endTime',
	'address',
	'meetingLocationType',
	'description',
	'notes',
	'isRecurring',
	'dateAdded',
	'dateUpdated',
]);

export const simplifyConversation = pick([
	'id',
	'contactId',
	'fullName',
	'contactName',
	'email',
	'phone',
	'type',
	'lastMessageBody',
	'lastMessageType',
	'lastMessageDirection',
	'lastMessageDate',
	'unreadCount',
	'assignedTo',
	'starred',
	'inbox',
	'dateAdded',
	'dateUpdated',
]);

export const simplifyInvoice = pick([
	'_id',
	'invoiceNumber',
	'name',
	'title',
	'status',
	'contactDetails',
	'currency',
	'total',
	'amountPaid',
	'amountDue',
	'issueDate',
	'dueDate',
	'liveMode',
	'createdAt',
	'updatedAt',
]);

export const simplifyUser = pick([
	'id',
	'name',
	'firstName',
	'lastName',
	'email',
	'phone',
	'roles',
	'deleted',
]);
