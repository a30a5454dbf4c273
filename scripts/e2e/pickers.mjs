// Lists the editor loads from HighLevel, in headless Chromium: a workflow made through n8n's REST API holds
// GoHighLevel CRM nodes on the sandbox credential; each node's panel is opened, the Pipeline picker's list
// (Opportunity › Create) and the Field Name or ID list of a contact custom field (Contact › Create) must show
// what the sandbox serves, read through n8n; each open list is screenshot into docs/images/. A Tag › Add node
// saved with version 1 shows its comma-separated tags as text, and a new one lists the sandbox's tags.
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import {
	CREDENTIAL_ID,
	CREDENTIAL_NAME,
	PACKAGE_NAME,
	rest,
	SANDBOX_LOCATION,
	SANDBOX_TOKEN,
} from '../lib/stack.mjs';

const CRM = `${PACKAGE_NAME}.goHighLevelCrm`;
const LIST_TIMEOUT = 30000;

/** A HighLevel API answer from the sandbox, read directly (what the editor should end up listing). */
async function sandboxGet(sandbox, path) {
	const res = await fetch(`${sandbox.url}${path}`, {
		headers: { Authorization: `Bearer ${SANDBOX_TOKEN}`, Version: '2021-07-28' },
	});
	if (!res.ok) throw new Error(`sandbox GET ${path}: ${res.status} ${await res.text()}`);
	return /** @type {any} */ (await res.json());
}

/** The requests n8n sent the sandbox for `path` since log entry `since`. */
async function requestsFor(sandbox, since, method, path) {
	const { requests } = await sandbox.control('GET', `/requests?since=${since}`);
	return requests.filter((r) => r.method === method && r.path === path);
}

const lastSeq = async (sandbox) =>
	(await sandbox.control('GET', '/requests')).requests.at(-1)?.seq ?? 0;

/** Waits for the page's finite animations to end (an open list fades in), five seconds at most. */
function settled(page) {
	return page.evaluate(() =>
		Promise.race([
			Promise.all(
				// this function runs in the browser page
				/** @type {any} */ (globalThis).document
					.getAnimations()
					.filter((a) => a.effect?.getComputedTiming().iterations !== Infinity)
					.map((a) => a.finished.catch(() => undefined)),
			),
			new Promise((resolve) => setTimeout(resolve, 5000)),
		]),
	);
}

/** Waits until one of `items` reads exactly `text` (the list has loaded), then returns every item's text. */
async function loadedList(items, text, what) {
	const exact = new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
	try {
		await items.filter({ hasText: exact }).first().waitFor({ timeout: LIST_TIMEOUT });
	} catch {
		const shown = await items.allInnerTexts().catch(() => []);
		throw new Error(
			`${what} did not list "${text}" within ${LIST_TIMEOUT / 1000} s; it shows ${JSON.stringify(shown)}`,
		);
	}
	return (await items.allInnerTexts()).map((t) => t.trim());
}

