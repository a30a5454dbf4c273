// Editor checks in headless Chromium (Debian's /usr/bin/chromium driven by playwright-core): open the node
// panel, search "GoHighLevel", add each of our nodes, open its parameter panel, screenshot it into docs/images/;
// then the lists the CRM node loads from the sandbox (pickers.mjs).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { pickerChecks } from './pickers.mjs';

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Installs Debian's chromium when it is missing (CI runs as root on a fresh machine). */
export function ensureChromium() {
	if (existsSync(CHROMIUM)) return;
	if (process.getuid && process.getuid() !== 0)
		throw new Error(`${CHROMIUM} missing: apt-get install -y chromium`);
	console.log('  installing Debian chromium (apt-get) ...');
	execFileSync(
		'bash',
		[
			'-c',
			'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null',
		],
		{ stdio: 'inherit' },
	);
}

const slug = (s) =>
	s
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** The entry the node creator lists for a node: a trigger's first event, or the default action. */
function firstAction(node) {
	if (node.name.endsWith('Trigger')) return 'On appointment created';
	const resource = node.properties.find((p) => p.name === 'resource')?.default;
	const selector = node.properties.find(
		(p) => p.name === 'operation' && p.displayOptions?.show?.resource?.includes(resource),
	);
	const option = selector?.options?.find((o) => o.value === selector.default);
	if (!option?.action) throw new Error(`${node.displayName}: no default action to pick`);
	return option.action;
}

export async function editorChecks({ base, owner, cookie, sandbox, check, assert, nodes, outDir }) {
	/** @type {import('playwright-core').Browser | undefined} */
	let browser;
	let context;
	const consoleErrors = [];
	/** Keeps the page's console errors and uncaught errors for the last check. */
	const watch = (page) => {
		page.on('console', (m) => m.type() === 'error' && consoleErrors.push(m.text()));
		page.on('pageerror', (e) => consoleErrors.push(String(e && e.stack ? e.stack : e)));
	};
	await check('editor: headless Chromium opens the n8n editor signed in', async () => {
		ensureChromium();
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: [
				'--headless',
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
				'--disable-dev-shm-usage',
			],
		});
		context = await browser.newContext({
			baseURL: base,
			viewport: { width: 1440, height: 900 },
			deviceScaleFactor: 1,
		});
		const login = await context.request.post('/rest/login', {
			data: { emailOrLdapLoginId: owner.email, password: owner.password },
		});
		assert(login.ok(), `login ${login.status()}`);
	});
	if (!context) return;
	mkdirSync(outDir, { recursive: true });
	try {
		for (const node of nodes) {
			await check(
				`editor: search "GoHighLevel", add ${node.displayName}, open its parameters, screenshot`,
				async () => {
					const page = await context.newPage();
					watch(page);
					try {
						await page.goto('/workflow/new', { waitUntil: 'domcontentloaded' });
						await page.waitForSelector('[data-test-id="node-creator-plus-button"]', {
							timeout: 60000,
						});
						await page.click('[data-test-id="node-creator-plus-button"]');
						await page.waitForSelector('[data-test-id="node-creator-search-bar"]', {
							timeout: 15000,
						});
						await page.waitForTimeout(500);
						await page.keyboard.type('GoHighLevel', { delay: 30 });
						const items = page.locator('[data-test-id="node-creator-item-name"]');
						await items
							.filter({ hasText: 'GoHighLevel' })
							.first()
							.waitFor({ timeout: 15000 })
							.catch(() => {});
						const names = await items.allTextContents();
						assert(
							names.some((n) => n.trim().startsWith('GoHighLevel')),
							`search listed ${names.join(', ')}`,
						);
						if (node === nodes[0])
							await page.screenshot({ path: join(outDir, 'node-panel-search-gohighlevel.png') });
						// the node creator lists trigger nodes without the "Trigger" suffix
						const listed = node.displayName.replace(/ Trigger$/, '');
						// names such as "GoHighLevel Ads (Meta)" hold characters a pattern reads as syntax
						const literal = listed.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
						await items
							.filter({ hasText: new RegExp(`^\\s*${literal}\\s*$`) })
							.first()
							.click();
						// action nodes open their list of actions first (a panel slides in): take the first action
						const ndv = page.locator('[data-test-id="node-parameters"]');
						await page.waitForTimeout(1500);
						if (!(await ndv.isVisible())) {
							if (process.env.E2E_DEBUG)
								await page.screenshot({
									path: join(outDir, `debug-${slug(node.displayName)}.png`),
								});
							// the node's own list: trigger events ("On appointment created") or actions, where the
							// default resource's default operation is taken ("Create a contact", "Create an invoice")
							await page.getByText(firstAction(node), { exact: true }).first().click();
						}
						await ndv.waitFor({ timeout: 20000 });
						await page.waitForTimeout(1200);
						const text = await ndv.innerText();
						assert(
							/Credential|Source|Resource|Events/i.test(text),
							`parameter panel shows: ${text.slice(0, 200)}`,
						);
						await page.screenshot({
							path: join(outDir, `${slug(node.displayName)}-parameters.png`),
						});
					} finally {
						await page.close();
					}
				},
			);
		}
		await pickerChecks({
			context,
			watch,
			base,
			cookie,
			sandbox,
			check,
			assert,
			outDir,
			nodes,
		});
		await check('editor: no console errors from our nodes', async () => {
			const ours = consoleErrors.filter((e) => /gohighlevel/i.test(e));
			assert(ours.length === 0, ours.slice(0, 5).join('\n'));
			if (consoleErrors.length)
				console.log(
					`      (${consoleErrors.length} other console errors, none mention our package)`,
				);
		});
	} finally {
		await browser?.close().catch(() => {});
	}
}
