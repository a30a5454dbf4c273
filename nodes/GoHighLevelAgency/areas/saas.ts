import type {
	IExecuteSingleFunctions,
	IN8nHttpFullResponse,
	INodeExecutionData,
} from 'n8n-workflow';

import type {
	InputChoice,
	OperationDefinition,
	ResourceDefinition,
} from '../../shared/builder/types';
import facts from '../../shared/spec/saas-api.json';
import type { AreaFacts } from '../../shared/spec/types';
import { pageNumber } from '../../shared/transport/paging';
import { companyId, planId } from '../pickers';

/**
 * The SaaS API area (saas-api.json): SaaS plans, sub-account subscriptions, enabling SaaS for
 * sub-accounts, and rebilling, 22 operations. Each operation exists twice in HighLevel's spec: under
 * `/saas/` and, deprecated by HighLevel, under `/saas-api/public-api/`. Both are offered; the
 * deprecated ones are marked so and name their current twin.
 */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	companyId,
	planId,
	locationIds: {
		displayName: 'Sub-Account IDs',
		description: 'Comma-separated IDs of the sub-accounts',
	},
	isSaaSV2: {
		displayName: 'SaaS V2',
		description:
			'Whether the sub-accounts use SaaS v2 (plans with prices) rather than the first SaaS mode',
	},
	actionPayload: {
		displayName: 'Plan (JSON)',
		description:
			'The plan to enable, as JSON, e.g. {"saasPlanId": "…", "priceId": "…", "stripeAccountId": "…"}',
	},
	product: { description: 'The product whose usage is rebilled' },
	config: {
		displayName: 'Rebilling (JSON)',
		description:
			'How the product is rebilled, as JSON, e.g. {"enabled": true, "optIn": true, "markup": 10}',
	},
	subscriptionId: {
		displayName: 'Stripe Subscription ID',
		placeholder: 'e.g. sub_1QDPY5FpU9DlKp7R',
	},
	customerId: { displayName: 'Stripe Customer ID', placeholder: 'e.g. cus_QzRCl1b7wWrmGT' },
	stripeAccountId: { displayName: 'Stripe Account ID' },
	stripeCustomerId: { displayName: 'Stripe Customer ID' },
	name: { description: 'Name of the customer' },
	email: { description: 'Email of the customer' },
	contactId: { displayName: 'Contact ID', description: 'The customer as a contact of the agency' },
	providerLocationId: { displayName: 'Provider Sub-Account ID' },
	description: { description: 'Description of the subscription' },
	saasPlanId: { displayName: 'SaaS Plan ID' },
	priceId: { displayName: 'Price ID', description: "The plan's price (monthly or yearly)" },
	paused: { description: 'Whether to pause the sub-account (on) or resume it (off)' },
};

/** A bare list of IDs becomes one item, rather than one item per text. */
async function idsAsOneItem(
	this: IExecuteSingleFunctions,
	items: INodeExecutionData[],
	response: IN8nHttpFullResponse,
): Promise<INodeExecutionData[]> {
	if (Array.isArray(response.body)) return [{ json: { locationIds: response.body } }];
	return items;
}

const PUBLIC_API = '/saas-api/public-api';

/**
 * An operation and its deprecated twin under `/saas-api/public-api/`: same inputs, value and name
 * with "(Public API)" added; the builder marks it deprecated from the spec.
 */
function withTwin(operation: OperationDefinition & { name: string; action: string }) {
	const [method, path] = operation.endpoint.split(' ');
	const twin: OperationDefinition = {
		...operation,
		value: `${operation.value}PublicApi`,
		endpoint: `${method} ${path.replace(/^\/saas/, PUBLIC_API)}`,
		name: `${operation.name} (Public API)`,
		action: `${operation.action} on the public API path`,
		description:
			`Deprecated by HighLevel: prefer ${operation.name}, the same operation on ${path}. ${operation.description ?? ''}`.trim(),
	};
	return [operation, twin];
}

const locationsPaging = (records: string) => ({
	records,
	paging: pageNumber({
		in: 'qs',
		pageField: 'page',
		maxPageSize: Number.POSITIVE_INFINITY,
		moreAt: 'pagination.hasNext',
	}),
});

export const saasPlan: ResourceDefinition = {
	value: 'saasPlan',
	name: 'SaaS Plan',
	noun: { one: 'SaaS plan', many: 'SaaS plans' },
	description: "The agency's SaaS plans for its sub-accounts",
	facts: [area],
	operations: [
		...withTwin({
			value: 'getAll',
			endpoint: 'GET /saas/agency-plans/{companyId}',
			name: 'Get Many',
			action: 'Get many SaaS plans',
			description:
				"List the agency's SaaS plans with their prices, products and limits. Needs an agency token and the company ID.",
			inputs,
			list: { records: '*' },
		}),
		...withTwin({
			value: 'get',
			endpoint: 'GET /saas/saas-plan/{planId}',
			name: 'Get',
			action: 'Get a SaaS plan',
			description: 'Get one SaaS plan. Needs an agency token, the plan and the company ID.',
			inputs,
		}),
	],
};

