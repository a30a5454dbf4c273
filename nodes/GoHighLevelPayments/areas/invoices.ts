import { simplifyInvoice } from '../../shared/builder/simplify';
import type {
	InputChoice,
	OperationDefinition,
	ResourceDefinition,
} from '../../shared/builder/types';
import { moneyCheck } from '../../shared/builder/money';
import facts from '../../shared/spec/invoices.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { lineItemProperties, lineItemsBody } from '../lineItems';
import { estimateTemplateId, invoiceId, invoiceTemplateId } from '../pickers';

/**
 * The Invoices API area (invoices.json): invoices, invoice templates, schedules, estimates, estimate
 * templates and text2pay, 42 operations. The sub-account goes as `altId` + `altType=location`; both
 * agency and sub-account tokens are accepted.
 */

const invoices = facts as AreaFacts;

const paging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const currency: InputChoice = {
	displayName: 'Currency',
	placeholder: 'USD',
	description: 'Three-letter currency code (ISO 4217), e.g. USD',
};

const inputs: Record<string, InputChoice> = {
	invoiceId,
	currency,
	name: { placeholder: 'e.g. Website redesign', description: 'Name of the document' },
	notes: { placeholder: 'e.g. Paid by bank transfer', description: 'Note on the payment' },
	templateId: invoiceTemplateId,
	scheduleId: { displayName: 'Schedule ID' },
	// POST /invoices/schedule/{scheduleId}/auto-payment repeats an ID in its body, undocumented.
	id: {
		displayName: 'Auto Payment ID',
		description: 'The ID HighLevel asks for in the auto payment request',
	},
	estimateId: { displayName: 'Estimate ID' },
	businessDetails: { description: 'Your business as shown on the document: name, address, logo…' },
	contactDetails: { description: 'The customer: id, name, email, phone, address…' },
	sentTo: { description: 'Where to send it: email, phone numbers…' },
	discount: { description: 'Discount: type (percentage or fixed) and value' },
	issueDate: { placeholder: '2026-01-31', description: 'Issue date (YYYY-MM-DD)' },
	dueDate: { placeholder: '2026-02-28', description: 'Due date (YYYY-MM-DD)' },
	liveMode: { description: 'Whether to use live payments (off: test mode)' },
	search: { description: 'Text to search for' },
	contactId: { displayName: 'Contact ID' },
};

/** Line items as fields or JSON, with money checks, for operations that take `items[]`. */
const withLineItems = (key: 'items' | 'invoiceItems'): Partial<OperationDefinition> => ({
	hide: [key],
	extra: lineItemProperties,
	hooks: { preSend: [lineItemsBody(key)] },
});

const recordPaymentMoney = moneyCheck({ amounts: { amount: 'Amount' } });

export const invoice: ResourceDefinition = {
	value: 'invoice',
	name: 'Invoice',
	noun: { one: 'invoice', many: 'invoices' },
	facts: [invoices],
	defaultOperation: 'create',
	operations: [
		{ value: 'create', endpoint: 'POST /invoices/', inputs, ...withLineItems('items') },
		{
			value: 'getAll',
			endpoint: 'GET /invoices/',
			inputs,
			list: { records: 'invoices', paging },
			simplify: simplifyInvoice,
		},
		{ value: 'get', endpoint: 'GET /invoices/{invoiceId}', inputs, simplify: simplifyInvoice },
		{
			value: 'update',
			endpoint: 'PUT /invoices/{invoiceId}',
			inputs,
			...withLineItems('invoiceItems'),
		},
		{ value: 'delete', endpoint: 'DELETE /invoices/{invoiceId}', inputs },
		{
			value: 'send',
			endpoint: 'POST /invoices/{invoiceId}/send',
			name: 'Send',
			action: 'Send an invoice',
			inputs,
		},
		{
			value: 'recordPayment',
			endpoint: 'POST /invoices/{invoiceId}/record-payment',
			name: 'Record Payment',
			action: 'Record a payment of an invoice',
			description: 'Record a manual payment (cash, cheque, card, bank transfer…) of an invoice',
			inputs,
			hooks: { preSend: [recordPaymentMoney] },
		},
		{
			value: 'void',
			endpoint: 'POST /invoices/{invoiceId}/void',
			name: 'Void',
			action: 'Void an invoice',
			inputs,
		},
		{
			value: 'updateLateFees',
			endpoint: 'PATCH /invoices/{invoiceId}/late-fees-configuration',
			name: 'Update Late Fees',
			action: 'Update the late fees of an invoice',
			inputs,
		},
		{
			value: 'createAndSend',
			endpoint: 'POST /invoices/text2pay',
			name: 'Create and Send by Text (Text2Pay)',
			action: 'Create and send an invoice by text',
			description: 'Create an invoice and send its payment link (Text2Pay)',
			inputs,
			...withLineItems('items'),
		},
		{
			value: 'generateNumber',
			endpoint: 'GET /invoices/generate-invoice-number',
			name: 'Generate Number',
			action: 'Generate the next invoice number',
			inputs,
		},
		{
			value: 'getSettings',
			endpoint: 'GET /invoices/settings',
			name: 'Get Settings',
			action: 'Get the invoice settings',
			inputs,
		},
		{
			value: 'updateLastVisited',
			endpoint: 'PATCH /invoices/stats/last-visited-at',
			name: 'Update Last Visited',
			action: 'Update when an invoice was last viewed',
			inputs,
		},
	],
};

