// The OAuth2 connect flow in real n8n, in headless Chromium: create a GoHighLevel OAuth2 credential in the
// editor, click Connect, pick the account on the sandbox's chooselocation page, run a CRM operation with it,
// force a 401 and see one refresh with the rotated refresh token saved; then an agency install whose token
// is exchanged for each sub-account's.
import { randomUUID } from 'node:crypto';
import { CHROMIUM, ensureChromium } from './editor.mjs';
import { PACKAGE_NAME, publishWorkflow, rest } from '../lib/stack.mjs';

const CLIENT = { id: 'sandbox-client-id', secret: 'sandbox-client-secret' };

/** Creates the credential in the editor and connects it, choosing `pick` ('location' or 'agency'). */
async function connectInEditor(context, { name, sandboxUrl, pick }) {
	const page = await context.newPage();
	try {
		await page.goto('/home/credentials', { waitUntil: 'domcontentloaded' });
		await page.click('[data-test-id="add-resource-credential"]', { timeout: 60000 });
		await page.waitForSelector('[data-test-id="new-credential-type-select"]', { timeout: 15000 });
		await page.keyboard.type('GoHighLevel OAuth2', { delay: 20 });
		await page.getByText('GoHighLevel OAuth2 API', { exact: true }).click();
		await page.click('[data-test-id="new-credential-type-button"]');
		await page.waitForSelector('[data-test-id="parameter-input-clientId"] input', {
			timeout: 15000,
		});
		// the credential's name, then its fields
		await page.click('[data-test-id="inline-edit-preview"]');
		await page.fill('[data-test-id="inline-edit-input"]', name);
		await page.keyboard.press('Enter');
		await page.fill('[data-test-id="parameter-input-clientId"] input', CLIENT.id);
		await page.fill('[data-test-id="parameter-input-clientSecret"] input', CLIENT.secret);
		await page.click('[data-test-id="parameter-input-marketplace"]');
		await page.getByText('On the API Base URL (a Sandbox or Test Server)', { exact: true }).click();
		await page.fill('[data-test-id="parameter-input-baseUrl"] input', sandboxUrl);
		const popupOpened = page.waitForEvent('popup', { timeout: 20000 });
		await page
			.locator('[data-test-id="oauth-connect-button"], [data-test-id="quick-connect-button"]')
			.first()
			.click();
		const popup = await popupOpened;
		await popup.waitForSelector(`a.${pick}`, { timeout: 20000 });
		const chosen = await popup.locator(`a.${pick}`).first().textContent();
		await popup.locator(`a.${pick}`).first().click();
		await page.waitForSelector('[data-test-id="oauth-connect-success-banner"]', { timeout: 20000 });
		return chosen.trim();
	} finally {
		await page.close();
	}
}

/** A published workflow: Webhook (answers with the last node's output) → Contact › Create with the credential. */
async function contactWorkflow(base, cookie, credential) {
	const path = randomUUID();
	const workflow = await rest(base, cookie, 'POST', '/workflows', {
		name: `OAuth2: ${credential.name}`,
		nodes: [
			{
				id: randomUUID(),
				name: 'Webhook',
				type: 'n8n-nodes-base.webhook',
				typeVersion: 2,
				position: [220, 300],
				webhookId: path,
				parameters: { httpMethod: 'POST', path, responseMode: 'lastNode', options: {} },
			},
			{
				id: randomUUID(),
				name: 'Create contact',
				type: `${PACKAGE_NAME}.goHighLevelCrm`,
				typeVersion: 1,
				position: [440, 300],
				parameters: {
					authentication: 'oAuth2',
					resource: 'contact',
					operation: 'create',
					email: '={{ $json.body.email }}',
					locationId: '={{ $json.body.locationId || "" }}',
					additionalFields: { firstName: 'OAuth' },
				},
				credentials: { goHighLevelOAuth2Api: { id: credential.id, name: credential.name } },
			},
		],
		connections: { Webhook: { main: [[{ node: 'Create contact', type: 'main', index: 0 }]] } },
		settings: { executionOrder: 'v1' },
	});
	await publishWorkflow(base, cookie, workflow.id);
	// n8n registers a published workflow's webhook a moment after activation answers: until then the
	// URL answers 404 without running anything, so a 404 is retried.
	return async (body) => {
		for (const deadline = Date.now() + 30000; ; ) {
			const res = await fetch(`${base}/webhook/${path}`, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify(body),
			});
			const text = await res.text();
			if (res.status !== 404 || Date.now() > deadline)
				return { status: res.status, body: text ? JSON.parse(text) : undefined, text };
			await new Promise((r) => setTimeout(r, 500));
		}
	};
}

