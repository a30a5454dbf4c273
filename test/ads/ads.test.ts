import type { IDataObject } from 'n8n-workflow';

import {
	GOOGLE_ADS_ENDPOINT,
	GOOGLE_ADS_EXAMPLE,
	googleAdsJson,
} from '../../nodes/GoHighLevelAds/areas/googleAds';
import { adManager } from '../../nodes/GoHighLevelAds/areas/common';
import { GoHighLevelAdsGoogle } from '../../nodes/GoHighLevelAdsGoogle/GoHighLevelAdsGoogle.node';
import { GoHighLevelAdsMeta } from '../../nodes/GoHighLevelAdsMeta/GoHighLevelAdsMeta.node';
import { firstProblem } from '../../nodes/shared/builder/validate';
import { LOCATION, pitCredentials } from '../helpers/credentials';
import { FakeHighLevel, type CapturedRequest } from '../helpers/fakeHighLevel';
import { loadDeclarativeNode, runNode } from '../helpers/harness';
import { loadSpec } from '../helpers/spec';

/**
 * The Ads nodes through n8n's engine: answers the spec does not describe (lists read from whichever
 * top-level array the answer holds), the `next` / `fetchAll` cursor, and the Google campaign body
 * checked against the spec before any request.
 */

const meta = loadDeclarativeNode(new GoHighLevelAdsMeta());
const google = loadDeclarativeNode(new GoHighLevelAdsGoogle());
const server = new FakeHighLevel();
beforeAll(async () => await server.start());
afterAll(async () => await server.stop());
beforeEach(() => server.reset());

const credentials = () => pitCredentials(server.baseUrl);
const query = (request: CapturedRequest) => request.query as Record<string, string>;

async function runMeta(parameters: IDataObject) {
	return await runNode({
		nodeType: meta,
		parameters: parameters as never,
		credentials: credentials(),
	});
}

async function runGoogle(parameters: IDataObject) {
	return await runNode({
		nodeType: google,
		parameters: parameters as never,
		credentials: credentials(),
	});
}

describe('list answers the spec does not describe', () => {
	const pages = { resource: 'metaPage', operation: 'getAll', returnAll: true };

	test('a bare array: one item per record', async () => {
		server.handler = () => ({ body: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] });
		const result = await runMeta(pages);
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json)).toEqual([{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }]);
	});

	test('a bare array of one record is still a list of one', async () => {
		server.handler = () => ({ body: [{ id: 'p1', tasks: ['ADVERTISE', 'ANALYZE'] }] });
		const result = await runMeta(pages);
		expect(result.items.map((i) => i.json)).toEqual([
			{ id: 'p1', tasks: ['ADVERTISE', 'ANALYZE'] },
		]);
	});

	test('an object holding an array: one item per record of that array', async () => {
		server.handler = () => ({ body: { success: true, pages: [{ id: 'p1' }, { id: 'p2' }] } });
		const result = await runMeta(pages);
		expect(result.items.map((i) => i.json)).toEqual([{ id: 'p1' }, { id: 'p2' }]);
	});

	test('an answer without an array is output whole, as one item', async () => {
		server.handler = () => ({ body: { success: true, message: 'No pages connected' } });
		const result = await runMeta(pages);
		expect(result.items.map((i) => i.json)).toEqual([
			{ success: true, message: 'No pages connected' },
		]);
	});

	test('Limit applies to the records', async () => {
		server.handler = () => ({ body: { data: [{ id: 'p1' }, { id: 'p2' }, { id: 'p3' }] } });
		const result = await runMeta({ ...pages, returnAll: false, limit: 2 });
		expect(result.items.map((i) => i.json.id)).toEqual(['p1', 'p2']);
	});

	test('every list says so in its description', () => {
		for (const node of [meta, google]) {
			for (const property of node.description.properties.filter((p) => p.name === 'operation')) {
				for (const option of property.options as Array<{ value: string; description: string }>) {
					if (/^(getAll|search)/.test(option.value)) {
						expect(option.description).toContain('an answer without a list is output whole');
					}
				}
			}
		}
	});

	test('an operation that is not a list outputs the answer as it comes, as one item', async () => {
		server.handler = () => ({ body: { id: 'c1', name: 'Spring', adsets: [{ id: 's1' }] } });
		const result = await runMeta({
			resource: 'metaCampaign',
			operation: 'get',
			campaignId: 'c1',
		});
		expect(result.items.map((i) => i.json)).toEqual([
			{ id: 'c1', name: 'Spring', adsets: [{ id: 's1' }] },
		]);
	});
});

