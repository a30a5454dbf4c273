import type { ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/companies.json';
import type { AreaFacts } from '../../shared/spec/types';
import { companyId } from '../pickers';

/** The Companies API area (companies.json): the agency itself, 1 operation. */

export const company: ResourceDefinition = {
	value: 'company',
	name: 'Company',
	noun: { one: 'company', many: 'companies' },
	description: 'The agency itself',
	facts: [facts as unknown as AreaFacts],
	operations: [
		{
			value: 'get',
			endpoint: 'GET /companies/{companyId}',
			description:
				"Get the agency's details: name, contact details, domains, plan and settings. Needs an agency token and the company ID.",
			inputs: { companyId },
			root: 'company',
		},
	],
};
