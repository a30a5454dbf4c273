import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import { firstProblem } from '../../shared/builder/validate';
import type { SchemaFacts } from '../../shared/spec/types';
import { adManager } from './common';

/**
 * `PUT /ad-publishing/google/ads`: a Google campaign with its ad groups, ads, audience, assets and
 * schedule (147 leaf fields, four levels deep). The fields people set most (budget included) are fields; the rest goes
 * in as one JSON body, checked against the spec's body schema before any request.
 */

export const GOOGLE_ADS_ENDPOINT = 'PUT /ad-publishing/google/ads';

/** The body inputs given only through the JSON: objects and arrays of objects. */
export const GOOGLE_ADS_JSON_ONLY = [
	'budget',
	'audience',
	'networkSettings',
	'biddingStrategy',
	'assets',
	'adGroups',
	'campaignGoal',
	'adSchedule',
	'advancedOptions',
];

/** A campaign the spec accepts, shown as the JSON field's placeholder. */
export const GOOGLE_ADS_EXAMPLE = {
	budget: { budgetType: 'DAILY', amount: 20, scheduleStartDate: '2026-02-01' },
	networkSettings: { targetSearchNetwork: true, targetContentNetwork: false },
	campaignGoal: { type: 'CLICK' },
	audience: {
		geo_locations: [{ id: '2840', name: 'United States', selectionType: 'include' }],
		ageRange: [{ enum: 'AGE_RANGE_25_34', negative: false }],
	},
	adGroups: [
		{
			name: 'Ad group 1',
			keywords: { positives: [{ keyword: 'running shoes', matchType: 'PHRASE' }] },
			adContent: [
				{
					headlines: ['Running shoes on sale', 'Free shipping'],
					descriptions: ['Find your fit today'],
					finalUrl: 'https://example.com/shoes',
				},
			],
		},
	],
	adSchedule: [{ dayOfWeek: 'MONDAY_TO_FRIDAY', from: '09:00', to: '17:00' }],
};

export const googleAdsJson: INodeProperties = {
	displayName: 'Campaign (JSON)',
	name: 'campaignJson',
	type: 'json',
	default: '{}',
	placeholder: JSON.stringify(GOOGLE_ADS_EXAMPLE),
	description:
		"The rest of the campaign as JSON: budget, audience, network settings, bidding strategy, assets, ad groups with their ads and keywords, goal, schedule, … The fields above win over the same keys here. Checked against HighLevel's spec before anything is sent.",
};

/** The budget, set on most campaigns, as two fields; an amount of 0 leaves the budget to the JSON. */
export const googleAdsBudget: INodeProperties[] = [
	{
		displayName: 'Budget Amount',
		name: 'budgetAmount',
		type: 'number',
		default: 0,
		typeOptions: { minValue: 0 },
		description:
			"Budget in the ad account's currency; 0 leaves the budget as given in Campaign (JSON), if at all",
	},
	{
		displayName: 'Budget Type',
		name: 'budgetType',
		type: 'options',
		options: [
			{ name: 'Daily', value: 'DAILY' },
			{ name: 'Lifetime', value: 'LIFETIME' },
		],
		default: 'DAILY',
		description: 'Whether the amount is spent per day or over the whole campaign',
		displayOptions: { hide: { budgetAmount: [0] } },
	},
];

const LABEL = 'Campaign (JSON)';

/** The body schema without the location, which the transport adds after this check. */
function bodySchema(): SchemaFacts {
	const schema = adManager[GOOGLE_ADS_ENDPOINT].body?.schema ?? {};
	return { ...schema, required: (schema.required ?? []).filter((name) => name !== 'locationId') };
}

/** Merges the JSON under the fields and checks the whole body against the spec, naming the first error. */
export async function googleAdsBody(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	const fail = (message: string, description: string): never => {
		throw new NodeOperationError(this.getNode(), message, {
			description,
			itemIndex: this.getItemIndex(),
		});
	};
	const raw = this.getNodeParameter('campaignJson', '{}') as unknown;
	let parsed: unknown = raw;
	if (typeof raw === 'string') {
		try {
			parsed = raw.trim() === '' ? {} : JSON.parse(raw);
		} catch (error) {
			fail(
				`"${LABEL}" is not valid JSON (${(error as Error).message})`,
				"Fix the JSON, or build it with an expression. The field's placeholder shows a valid campaign.",
			);
		}
	}
	if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
		fail(
			`"${LABEL}" must be a JSON object`,
			'Give one JSON object, e.g. {"budget": {"amount": 20}}.',
		);
	}
	const current = options.body;
	const fields =
		current && typeof current === 'object' && !Array.isArray(current)
			? (current as IDataObject)
			: {};
	const body: IDataObject = { ...(parsed as IDataObject), ...fields };
	const amount = Number(this.getNodeParameter('budgetAmount', 0));
	if (amount > 0) {
		const given = body.budget;
		const budget = given && typeof given === 'object' && !Array.isArray(given) ? given : {};
		const budgetType = this.getNodeParameter('budgetType', 'DAILY') as string;
		body.budget = { ...(budget as IDataObject), amount, budgetType };
	}
	const problem = firstProblem(bodySchema(), body);
	if (problem) {
		fail(
			`The campaign does not fit HighLevel's spec at ${problem}`,
			`Fix it in "${LABEL}" (or in the field of that name). The field's placeholder shows a valid campaign.`,
		);
	}
	options.body = body;
	return options;
}
