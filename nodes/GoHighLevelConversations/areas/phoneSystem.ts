import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/phone-system.json';
import type { AreaFacts } from '../../shared/spec/types';
import { pageNumber } from '../../shared/transport/paging';

/** The Phone System API area (phone-system.json): the location's numbers, number pools, buying numbers. */

const phoneFacts = facts as AreaFacts;

const inputs: Record<string, InputChoice> = {
	searchFilter: { description: 'Only numbers containing this text' },
	skipNumberPool: { description: 'Whether to leave out numbers that belong to a number pool' },
	countryCode: { placeholder: 'US', description: 'Two-letter country code' },
	numberTypes: { description: 'Comma-separated: local, tollFree, mobile' },
	firstPart: { description: 'Numbers starting with these digits' },
	lastPart: { description: 'Numbers ending with these digits' },
	anywhere: { description: 'Numbers containing these digits' },
	smsEnabled: { displayName: 'SMS Enabled' },
	mmsEnabled: { displayName: 'MMS Enabled' },
	phoneNumber: { placeholder: '+15550100' },
	numberType: { default: 'local' },
	addressSid: { displayName: 'Address SID' },
	bundleSid: { displayName: 'Bundle SID' },
	fingerprintId: {
		displayName: 'Fingerprint ID',
		description: 'The fingerprint Search Available returned with the number',
	},
	skipLocationKYC: { displayName: 'Skip Location KYC' },
};

export const phoneNumber: ResourceDefinition = {
	value: 'phoneNumber',
	// eslint-disable-next-line n8n-nodes-base/node-param-option-name-wrong-for-get-many -- a resource, whose default operation is Get Many
	name: 'Phone Number',
	noun: { one: 'phone number', many: 'phone numbers' },
	description: "The location's phone numbers",
	facts: [phoneFacts],
	defaultOperation: 'getAll',
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /phone-system/numbers/location/{locationId}',
			action: 'Get many phone numbers of the location',
			inputs,
			list: {
				records: 'numbers',
				// Pages are numbered from 0.
				paging: pageNumber({
					in: 'qs',
					pageField: 'page',
					sizeField: 'pageSize',
					maxPageSize: 100,
					first: 0,
				}),
			},
		},
		{
			value: 'getNumberPools',
			endpoint: 'GET /phone-system/number-pools',
			name: 'Get Number Pools',
			action: 'Get the number pools of the location',
			list: { records: 'data' },
		},
		{
			value: 'searchAvailable',
			endpoint: 'GET /phone-system/numbers/location/{locationId}/available',
			name: 'Search Available',
			action: 'Search phone numbers available to buy',
			inputs,
			list: { records: 'numbers' },
		},
		{
			value: 'buy',
			endpoint: 'POST /phone-system/numbers/location/{locationId}/purchase',
			name: 'Buy',
			action: 'Buy a phone number for the location',
			inputs,
		},
	],
};