describe('the next / fetchAll cursor', () => {
	const accounts = Array.from({ length: 60 }, (_, i) => ({ id: `act_${i}` }));

	/** Pages of `limit` (25 without one) after the `next` cursor; everything with fetchAll. */
	function handler(request: CapturedRequest) {
		const q = query(request);
		if (q.fetchAll === 'true') return { body: { data: accounts } };
		const start = q.next ? Number(q.next.slice('cursor_'.length)) : 0;
		const size = Number(q.limit ?? 25);
		const end = start + size;
		return {
			body: {
				data: accounts.slice(start, end),
				...(end < accounts.length ? { next: `cursor_${end}` } : {}),
			},
		};
	}

	test('Return All asks HighLevel for everything with fetchAll', async () => {
		server.handler = handler;
		const result = await runMeta({
			resource: 'metaAdAccount',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.error).toBeUndefined();
		expect(result.items.map((i) => i.json.id)).toEqual(accounts.map((a) => a.id));
		expect(server.requests).toHaveLength(1);
		expect(query(server.requests[0])).toMatchObject({ fetchAll: 'true', locationId: LOCATION });
		expect((await loadSpec('ad-manager')).validate(server.requests[0])).toEqual([]);
	});

	test('Return All follows a next cursor when the answer still carries one', async () => {
		server.handler = (request) => {
			const q = query(request);
			const start = q.next ? Number(q.next.slice('cursor_'.length)) : 0;
			const end = start + 25;
			return {
				body: {
					data: accounts.slice(start, end),
					paging: end < accounts.length ? { next: `cursor_${end}` } : {},
				},
			};
		};
		const result = await runMeta({
			resource: 'metaAdAccount',
			operation: 'getAll',
			returnAll: true,
		});
		expect(result.items).toHaveLength(60);
		expect(server.requests.map((r) => query(r).next)).toEqual([
			undefined,
			'cursor_25',
			'cursor_50',
		]);
	});

	test('Limit asks only for what is missing, follows the cursor over three pages and returns exactly Limit', async () => {
		server.handler = handler;
		// The endpoint takes `limit`: page sizes follow what Limit still needs.
		const result = await runMeta({
			resource: 'metaAdAccount',
			operation: 'getAll',
			returnAll: false,
			limit: 55,
		});
		expect(result.items.map((i) => i.json.id)).toEqual(accounts.slice(0, 55).map((a) => a.id));
		expect(server.requests.map((r) => query(r).limit)).toEqual(['55']);
		server.reset();
		server.handler = (request) => {
			// HighLevel may cap the page below the limit asked for: the cursor is followed.
			const q = query(request);
			const start = q.next ? Number(q.next.slice('cursor_'.length)) : 0;
			const size = Math.min(Number(q.limit), 20);
			return {
				body: { data: accounts.slice(start, start + size), next: `cursor_${start + size}` },
			};
		};
		const capped = await runMeta({
			resource: 'metaAdAccount',
			operation: 'getAll',
			returnAll: false,
			limit: 45,
		});
		expect(capped.items.map((i) => i.json.id)).toEqual(accounts.slice(0, 45).map((a) => a.id));
		expect(server.requests.map((r) => [query(r).limit, query(r).next])).toEqual([
			['45', undefined],
			['25', 'cursor_20'],
			['5', 'cursor_40'],
		]);
	});

	test('an entity list (no limit input) follows next over three pages and stops at Limit', async () => {
		server.handler = handler;
		const result = await runMeta({
			resource: 'metaCampaign',
			operation: 'getAll',
			returnAll: false,
			limit: 60,
			type: 'AD_MANAGER',
			entityType: 'CAMPAIGN',
		});
		expect(result.items).toHaveLength(60);
		expect(server.requests.map((r) => query(r).next)).toEqual([
			undefined,
			'cursor_25',
			'cursor_50',
		]);
		expect(server.requests.every((r) => query(r).entityType === 'CAMPAIGN')).toBe(true);
		server.reset();
		server.handler = handler;
		const limited = await runMeta({
			resource: 'metaCampaign',
			operation: 'getAll',
			returnAll: false,
			limit: 30,
			type: 'AD_MANAGER',
			entityType: 'CAMPAIGN',
		});
		expect(limited.items.map((i) => i.json.id)).toEqual(accounts.slice(0, 30).map((a) => a.id));
		expect(server.requests).toHaveLength(2);
	});
});

describe('Google campaign body (PUT /ad-publishing/google/ads)', () => {
	const base = {
		resource: 'googleCampaign',
		operation: 'upsert',
		name: 'Shoes',
		advertisingChannelType: 'SEARCH',
	};

	test("the JSON field's placeholder is a campaign the spec accepts", () => {
		expect(JSON.parse(String(googleAdsJson.placeholder))).toEqual(GOOGLE_ADS_EXAMPLE);
		const schema = adManager[GOOGLE_ADS_ENDPOINT].body?.schema;
		expect(
			firstProblem(schema, {
				...GOOGLE_ADS_EXAMPLE,
				name: 'x',
				advertisingChannelType: 'SEARCH',
				locationId: 'l',
			}),
		).toBeUndefined();
	});

	test('the example is sent, with the fields and the location, and validates against the spec', async () => {
		server.handler = () => ({ body: { id: 'g1' } });
		const result = await runGoogle({
			...base,
			goalType: 'LEAD',
			campaignJson: JSON.stringify({ ...GOOGLE_ADS_EXAMPLE, name: 'from JSON' }),
		});
		expect(result.error).toBeUndefined();
		const body = server.requests[0].body as IDataObject;
		expect(body).toMatchObject({
			...GOOGLE_ADS_EXAMPLE,
			name: 'Shoes',
			goalType: 'LEAD',
			advertisingChannelType: 'SEARCH',
			locationId: LOCATION,
		});
		expect((await loadSpec('ad-manager')).validate(server.requests[0])).toEqual([]);
	});

	test("Budget Amount and Budget Type set the budget, over the JSON's", async () => {
		server.handler = () => ({ body: { id: 'g1' } });
		const result = await runGoogle({
			...base,
			budgetAmount: 35,
			budgetType: 'LIFETIME',
			campaignJson: JSON.stringify({ budget: { amount: 5, scheduleStartDate: '2026-02-01' } }),
		});
		expect(result.error).toBeUndefined();
		expect((server.requests[0].body as IDataObject).budget).toEqual({
			amount: 35,
			budgetType: 'LIFETIME',
			scheduleStartDate: '2026-02-01',
		});
		expect((await loadSpec('ad-manager')).validate(server.requests[0])).toEqual([]);
	});

	test.each([
		[
			'a headline that is not text, four levels deep',
			{ adGroups: [{ adContent: [{ headlines: ['ok', 7] }] }] },
			'adGroups[0].adContent[0].headlines[1]: must be a string, not number 7',
		],
		[
			'an unknown budget type',
			{ budget: { budgetType: 'WEEKLY' } },
			'budget.budgetType: must be one of "DAILY", "LIFETIME", not "WEEKLY"',
		],
		[
			'a missing required key',
			{ networkSettings: { targetSearchNetwork: true } },
			'networkSettings.targetContentNetwork: is required',
		],
		[
			'a misspelt key',
			{ adGroups: [{ keywords: { positive: [] } }] },
			"adGroups[0].keywords.positive: is not a property of this object in HighLevel's spec",
		],
		[
			'an array given as an object',
			{ adSchedule: { dayOfWeek: 'MONDAY', from: '09:00', to: '17:00' } },
			'adSchedule: must be an array, not an object',
		],
	])('%s stops before any request, naming the path', async (_case, json, problem) => {
		const result = await runGoogle({ ...base, campaignJson: JSON.stringify(json) });
		expect(result.error?.message).toBe(`The campaign does not fit HighLevel's spec at ${problem}`);
		expect(server.requests).toHaveLength(0);
	});

	test('invalid JSON names the field', async () => {
		const result = await runGoogle({ ...base, campaignJson: '{"budget": ' });
		expect(result.error?.message).toMatch(/^"Campaign \(JSON\)" is not valid JSON/);
		expect(server.requests).toHaveLength(0);
	});
});
