import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import affiliateFacts from '../../shared/spec/affiliate-manager.json';
import brandFacts from '../../shared/spec/brand-boards.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';

/** Brand boards (brand-boards.json, 5 operations) and the affiliate manager (affiliate-manager.json, 4). */

const brands = brandFacts as AreaFacts;
const affiliates = affiliateFacts as AreaFacts;

const boardInputs: Record<string, InputChoice> = {
	id: { displayName: 'Brand Board ID' },
	name: { placeholder: 'e.g. Spring campaign' },
	logos: { displayName: 'Logos (JSON)' },
	colors: { displayName: 'Colors (JSON)' },
	fonts: { displayName: 'Fonts (JSON)' },
	default: { displayName: 'Default', description: 'Whether this is the default brand board' },
	parentId: { displayName: 'Folder ID' },
	brandBoardId: { displayName: 'Brand Board ID' },
	deleted: { description: 'Whether to list deleted brand boards' },
};

export const brandBoard: ResourceDefinition = {
	value: 'brandBoard',
	name: 'Brand Board',
	noun: { one: 'brand board', many: 'brand boards' },
	description: 'Logos, colors and fonts of a brand',
	facts: [brands],
	operations: [
		{ value: 'create', endpoint: 'POST /brand-boards/', inputs: boardInputs },
		{ value: 'get', endpoint: 'GET /brand-boards/{locationId}/{id}', inputs: boardInputs },
		{
			value: 'getAll',
			endpoint: 'GET /brand-boards/{locationId}',
			inputs: boardInputs,
			list: {
				records: 'brandBoards',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'offset',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{ value: 'update', endpoint: 'PATCH /brand-boards/{locationId}/{id}', inputs: boardInputs },
		{ value: 'delete', endpoint: 'DELETE /brand-boards/{locationId}/{id}', inputs: boardInputs },
	],
};

const affiliateInputs: Record<string, InputChoice> = {
	affiliateId: { displayName: 'Affiliate ID' },
	campaignId: { displayName: 'Campaign ID' },
	query: { description: 'Text to search for' },
	active: { description: 'Set to "true" or "false" to list only active or inactive affiliates' },
	fromDate: { description: 'From this date, e.g. 2026-01-01' },
	toDate: { description: 'Up to this date, e.g. 2026-01-31' },
	start: { description: 'From this date, e.g. 2026-01-01' },
	end: { description: 'Up to this date, e.g. 2026-01-31' },
};

const skipPaging = offsetLimit({
	in: 'qs',
	offsetField: 'skip',
	limitField: 'limit',
	maxPageSize: 100,
});

export const affiliate: ResourceDefinition = {
	value: 'affiliate',
	name: 'Affiliate',
	noun: { one: 'affiliate', many: 'affiliates' },
	description: 'Affiliates of the affiliate manager',
	facts: [affiliates],
	operations: [
		{
			value: 'get',
			endpoint: 'GET /affiliate-manager/{locationId}/affiliates/{affiliateId}',
			inputs: affiliateInputs,
		},
		{
			value: 'getAll',
			endpoint: 'GET /affiliate-manager/{locationId}/affiliates',
			inputs: affiliateInputs,
			list: { records: 'affiliates', paging: skipPaging },
		},
	],
};

export const affiliatePayout: ResourceDefinition = {
	value: 'affiliatePayout',
	name: 'Affiliate Payout',
	noun: { one: 'affiliate payout', many: 'affiliate payouts' },
	facts: [affiliates],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /affiliate-manager/{locationId}/payouts',
			inputs: affiliateInputs,
			list: { records: 'payouts', paging: skipPaging },
		},
	],
};

export const affiliateCommission: ResourceDefinition = {
	value: 'affiliateCommission',
	name: 'Affiliate Commission',
	noun: { one: 'affiliate commission', many: 'affiliate commissions' },
	facts: [affiliates],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /affiliate-manager/{locationId}/commissions',
			inputs: affiliateInputs,
			list: { records: 'commissions', paging: skipPaging },
		},
	],
};

export const brandsAffiliatesArea: ResourceDefinition[] = [
	brandBoard,
	affiliate,
	affiliatePayout,
	affiliateCommission,
];
