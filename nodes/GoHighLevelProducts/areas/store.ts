import { moneyCheck } from '../../shared/builder/money';
import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/store.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';

/**
 * The Store API area (store.json): shipping zones, their rates, shipping carriers and the store
 * settings, 18 operations. HighLevel's spec declares no `Version` for them, so none is sent; the
 * sub-account goes as `altId` + `altType=location`.
 */

const store = facts as AreaFacts;

const paging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const inputs: Record<string, InputChoice> = {
	name: { placeholder: 'e.g. Domestic' },
	shippingZoneId: { displayName: 'Shipping Zone ID' },
	shippingRateId: { displayName: 'Shipping Rate ID' },
	shippingCarrierId: { displayName: 'Shipping Carrier ID' },
	countries: { description: 'Countries of the zone: code, and optionally states (each with code)' },
	currency: {
		displayName: 'Currency',
		placeholder: 'USD',
		description: 'Three-letter currency code (ISO 4217), e.g. USD',
	},
	amount: { description: 'Shipping price in the currency’s main unit, e.g. 4.99' },
	callbackUrl: { displayName: 'Callback URL', placeholder: 'https://carrier.example.com/rates' },
	withShippingRate: { description: 'Whether to include the shipping rates of each zone' },
};

const rateMoney = moneyCheck({
	currency: { currency: 'Currency' },
	amounts: { amount: 'Amount', minCondition: 'Min Condition', maxCondition: 'Max Condition' },
	percentages: { percentageOfRateFee: 'Percentage Of Rate Fee' },
});

export const shippingZone: ResourceDefinition = {
	value: 'shippingZone',
	name: 'Shipping Zone',
	noun: { one: 'shipping zone', many: 'shipping zones' },
	facts: [store],
	operations: [
		{ value: 'create', endpoint: 'POST /store/shipping-zone', inputs },
		{
			value: 'getAll',
			endpoint: 'GET /store/shipping-zone',
			inputs,
			list: { records: 'data', paging },
		},
		{ value: 'get', endpoint: 'GET /store/shipping-zone/{shippingZoneId}', inputs },
		{ value: 'update', endpoint: 'PUT /store/shipping-zone/{shippingZoneId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /store/shipping-zone/{shippingZoneId}', inputs },
		{
			value: 'getAvailableRates',
			endpoint: 'POST /store/shipping-zone/shipping-rates',
			name: 'Get Available Rates',
			action: 'Get the shipping rates available for an order',
			description:
				'The shipping rates that apply to an order’s country, amount, weight and products',
			idempotent: true,
			inputs,
			hooks: {
				preSend: [moneyCheck({ amounts: { totalOrderAmount: 'Total Order Amount' } })],
			},
		},
	],
};

export const shippingRate: ResourceDefinition = {
	value: 'shippingRate',
	name: 'Shipping Rate',
	noun: { one: 'shipping rate', many: 'shipping rates' },
	description: 'Rates of a shipping zone',
	facts: [store],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /store/shipping-zone/{shippingZoneId}/shipping-rate',
			inputs,
			hooks: { preSend: [rateMoney] },
		},
		{
			value: 'getAll',
			endpoint: 'GET /store/shipping-zone/{shippingZoneId}/shipping-rate',
			inputs,
			list: { records: 'data', paging },
		},
		{
			value: 'get',
			endpoint: 'GET /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}',
			inputs,
		},
		{
			value: 'update',
			endpoint: 'PUT /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}',
			inputs,
			hooks: { preSend: [rateMoney] },
		},
		{
			value: 'delete',
			endpoint: 'DELETE /store/shipping-zone/{shippingZoneId}/shipping-rate/{shippingRateId}',
			inputs,
		},
	],
};

export const shippingCarrier: ResourceDefinition = {
	value: 'shippingCarrier',
	name: 'Shipping Carrier',
	noun: { one: 'shipping carrier', many: 'shipping carriers' },
	description: 'Carriers that quote shipping rates through a callback URL',
	facts: [store],
	operations: [
		{ value: 'create', endpoint: 'POST /store/shipping-carrier', inputs },
		{ value: 'getAll', endpoint: 'GET /store/shipping-carrier', inputs, list: { records: 'data' } },
		{ value: 'get', endpoint: 'GET /store/shipping-carrier/{shippingCarrierId}', inputs },
		{ value: 'update', endpoint: 'PUT /store/shipping-carrier/{shippingCarrierId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /store/shipping-carrier/{shippingCarrierId}', inputs },
	],
};

export const storeSetting: ResourceDefinition = {
	value: 'storeSetting',
	name: 'Store Setting',
	noun: { one: 'store setting', many: 'store settings' },
	description: 'Shipping origin and order notifications of the store',
	facts: [store],
	operations: [
		{
			value: 'get',
			endpoint: 'GET /store/store-setting',
			name: 'Get',
			action: 'Get the store settings',
			inputs,
		},
		{
			value: 'upsert',
			endpoint: 'POST /store/store-setting',
			action: 'Create or update the store settings',
			inputs,
		},
	],
};

export const storeArea: ResourceDefinition[] = [
	shippingZone,
	shippingRate,
	shippingCarrier,
	storeSetting,
];