export const saasSubscription: ResourceDefinition = {
	value: 'saasSubscription',
	name: 'SaaS Subscription',
	noun: { one: 'SaaS subscription', many: 'SaaS subscriptions' },
	description: "A sub-account's SaaS subscription",
	facts: [area],
	operations: [
		...withTwin({
			value: 'get',
			endpoint: 'GET /saas/get-saas-subscription/{locationId}',
			name: 'Get',
			action: 'Get the SaaS subscription of a sub account',
			description:
				"Get a sub-account's SaaS mode, plan, price and Stripe subscription. Needs an agency token, the sub-account and the company ID.",
			inputs,
		}),
		...withTwin({
			value: 'update',
			endpoint: 'PUT /saas/update-saas-subscription/{locationId}',
			name: 'Update',
			action: 'Update the SaaS subscription of a sub account',
			description:
				'Link a sub-account to another Stripe subscription and customer. Needs an agency token, the sub-account, the company ID and the Stripe IDs.',
			inputs,
		}),
	],
};

export const saasSubAccount: ResourceDefinition = {
	value: 'saasSubAccount',
	name: 'SaaS Sub-Account',
	noun: { one: 'SaaS sub account', many: 'SaaS sub accounts' },
	description: 'Sub-accounts sold as SaaS: enable, pause, list',
	facts: [area],
	operations: [
		...withTwin({
			value: 'enable',
			endpoint: 'POST /saas/enable-saas/{locationId}',
			name: 'Enable',
			action: 'Enable SaaS for a sub account',
			description:
				'Turn a sub-account into a SaaS customer, optionally on a plan and price. Needs an agency token, the sub-account, the company ID and the SaaS mode.',
			inputs,
		}),
		...withTwin({
			value: 'bulkEnable',
			endpoint: 'POST /saas/bulk-enable-saas/{companyId}',
			name: 'Bulk Enable',
			action: 'Enable SaaS for several sub accounts',
			description:
				'Put several sub-accounts on a SaaS plan at once. Needs an agency token, the company ID, the sub-accounts, the SaaS mode and the plan.',
			inputs,
		}),
		...withTwin({
			value: 'bulkDisable',
			endpoint: 'POST /saas/bulk-disable-saas/{companyId}',
			name: 'Bulk Disable',
			action: 'Disable SaaS for several sub accounts',
			description:
				'Stop SaaS for several sub-accounts at once. Needs an agency token, the company ID and the sub-accounts.',
			inputs,
		}),
		...withTwin({
			value: 'pauseOrResume',
			endpoint: 'POST /saas/pause/{locationId}',
			name: 'Pause or Resume',
			action: 'Pause or resume a SaaS sub account',
			description:
				'Pause a SaaS sub-account, or resume it (Paused off). Needs an agency token, the sub-account and the company ID.',
			inputs,
		}),
		...withTwin({
			value: 'getAll',
			endpoint: 'GET /saas/saas-locations/{companyId}',
			name: 'Get Many',
			action: 'Get many SaaS sub accounts',
			description:
				"List the agency's SaaS sub-accounts with their mode and subscription. Needs an agency token and the company ID.",
			inputs,
			list: locationsPaging('*'),
		}),
		...withTwin({
			value: 'getByStripe',
			endpoint: 'GET /saas/locations',
			name: 'Get by Stripe',
			action: 'Get the sub accounts a subscription pays for',
			description:
				'Get the IDs of the sub-accounts a Stripe customer and subscription pay for. Needs an agency token, the company ID and the Stripe IDs.',
			inputs,
			hooks: { postReceive: [idsAsOneItem] },
		}),
	].map((operation) =>
		// The deprecated list names its records; the current one is not described.
		operation.endpoint === `GET ${PUBLIC_API}/saas-locations/{companyId}`
			? { ...operation, list: locationsPaging('locations') }
			: operation,
	),
};

export const saasRebilling: ResourceDefinition = {
	value: 'saasRebilling',
	name: 'SaaS Rebilling',
	noun: { one: 'rebilling setting', many: 'rebilling settings' },
	description: "What sub-accounts pay for the agency's products",
	facts: [area],
	operations: [
		...withTwin({
			value: 'update',
			endpoint: 'POST /saas/update-rebilling/{companyId}',
			name: 'Update',
			action: 'Update the rebilling of a product',
			description:
				'Set how a product (phone, email, AI, …) is rebilled to sub-accounts, with a markup. Needs an agency token, the company ID, the product, the sub-accounts and the rebilling settings.',
			inputs,
		}),
	],
};
