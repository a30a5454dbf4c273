import type { IDataObject } from 'n8n-workflow';

import { deliver, signed } from './harness';

/**
 * Agency-level events: their deliveries name the agency (`companyId`) and often no sub-account at
 * all. Selected, they start workflows; the Location IDs filter, left empty, drops none of them.
 */

const body = (payload: unknown) => JSON.stringify(payload);
const AGENCY = 'agency-1';

const agencyEvents: Array<[event: string, payload: IDataObject]> = [
	['LocationCreate', { type: 'LocationCreate', id: 'loc-new', companyId: AGENCY, name: 'Shoes' }],
	['LocationUpdate', { type: 'LocationUpdate', id: 'loc-new', companyId: AGENCY, name: 'Boots' }],
	['UserCreate', { type: 'UserCreate', id: 'usr-1', companyId: AGENCY, email: 'ann@example.com' }],
	['AppInstall', { type: 'INSTALL', installType: 'Company', appId: 'app-1', companyId: AGENCY }],
	['AppUninstall', { type: 'UNINSTALL', appId: 'app-1', companyId: AGENCY }],
	['PlanChange', { type: 'PLAN_CHANGE', appId: 'app-1', companyId: AGENCY, newPlanId: 'plan-2' }],
];

describe.each(agencyEvents)('%s', (event, payload) => {
	it('starts the workflow when selected, with the agency in the output and no location filter', async () => {
		const out = await deliver(signed(body(payload), { params: { events: [event] } }));
		expect(out).toMatchObject({ status: 200, started: true });
		expect(out.json).toMatchObject({ companyId: AGENCY });
		expect(out.json?.locationId).toBeUndefined();
	});

	it('starts nothing when not selected', async () => {
		const others = agencyEvents.map(([name]) => name).filter((name) => name !== event);
		const out = await deliver(signed(body(payload), { params: { events: others } }));
		expect(out).toMatchObject({ status: 200, started: false });
	});
});

it('all agency events selected at once: each delivery starts exactly one execution', async () => {
	const events = agencyEvents.map(([name]) => name);
	for (const [, payload] of agencyEvents) {
		const out = await deliver(signed(body(payload), { params: { events } }));
		expect(out.started).toBe(true);
		expect(out.result.workflowData?.[0]).toHaveLength(1);
	}
});

it('under a location filter, a new sub-account is matched by its own ID, not a locationId', async () => {
	const [, created] = agencyEvents[0];
	const params = { events: ['LocationCreate'], locationIds: 'loc-new' };
	expect((await deliver(signed(body(created), { params }))).started).toBe(true);
	const elsewhere = { events: ['LocationCreate'], locationIds: 'loc-other' };
	expect((await deliver(signed(body(created), { params: elsewhere }))).started).toBe(false);
});
