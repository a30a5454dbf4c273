import type { INodeParameters, INodeProperties, INodeType } from 'n8n-workflow';

import { GoHighLevelMarketing } from '../../nodes/GoHighLevelMarketing/GoHighLevelMarketing.node';
import { GoHighLevelPayments } from '../../nodes/GoHighLevelPayments/GoHighLevelPayments.node';
import { GoHighLevelProducts } from '../../nodes/GoHighLevelProducts/GoHighLevelProducts.node';
import { GoHighLevelSites } from '../../nodes/GoHighLevelSites/GoHighLevelSites.node';
import { BUILT_NODES } from '../conformance/nodes';
import { pitCredentials } from '../helpers/credentials';
import { FakeHighLevel } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runListSearch, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * The CRM's record pickers in the other nodes: the user wherever an input takes one user's ID
 * (Marketing, Sites, Payments, Products), and the opportunity and contact of Sites' proposals. Plain
 * IDs saved before they were pickers still run.
 */

const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const LOCATION = 'loc_Pickers003';
const credentials = () => pitCredentials(server.baseUrl, { locationId: LOCATION });

const sites = loadDeclarativeNode(new GoHighLevelSites());
const payments = loadDeclarativeNode(new GoHighLevelPayments());
const products = loadDeclarativeNode(new GoHighLevelProducts());
const marketing = loadDeclarativeNode(new GoHighLevelMarketing());

/** Every property, collection options included. */
function allProperties(nodeType: INodeType): INodeProperties[] {
	return nodeType.description.properties.flatMap((p) =>
		p.type === 'collection' ? [p, ...((p.options ?? []) as INodeProperties[])] : [p],
	);
}

test.each(BUILT_NODES.map((built) => [built.name, built.nodeType] as const))(
	'%s: every picker names a list search the node registers',
	(_name, nodeType) => {
		const methods = Object.keys(nodeType.methods?.listSearch ?? {});
		const named = allProperties(nodeType).flatMap((p) =>
			p.type === 'resourceLocator'
				? (p.modes ?? []).flatMap((mode) =>
						mode.typeOptions?.searchListMethod ? [mode.typeOptions.searchListMethod] : [],
					)
				: [],
		);
		expect(named.filter((method) => !methods.includes(method))).toEqual([]);
	},
);

test.each([
	['Marketing', marketing, ['userId', 'createdBy']],
	['Sites', sites, ['userId', 'sentBy', 'opportunityId', 'contactId']],
	['Payments', payments, ['userId']],
	['Products', products, ['userId']],
] as Array<[string, INodeType, string[]]>)(
	'%s: the ID inputs are pickers wherever they appear',
	(_name, nodeType, names) => {
		for (const name of names) {
			const found = allProperties(nodeType).filter((p) => p.name === name);
			expect(found.length).toBeGreaterThan(0);
			expect(found.filter((p) => p.type !== 'resourceLocator')).toEqual([]);
		}
	},
);

test("the user list of a Payments node is the location's users", async () => {
	server.handler = () => ({
		body: {
			users: [
				{ id: 'u1', name: 'Grace Hopper', email: 'grace@example.com' },
				{ id: 'u2', name: 'Alan Turing', email: 'alan@example.com' },
			],
		},
	});
	const result = await runListSearch({
		nodeType: payments,
		parameter: 'userId',
		method: 'searchUsers',
		parameters: { resource: 'invoice', operation: 'send' },
		credentials: credentials(),
		filter: 'grace',
	});
	expect(result.results.map((row) => row.value)).toEqual(['u1']);
	expect(server.requests[0].rawPath).toBe('/users/');
	expect(server.requests[0].query).toMatchObject({ locationId: LOCATION });
});

test("the opportunity list of a Sites node is HighLevel's opportunity search", async () => {
	server.handler = () => ({
		body: { opportunities: [{ id: 'o1', name: 'Big deal' }], meta: { total: 1 } },
	});
	const result = await runListSearch({
		nodeType: sites,
		parameter: 'opportunityId',
		method: 'searchOpportunities',
		parameters: { resource: 'proposalTemplate', operation: 'send' },
		credentials: credentials(),
		filter: 'big',
	});
	expect(result.results).toEqual([expect.objectContaining({ name: 'Big deal', value: 'o1' })]);
	expect(server.requests[0].rawPath).toBe('/opportunities/search');
});

describe('sending the picked IDs', () => {
	const send: INodeParameters = {
		resource: 'proposalTemplate',
		operation: 'send',
		templateId: 't1',
		contactId: 'c1',
		userId: 'u1',
		additionalFields: { opportunityId: 'o1' },
	};

	test('plain IDs saved before the pickers still run', async () => {
		server.handler = () => ({ body: { success: true } });
		const { error } = await runNode({
			nodeType: sites,
			parameters: send,
			credentials: credentials(),
			asSaved: true,
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].body).toMatchObject({
			templateId: 't1',
			contactId: 'c1',
			userId: 'u1',
			opportunityId: 'o1',
			locationId: LOCATION,
		});
		const spec = await loadSpec('proposals');
		expect(spec.validate(server.requests[0])).toEqual([]);
	});

	test('From List, By ID and By URL values send the ID', async () => {
		server.handler = () => ({ body: { success: true } });
		const { error } = await runNode({
			nodeType: sites,
			parameters: {
				...send,
				contactId: {
					__rl: true,
					mode: 'url',
					value: 'https://app.example.com/v2/location/x/contacts/detail/c9',
				},
				userId: { __rl: true, mode: 'list', value: 'u7', cachedResultName: 'Grace Hopper' },
				additionalFields: {
					opportunityId: {
						__rl: true,
						mode: 'url',
						value: 'https://app.example.com/v2/location/x/opportunities/list/o5',
					},
				},
			},
			credentials: credentials(),
			asSaved: true,
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].body).toMatchObject({
			contactId: 'c9',
			userId: 'u7',
			opportunityId: 'o5',
		});
	});

	test('a Payments invoice send with a plain user ID saved before the picker', async () => {
		server.handler = () => ({ body: { invoice: { _id: 'inv1' } } });
		const { error } = await runNode({
			nodeType: payments,
			parameters: {
				resource: 'invoice',
				operation: 'send',
				invoiceId: 'inv1',
				userId: 'u1',
				action: 'email',
				liveMode: false,
			},
			credentials: credentials(),
			asSaved: true,
		});
		expect(error).toBeUndefined();
		expect(server.requests[0].rawPath).toBe('/invoices/inv1/send');
		expect(server.requests[0].body).toMatchObject({ userId: 'u1' });
	});
});