export const invoiceTemplate: ResourceDefinition = {
	value: 'invoiceTemplate',
	name: 'Invoice Template',
	noun: { one: 'invoice template', many: 'invoice templates' },
	facts: [invoices],
	operations: [
		{ value: 'create', endpoint: 'POST /invoices/template', inputs, ...withLineItems('items') },
		{
			value: 'getAll',
			endpoint: 'GET /invoices/template',
			inputs,
			list: { records: 'data', paging },
		},
		{ value: 'get', endpoint: 'GET /invoices/template/{templateId}', inputs },
		{
			value: 'update',
			endpoint: 'PUT /invoices/template/{templateId}',
			inputs,
			...withLineItems('items'),
		},
		{ value: 'delete', endpoint: 'DELETE /invoices/template/{templateId}', inputs },
		{
			value: 'updateLateFees',
			endpoint: 'PATCH /invoices/template/{templateId}/late-fees-configuration',
			name: 'Update Late Fees',
			action: 'Update the late fees of an invoice template',
			inputs,
		},
		{
			value: 'updatePaymentMethods',
			endpoint: 'PATCH /invoices/template/{templateId}/payment-methods-configuration',
			name: 'Update Payment Methods',
			action: 'Update the payment methods of an invoice template',
			inputs,
		},
	],
};

export const invoiceSchedule: ResourceDefinition = {
	value: 'invoiceSchedule',
	name: 'Invoice Schedule',
	noun: { one: 'invoice schedule', many: 'invoice schedules' },
	description: 'Recurring invoices',
	facts: [invoices],
	operations: [
		{ value: 'create', endpoint: 'POST /invoices/schedule', inputs, ...withLineItems('items') },
		{
			value: 'getAll',
			endpoint: 'GET /invoices/schedule',
			inputs,
			list: { records: 'schedules', paging },
		},
		{ value: 'get', endpoint: 'GET /invoices/schedule/{scheduleId}', inputs },
		{
			value: 'update',
			endpoint: 'PUT /invoices/schedule/{scheduleId}',
			inputs,
			...withLineItems('items'),
		},
		{ value: 'delete', endpoint: 'DELETE /invoices/schedule/{scheduleId}', inputs },
		{
			value: 'schedule',
			endpoint: 'POST /invoices/schedule/{scheduleId}/schedule',
			name: 'Schedule',
			action: 'Start an invoice schedule',
			inputs,
		},
		{
			value: 'updateAndSchedule',
			endpoint: 'POST /invoices/schedule/{scheduleId}/updateAndSchedule',
			name: 'Update and Schedule',
			action: 'Apply changes and restart an invoice schedule',
			inputs,
		},
		{
			value: 'setAutoPayment',
			endpoint: 'POST /invoices/schedule/{scheduleId}/auto-payment',
			name: 'Set Auto Payment',
			action: 'Set the auto payment of an invoice schedule',
			inputs,
		},
		{
			value: 'cancel',
			endpoint: 'POST /invoices/schedule/{scheduleId}/cancel',
			name: 'Cancel',
			action: 'Cancel an invoice schedule',
			inputs,
		},
	],
};

export const estimate: ResourceDefinition = {
	value: 'estimate',
	name: 'Estimate',
	noun: { one: 'estimate', many: 'estimates' },
	facts: [invoices],
	operations: [
		{ value: 'create', endpoint: 'POST /invoices/estimate', inputs, ...withLineItems('items') },
		{
			value: 'getAll',
			endpoint: 'GET /invoices/estimate/list',
			inputs,
			list: { records: 'estimates', paging },
		},
		{
			value: 'update',
			endpoint: 'PUT /invoices/estimate/{estimateId}',
			inputs,
			...withLineItems('items'),
		},
		{ value: 'delete', endpoint: 'DELETE /invoices/estimate/{estimateId}', inputs },
		{
			value: 'send',
			endpoint: 'POST /invoices/estimate/{estimateId}/send',
			name: 'Send',
			action: 'Send an estimate',
			inputs,
		},
		{
			value: 'createInvoice',
			endpoint: 'POST /invoices/estimate/{estimateId}/invoice',
			name: 'Create Invoice',
			action: 'Create an invoice from an estimate',
			inputs,
		},
		{
			value: 'generateNumber',
			endpoint: 'GET /invoices/estimate/number/generate',
			name: 'Generate Number',
			action: 'Generate the next estimate number',
			inputs,
		},
		{
			value: 'updateLastVisited',
			endpoint: 'PATCH /invoices/estimate/stats/last-visited-at',
			name: 'Update Last Visited',
			action: 'Update when an estimate was last viewed',
			inputs,
		},
	],
};

const estimateTemplateInputs: Record<string, InputChoice> = {
	...inputs,
	templateId: estimateTemplateId,
};

export const estimateTemplate: ResourceDefinition = {
	value: 'estimateTemplate',
	name: 'Estimate Template',
	noun: { one: 'estimate template', many: 'estimate templates' },
	facts: [invoices],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /invoices/estimate/template',
			inputs: estimateTemplateInputs,
			...withLineItems('items'),
		},
		{
			value: 'getAll',
			endpoint: 'GET /invoices/estimate/template',
			inputs: estimateTemplateInputs,
			list: { records: 'data', paging },
		},
		{
			value: 'update',
			endpoint: 'PUT /invoices/estimate/template/{templateId}',
			inputs: estimateTemplateInputs,
			...withLineItems('items'),
		},
		{
			value: 'delete',
			endpoint: 'DELETE /invoices/estimate/template/{templateId}',
			inputs: estimateTemplateInputs,
		},
		{
			value: 'preview',
			endpoint: 'GET /invoices/estimate/template/preview',
			name: 'Preview',
			action: 'Preview an estimate template',
			inputs: estimateTemplateInputs,
		},
	],
};

export const invoicesArea: ResourceDefinition[] = [
	invoice,
	invoiceTemplate,
	invoiceSchedule,
	estimate,
	estimateTemplate,
];
