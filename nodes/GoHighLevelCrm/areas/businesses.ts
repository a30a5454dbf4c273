import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import { picker } from '../../shared/recordPickers';
import facts from '../../shared/spec/businesses.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';

/** The Businesses API area (businesses.json): companies that contacts belong to, 5 operations. */

const inputs: Record<string, InputChoice> = {
	businessId: picker('business', 'businessId', 'Business ID'),
	name: { placeholder: 'e.g. Acme Inc.' },
	email: { placeholder: 'name@email.com' },
	phone: { placeholder: '+1 888-888-8888' },
	country: { placeholder: 'US', description: 'Two-letter country code, e.g. US' },
};

export const business: ResourceDefinition = {
	value: 'business',
	name: 'Business',
	noun: { one: 'business', many: 'businesses' },
	description: 'Companies that contacts belong to',
	facts: [facts as AreaFacts],
	operations: [
		{ value: 'create', endpoint: 'POST /businesses/', inputs },
		{ value: 'get', endpoint: 'GET /businesses/{businessId}', inputs, root: 'business' },
		{
			value: 'getAll',
			endpoint: 'GET /businesses/',
			list: {
				records: 'businesses',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{ value: 'update', endpoint: 'PUT /businesses/{businessId}', inputs },
		{ value: 'delete', endpoint: 'DELETE /businesses/{businessId}', inputs },
	],
};

export const businessesArea: ResourceDefinition[] = [business];