export async function pickerChecks({
	context,
	watch,
	base,
	cookie,
	sandbox,
	check,
	assert,
	outDir,
	nodes,
}) {
	const crm = nodes.find((n) => n.name === CRM);
	const version =
		crm?.defaultVersion ?? (Array.isArray(crm?.version) ? crm.version.at(-1) : crm?.version);
	const credentials = {
		goHighLevelPrivateIntegrationApi: { id: CREDENTIAL_ID, name: CREDENTIAL_NAME },
	};
	const crmNode = (name, x, parameters) => ({
		id: randomUUID(),
		name,
		type: CRM,
		typeVersion: version,
		position: [x, 300],
		parameters: { authentication: 'privateIntegrationToken', ...parameters },
		credentials,
	});
	const opportunityNode = crmNode('Create opportunity', 240, {
		resource: 'opportunity',
		operation: 'create',
	});
	const contactNode = crmNode('Create contact', 520, { resource: 'contact', operation: 'create' });
	// As a workflow saved with version 1 holds it, when Tags was a comma-separated text field.
	const savedTagNode = {
		...crmNode('Tag contact (saved)', 800, {
			resource: 'tag',
			operation: 'add',
			contactId: 'sandboxContact0001',
			tags: 'vip, new customer',
		}),
		typeVersion: 1,
	};
	const tagNode = crmNode('Tag contact', 1080, {
		resource: 'tag',
		operation: 'add',
		contactId: { __rl: true, mode: 'id', value: 'sandboxContact0001' },
	});
	// One workflow per check: a page that changed a workflow holds its edit lock for a while after it
	// closes, and the next page opens that workflow read-only.
	const workflows = [
		{ name: 'Editor: Pipeline picker', nodes: [opportunityNode] },
		{ name: 'Editor: contact custom fields', nodes: [contactNode] },
		{ name: 'Editor: tags saved with version 1, and the tag list', nodes: [savedTagNode, tagNode] },
	];
	const workflowIds = new Map();

	/** Opens the workflow with the node's parameter panel open (n8n's /workflow/<id>/<node id> route). */
	async function openPanel(node) {
		const group = workflows.find((w) => w.nodes.includes(node));
		if (!workflowIds.has(group)) {
			assert(crm, `${CRM} is not among the nodes n8n lists`);
			const workflow = await rest(base, cookie, 'POST', '/workflows', {
				name: group.name,
				nodes: group.nodes,
				connections: {},
				settings: { executionOrder: 'v1' },
			});
			workflowIds.set(group, workflow.id);
		}
		const page = await context.newPage();
		watch(page);
		const errors = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(String(e)));
		try {
			return { ...(await panelOf(page, node, workflowIds.get(group))), errors };
		} catch (error) {
			if (process.env.E2E_DEBUG) {
				await page.screenshot({ path: join(outDir, 'debug-open-panel.png') }).catch(() => {});
				console.log(errors.join('\n'));
			}
			await page.close();
			throw error;
		}
	}

	async function panelOf(page, node, workflowId) {
		await page.goto(`/workflow/${workflowId}/${node.id}`, { waitUntil: 'domcontentloaded' });
		const ndv = page.locator('[data-test-id="node-parameters"]');
		await ndv.waitFor({ timeout: 60000 });
		const credential = ndv.locator('[data-test-id="node-credentials-select"] input');
		await credential.waitFor({ timeout: 20000 });
		await page
			.waitForFunction((input) => input.value !== '', await credential.elementHandle(), {
				timeout: 20000,
			})
			.catch(() => {});
		const chosen = await credential.inputValue();
		assert(
			chosen.includes(CREDENTIAL_NAME),
			`the panel of ${node.name} shows the credential "${chosen}", not "${CREDENTIAL_NAME}"`,
		);
		return { page, ndv };
	}

	await check(
		'editor: Opportunity › Create lists the sandbox pipelines in the Pipeline picker (From List), screenshot',
		async () => {
			const served = (
				await sandboxGet(sandbox, `/opportunities/pipelines?locationId=${SANDBOX_LOCATION}`)
			).pipelines.map((p) => p.name);
			assert(served.length > 0, 'the sandbox serves no pipelines');
			const since = await lastSeq(sandbox);
			const { page, ndv } = await openPanel(opportunityNode);
			try {
				const picker = ndv.locator('[data-test-id="resource-locator-pipelineId"]');
				await picker.waitFor({ timeout: 20000 });
				const mode = await picker.locator('[data-test-id="rlc-mode-selector"] input').inputValue();
				assert(/from list/i.test(mode), `the Pipeline ID picker opens in mode "${mode}"`);
				await picker.locator('[data-test-id="rlc-input"]').click();
				const items = picker.locator('[data-test-id="rlc-item"]');
				const listed = await loadedList(items, served[0], 'the Pipeline ID picker');
				assert(
					served.every((name) => listed.includes(name)) && listed.length === served.length,
					`the picker lists ${JSON.stringify(listed)}, the sandbox serves ${JSON.stringify(served)}`,
				);
				const asked = await requestsFor(sandbox, since, 'GET', '/opportunities/pipelines');
				assert(
					asked.some(
						(r) =>
							r.status === 200 &&
							r.query.locationId === SANDBOX_LOCATION &&
							r.headers.authorization === `Bearer ${SANDBOX_TOKEN}`,
					),
					`n8n did not read the pipelines from the sandbox: ${JSON.stringify(asked)}`,
				);
				await settled(page);
				await page.screenshot({ path: join(outDir, 'gohighlevel-crm-pipeline-picker.png') });
			} catch (error) {
				if (process.env.E2E_DEBUG)
					await page
						.screenshot({ path: join(outDir, 'debug-pipeline-picker.png') })
						.catch(() => {});
				throw error;
			} finally {
				await page.close();
			}
		},
	);

	await check(
		'editor: Contact › Create, Additional Fields › Custom Fields › Add Custom Field lists the sandbox contact fields, screenshot',
		async () => {
			const path = `/locations/${SANDBOX_LOCATION}/customFields`;
			const contactFields = (await sandboxGet(sandbox, `${path}?model=contact`)).customFields.map(
				(f) => f.name,
			);
			const opportunityFields = (
				await sandboxGet(sandbox, `${path}?model=opportunity`)
			).customFields.map((f) => f.name);
			assert(contactFields.length > 0, 'the sandbox serves no contact custom fields');
			const since = await lastSeq(sandbox);
			const { page, ndv } = await openPanel(contactNode);
			try {
				await ndv.locator('[data-test-id="collection-parameter-add"]').first().click();
				await page
					.locator('[data-test-id="collection-parameter-option"]')
					.filter({ hasText: /^\s*Custom Fields\s*$/ })
					.click({ timeout: 15000 });
				const collection = ndv.locator('[data-test-id="fixed-collection-customFields"]');
				await collection.waitFor({ timeout: 15000 });
				// the new field's options are loaded through n8n as it appears
				const loaded = page.waitForResponse(
					(r) =>
						r.url().includes('/rest/dynamic-node-parameters/options') &&
						(r.request().postData() ?? '').includes('getContactCustomFields'),
					{ timeout: LIST_TIMEOUT },
				);
				await ndv.locator('[data-test-id="fixed-collection-add"]').click();
				const field = ndv.locator('[data-test-id="parameter-input-id"]');
				await field.waitFor({ timeout: 15000 });
				const answer = await loaded;
				assert(answer.ok(), `n8n answered the field list with ${answer.status()}`);
				const label = await ndv
					.locator('[data-test-id="parameter-item"]', {
						has: page.locator('[data-test-id="parameter-input-id"]'),
					})
					.last()
					.locator('[data-test-id="input-label"]')
					.first()
					.innerText();
				assert(/Field Name or ID/.test(label), `the custom field's first input is "${label}"`);
				// n8n loads the field's options as the field appears and re-renders it when they arrive,
				// which can close a list opened meanwhile: open it until its options show.
				const options = page.locator(
					'[data-test-id="parameter-input-item"]:visible .option-headline',
				);
				for (let attempt = 1; ; attempt++) {
					await field.click();
					const shown = await options
						.first()
						.waitFor({ timeout: 5000 })
						.then(() => true)
						.catch(() => false);
					if (shown || attempt === LIST_TIMEOUT / 5000) break;
					await page.keyboard.press('Escape');
				}
				const first = [...contactFields].sort((a, b) => a.localeCompare(b))[0];
				const listed = await loadedList(options, first, 'the Field Name or ID list');
				assert(
					contactFields.every((name) => listed.includes(name)) &&
						listed.length === contactFields.length,
					`the list shows ${JSON.stringify(listed)}, the sandbox's contact fields are ${JSON.stringify(contactFields)}`,
				);
				assert(
					!opportunityFields.some((name) => listed.includes(name)),
					`the contact list shows opportunity fields: ${JSON.stringify(listed)}`,
				);
				const asked = await requestsFor(sandbox, since, 'GET', path);
				assert(
					asked.some((r) => r.status === 200 && r.query.model === 'contact'),
					`n8n did not read the contact custom fields from the sandbox: ${JSON.stringify(asked)}`,
				);
				await settled(page);
				await page.screenshot({ path: join(outDir, 'gohighlevel-crm-custom-field-list.png') });
			} catch (error) {
				if (process.env.E2E_DEBUG)
					await page
						.screenshot({ path: join(outDir, 'debug-custom-field-list.png') })
						.catch(() => {});
				throw error;
			} finally {
				await page.close();
			}
		},
	);

	await check(
		'editor: a Tag › Add node saved with version 1 shows its comma-separated tags; a new one lists the sandbox tags',
		async () => {
			const served = (await sandboxGet(sandbox, `/locations/${SANDBOX_LOCATION}/tags`)).tags.map(
				(t) => t.name,
			);
			assert(served.length > 0, 'the sandbox serves no tags');
			const saved = await openPanel(savedTagNode);
			try {
				const text = saved.ndv.locator(
					'[data-test-id="parameter-input-tags"] input, [data-test-id="parameter-input-tags"] textarea',
				);
				await text.first().waitFor({ timeout: 20000 });
				const shown = await text.first().inputValue();
				assert(shown === 'vip, new customer', `the saved tags show as "${shown}"`);
				const broken = saved.errors.filter((e) => /TypeError|is not a function/i.test(e));
				assert(broken.length === 0, `the panel logged: ${broken.slice(0, 3).join(' | ')}`);
			} finally {
				await saved.page.close();
			}
			const { page, ndv, errors } = await openPanel(tagNode);
			try {
				const tags = ndv.locator('[data-test-id="parameter-input-tags"]');
				await tags.waitFor({ timeout: 20000 });
				await tags.click();
				// a list of several values shows each option as the item's own text
				const options = page.locator('.el-select-dropdown__item:visible');
				const sorted = [...served].sort((a, b) => a.localeCompare(b));
				const listed = await loadedList(options, sorted[0], 'the Tags list');
				assert(
					served.every((name) => listed.includes(name)),
					`the Tags list shows ${JSON.stringify(listed)}, the sandbox serves ${JSON.stringify(served)}`,
				);
				const broken = errors.filter((e) => /TypeError|is not a function/i.test(e));
				assert(broken.length === 0, `the panel logged: ${broken.slice(0, 3).join(' | ')}`);
			} catch (error) {
				if (process.env.E2E_DEBUG) {
					await page.screenshot({ path: join(outDir, 'debug-tags.png') }).catch(() => {});
					console.log(
						await page
							.locator('.el-popper:visible')
							.first()
							.innerHTML()
							.catch(() => ''),
					);
				}
				throw error;
			} finally {
				await page.close();
			}
		},
	);
}