export async function oauthChecks({ base, owner, cookie, sandbox, check, assert }) {
	let browser;
	let context;
	const credentialNamed = async (name) => {
		const list = await rest(base, cookie, 'GET', '/credentials');
		const found = list.find((c) => c.name === name && c.type === 'goHighLevelOAuth2Api');
		assert(found, `no credential named ${name}`);
		return found;
	};
	const oauthState = () => sandbox.control('GET', '/oauth');
	try {
		ensureChromium();
		const { chromium } = await import('playwright-core');
		browser = await chromium.launch({
			executablePath: CHROMIUM,
			args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
		});
		context = await browser.newContext({ baseURL: base, viewport: { width: 1440, height: 900 } });
		const login = await context.request.post('/rest/login', {
			data: { emailOrLdapLoginId: owner.email, password: owner.password },
		});
		assert(login.ok(), `login ${login.status()}`);

		let run;
		await check(
			'OAuth2: create the credential in the editor, Connect, pick a sub-account on the chooselocation page',
			async () => {
				const before = (await oauthState()).grants.length;
				const chosen = await connectInEditor(context, {
					name: 'HighLevel OAuth2 (sub-account)',
					sandboxUrl: sandbox.url,
					pick: 'location',
				});
				assert(chosen === 'Sandbox Sub-Account', `picked ${chosen}`);
				const grants = (await oauthState()).grants.slice(before);
				assert(
					grants.length === 1 &&
						grants[0].grantType === 'authorization_code' &&
						grants[0].locationId === 'sandboxLocation0001',
					`grants ${JSON.stringify(grants)}`,
				);
				run = await contactWorkflow(
					base,
					cookie,
					await credentialNamed('HighLevel OAuth2 (sub-account)'),
				);
			},
		);

		await check('OAuth2: a CRM operation runs with the connected token', async () => {
			assert(run, 'needs the credential of the previous check');
			const r = await run({ email: 'oauth-1@example.com' });
			assert(r.status === 200, `webhook answered ${r.status} ${r.text.slice(0, 300)}`);
			assert(
				r.body.email === 'oauth-1@example.com' && r.body.locationId === 'sandboxLocation0001',
				`output ${r.text.slice(0, 300)}`,
			);
			const sent = (await sandbox.control('GET', '/requests')).requests.filter(
				(x) => x.method === 'POST' && x.path === '/contacts/',
			);
			const auth = String(sent.at(-1).headers.authorization || '');
			assert(/^Bearer at-/.test(auth), 'the request did not carry the OAuth access token');
		});

		await check(
			'OAuth2: a forced 401 makes one refresh; the rotated refresh token is saved (a second 401 refreshes again)',
			async () => {
				assert(run, 'needs the credential of the first check');
				for (const round of [1, 2]) {
					const before = (await oauthState()).grants.length;
					const { expired } = await sandbox.control('POST', '/oauth/expire');
					assert(expired >= 1, `round ${round}: nothing to expire`);
					const r = await run({ email: `oauth-refresh-${round}@example.com` });
					assert(r.status === 200, `round ${round}: ${r.status} ${r.text.slice(0, 300)}`);
					const grants = (await oauthState()).grants.slice(before);
					assert(
						grants.length === 1 && grants[0].grantType === 'refresh_token',
						`round ${round}: token endpoint calls ${JSON.stringify(grants)}`,
					);
				}
			},
		);

		let agencyRun;
		await check('OAuth2 agency install: Connect, pick the agency', async () => {
			const chosen = await connectInEditor(context, {
				name: 'HighLevel OAuth2 (agency)',
				sandboxUrl: sandbox.url,
				pick: 'agency',
			});
			assert(/^Agency/.test(chosen), `picked ${chosen}`);
			const last = (await oauthState()).grants.at(-1);
			assert(last.userType === 'Company', `last grant ${JSON.stringify(last)}`);
			agencyRun = await contactWorkflow(
				base,
				cookie,
				await credentialNamed('HighLevel OAuth2 (agency)'),
			);
		});

		await check(
			'OAuth2 agency install: an operation on two sub-accounts goes through one token exchange each',
			async () => {
				assert(agencyRun, 'needs the agency credential');
				const before = (await oauthState()).exchanges.length;
				for (const [i, locationId] of ['sandboxLocation0001', 'sandboxLocation0002'].entries()) {
					for (const n of [1, 2]) {
						const r = await agencyRun({ email: `agency-${i}-${n}@example.com`, locationId });
						assert(r.status === 200, `${locationId}: ${r.status} ${r.text.slice(0, 300)}`);
						assert(r.body.locationId === locationId, `${locationId}: ${r.text.slice(0, 300)}`);
					}
				}
				const exchanges = (await oauthState()).exchanges.slice(before);
				// Executions are separate runs: the token cache lives in the n8n process, so the second
				// contact of each location reuses the exchanged token.
				assert(
					exchanges.map((e) => e.locationId).join() === 'sandboxLocation0001,sandboxLocation0002',
					`exchanges ${JSON.stringify(exchanges)}`,
				);
			},
		);
	} finally {
		await browser?.close().catch(() => {});
	}
}
