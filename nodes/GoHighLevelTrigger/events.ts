import type { INodePropertyOptions } from 'n8n-workflow';

export const ALL_EVENTS = '*';

export interface HighLevelEvent {
	/** Name of the event page in HighLevel's docs; used as the option value. */
	value: string;
	group: string;
	label: string;
	description: string;
	/** `type` values HighLevel puts on the wire when they differ from `value`. */
	wireTypes?: string[];
}

const event = (
	value: string,
	group: string,
	label: string,
	description: string,
	wireTypes?: string[],
): HighLevelEvent => ({ value, group, label, description, wireTypes });

/** Ordered for display: appointment and campaign events first, then by area. */
export const HIGHLEVEL_EVENTS: HighLevelEvent[] = [
	event('AppointmentCreate', 'Appointment', 'Created', 'An appointment is booked'),
	event(
		'AppointmentUpdate',
		'Appointment',
		'Updated',
		'An appointment changes (time, status, assignee, …)',
	),
	event('AppointmentDelete', 'Appointment', 'Deleted', 'An appointment is deleted'),
	event(
		'CampaignStatusUpdate',
		'Campaign',
		'Status Updated',
		"A contact's campaign status changes",
	),

	event('ContactCreate', 'Contact', 'Created', 'A contact is created'),
	event('ContactUpdate', 'Contact', 'Updated', 'A contact is updated'),
	event('ContactDelete', 'Contact', 'Deleted', 'A contact is deleted'),
	event('ContactDndUpdate', 'Contact', 'DND Updated', "A contact's Do Not Disturb settings change"),
	event('ContactTagUpdate', 'Contact', 'Tags Updated', "A contact's tags change"),

	event(
		'InboundMessage',
		'Conversation',
		'Inbound Message',
		'A contact sends a message or call comes in',
	),
	event(
		'OutboundMessage',
		'Conversation',
		'Outbound Message',
		'A user sends a message or places a call',
	),
	event(
		'ConversationUnreadWebhook',
		'Conversation',
		'Unread Count Updated',
		"A conversation's unread state changes",
		['ConversationUnreadUpdate'],
	),
	event(
		'ProviderOutboundMessage',
		'Conversation',
		'Provider Outbound Message',
		'A message to deliver through a custom conversation provider (payload type is SMS or Email)',
		['SMS', 'Email'],
	),
	event(
		'LCEmailStats',
		'Conversation',
		'Email Stats',
		'LC Email delivery events (delivered, opened, …)',
	),

	event('InvoiceCreate', 'Invoice', 'Created', 'An invoice is created'),
	event('InvoiceUpdate', 'Invoice', 'Updated', 'An invoice is updated'),
	event('InvoiceDelete', 'Invoice', 'Deleted', 'An invoice is deleted'),
	event('InvoiceSent', 'Invoice', 'Sent', 'An invoice is sent'),
	event('InvoicePaid', 'Invoice', 'Paid', 'An invoice is paid in full'),
	event('InvoicePartiallyPaid', 'Invoice', 'Partially Paid', 'An invoice is partially paid'),
	event('InvoiceVoid', 'Invoice', 'Voided', 'An invoice is voided'),

	event('LocationCreate', 'Location', 'Created', 'A sub-account (location) is created'),
	event('LocationUpdate', 'Location', 'Updated', 'A sub-account (location) is updated'),

	event('NoteCreate', 'Note', 'Created', 'A note is added to a contact'),
	event('NoteUpdate', 'Note', 'Updated', 'A note is updated'),
	event('NoteDelete', 'Note', 'Deleted', 'A note is deleted'),

	event('ObjectSchemaCreate', 'Object', 'Schema Created', 'A custom object schema is created'),
	event('ObjectSchemaUpdate', 'Object', 'Schema Updated', 'A custom object schema is updated'),
	event('RecordCreate', 'Record', 'Created', 'A custom object record is created'),
	event('RecordUpdate', 'Record', 'Updated', 'A custom object record is updated'),
	event('RecordDelete', 'Record', 'Deleted', 'A custom object record is deleted'),
	event(
		'AssociationCreate',
		'Association',
		'Created',
		'An association type between objects is created',
	),
	event('AssociationUpdate', 'Association', 'Updated', 'An association type is updated'),
	event('AssociationDelete', 'Association', 'Deleted', 'An association type is deleted'),
	event('RelationCreate', 'Relation', 'Created', 'Two records are linked'),
	event('RelationDelete', 'Relation', 'Deleted', 'A link between two records is removed'),

	event('OpportunityCreate', 'Opportunity', 'Created', 'An opportunity is created'),
	event('OpportunityUpdate', 'Opportunity', 'Updated', 'An opportunity is updated'),
	event('OpportunityDelete', 'Opportunity', 'Deleted', 'An opportunity is deleted'),
	event(
		'OpportunityAssignedToUpdate',
		'Opportunity',
		'Assigned User Updated',
		'An opportunity is reassigned',
	),
	event(
		'OpportunityMonetaryValueUpdate',
		'Opportunity',
		'Monetary Value Updated',
		"An opportunity's value changes",
	),
	event(
		'OpportunityStageUpdate',
		'Opportunity',
		'Stage Updated',
		'An opportunity moves to another stage',
	),
	event(
		'OpportunityStatusUpdate',
		'Opportunity',
		'Status Updated',
		'An opportunity is won, lost, abandoned or reopened',
	),

	event('OrderCreate', 'Order', 'Created', 'An order is placed'),
	event('OrderStatusUpdate', 'Order', 'Status Updated', "An order's status changes"),

	event('ProductCreate', 'Product', 'Created', 'A product is created'),
	event('ProductUpdate', 'Product', 'Updated', 'A product is updated'),
	event('ProductDelete', 'Product', 'Deleted', 'A product is deleted'),
	event('PriceCreate', 'Price', 'Created', 'A product price is created'),
	event('PriceUpdate', 'Price', 'Updated', 'A product price is updated'),
	event('PriceDelete', 'Price', 'Deleted', 'A product price is deleted'),

	event('TaskCreate', 'Task', 'Created', 'A task is created'),
	event('TaskComplete', 'Task', 'Completed', 'A task is completed'),
	event('TaskDelete', 'Task', 'Deleted', 'A task is deleted'),

	event('UserCreate', 'User', 'Created', 'A user is created'),

	event(
		'AppInstall',
		'App',
		'Installed',
		'Your Marketplace app is installed (payload type INSTALL)',
		['INSTALL'],
	),
	event(
		'AppUninstall',
		'App',
		'Uninstalled',
		'Your Marketplace app is uninstalled (payload type UNINSTALL)',
		['UNINSTALL'],
	),
	event(
		'PlanChange',
		'App',
		'Plan Changed',
		"An install's app plan changes (payload type PLAN_CHANGE)",
		['PLAN_CHANGE'],
	),
];

const byWireType = new Map<string, string>();
for (const e of HIGHLEVEL_EVENTS) {
	byWireType.set(e.value, e.value);
	for (const wire of e.wireTypes ?? []) byWireType.set(wire, e.value);
}

/** The catalogue event a payload belongs to, from its `type`; undefined when unknown. */
export function resolveEventType(payload: Record<string, unknown>): string | undefined {
	const type = payload.type;
	if (typeof type !== 'string') return undefined;
	return byWireType.get(type);
}

export const EVENT_OPTIONS: INodePropertyOptions[] = [
	...HIGHLEVEL_EVENTS.map((e) => ({
		name: `${e.group}: ${e.label}`,
		value: e.value,
		description: `${e.description} (${e.value})`,
	})),
	{
		name: 'All Events',
		value: ALL_EVENTS,
		description: 'Any event, including types this node does not know yet',
	},
];
