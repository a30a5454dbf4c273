import type { InputChoice, OperationDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/ad-manager.json';
import type { AreaFacts } from '../../shared/spec/types';
import type { PagingStrategy } from '../../shared/transport/paging';

/** What every Ads area shares: the facts (ad-manager.json), list answers and common inputs. */

export const adManager = facts as unknown as AreaFacts;

/**
 * HighLevel's spec describes no Ads answer: a list is one item per record of whichever top-level
 * array the answer holds (or of the answer itself when it is an array).
 */
export function listOf(paging?: PagingStrategy): NonNullable<OperationDefinition['list']> {
	return { records: '*', ...(paging ? { paging } : {}) };
}

const LIST_NOTE =
	'One item per record of the list HighLevel returns; an answer without a list is output whole, as one item.';

/** A list's description: what it lists, then how its answer becomes items. */
export function listing(what: string): string {
	return `${what}. ${LIST_NOTE}`;
}

/** Inputs whose API names recur across the Ads operations, with what a person should enter. */
export const adInputs: Record<string, InputChoice> = {
	startDate: { placeholder: '2026-01-01', description: 'First day of the period, YYYY-MM-DD' },
	endDate: { placeholder: '2026-01-31', description: 'Last day of the period, YYYY-MM-DD' },
	fields: {
		placeholder: 'e.g. impressions, clicks, spend',
		description: 'Comma-separated metrics to report',
	},
	groupBy: { placeholder: 'e.g. day', description: 'How rows are grouped, e.g. day or campaign' },
	listType: {
		placeholder: 'e.g. campaign',
		description: 'Which entities the rows are, e.g. campaign, adset or ad',
	},
	name: { placeholder: 'e.g. Spring Promo' },
	description: { placeholder: 'e.g. Visitors of the pricing page' },
	text: { placeholder: 'e.g. Tell us what you need' },
	url: { displayName: 'URL', placeholder: 'https://example.com' },
	privacyPolicyLink: { placeholder: 'https://example.com/privacy' },
	query: { placeholder: 'e.g. fitness', description: 'What to search for' },
	type: { placeholder: 'e.g. AD_MANAGER', description: 'The type HighLevel expects here' },
	facet: { placeholder: 'e.g. urn:li:adTargetingFacet:locations' },
	category: { placeholder: 'e.g. PURCHASE' },
	operationType: { placeholder: 'e.g. ADD' },
	mccId: { displayName: 'MCC ID', placeholder: 'e.g. 1234567890' },
	adAccountName: { placeholder: 'e.g. Acme Ads' },
	currencyCode: { placeholder: 'USD' },
	advertisingChannelType: { placeholder: 'e.g. SEARCH' },
	campaignGroupId: { displayName: 'Campaign Group ID' },
	adsetId: { displayName: 'Ad Set ID' },
	adSetId: { displayName: 'Ad Set ID' },
	igUserId: { displayName: 'Instagram User ID' },
	instagramActorId: { displayName: 'Instagram Actor ID' },
	fbAdAccountId: { displayName: 'Facebook Ad Account ID' },
	smartlistIds: { displayName: 'Smart List IDs' },
	smartListIds: { displayName: 'Smart List IDs' },
	csvPath: { displayName: 'CSV Path' },
	isEuPoliticalAds: { displayName: 'Is EU Political Ads' },
};

/** Pause, resume, duplicate and delete of a Meta campaign, ad set or ad. */
export function lifecycle(path: string, noun: string): OperationDefinition[] {
	return [
		{
			value: 'pause',
			endpoint: `POST ${path}/pause`,
			name: 'Pause',
			action: `Pause ${noun}`,
			inputs: adInputs,
		},
		{
			value: 'resume',
			endpoint: `POST ${path}/resume`,
			name: 'Resume',
			action: `Resume ${noun}`,
			inputs: adInputs,
		},
		{
			value: 'duplicate',
			endpoint: `POST ${path}/duplicate`,
			name: 'Duplicate',
			action: `Duplicate ${noun}`,
			inputs: adInputs,
		},
		{ value: 'delete', endpoint: `DELETE ${path}`, inputs: adInputs },
	];
}
