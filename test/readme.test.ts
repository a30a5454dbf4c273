import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { googleResources, linkedinResources, metaResources } from '../nodes/GoHighLevelAds/areas';
import { agencyResources } from '../nodes/GoHighLevelAgency/areas';
import { aiAgentResources } from '../nodes/GoHighLevelAiAgents/areas';
import { crmResources } from '../nodes/GoHighLevelCrm/areas';
import { marketingResources } from '../nodes/GoHighLevelMarketing/areas';
import { sitesResources } from '../nodes/GoHighLevelSites/areas';
import { paymentsResources } from '../nodes/GoHighLevelPayments/areas';
import { productsResources } from '../nodes/GoHighLevelProducts/areas';
import { AGENCY_SCOPES, DEFAULT_SCOPES } from '../credentials/GoHighLevelOAuth2Api.credentials';
import { BUILT_NODES } from './conformance/nodes';
import { operationsTable, scopesTable } from './helpers/operationsTable';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

test.each([
	['CRM', crmResources],
	['Marketing', marketingResources],
	['Sites', sitesResources],
	['AI Agents', aiAgentResources],
	['Ads (Meta)', metaResources],
	['Ads (Google)', googleResources],
	['Ads (LinkedIn)', linkedinResources],
	['Payments', paymentsResources],
	['Products', productsResources],
	['Agency', agencyResources],
])("the README's %s operations table is the one the definitions produce", (_name, resources) => {
	const table = operationsTable(resources);
	if (!readme.includes(table)) console.log(`Expected this table in README.md:\n\n${table}\n`);
	expect(readme.includes(table)).toBe(true);
});

test('the README names the default OAuth2 scopes', () => {
	expect(readme).toContain(DEFAULT_SCOPES.join(' '));
});

test("the README's scope lists for sub-account and agency apps are the credential's", () => {
	const subAccount = DEFAULT_SCOPES.filter((scope) => !AGENCY_SCOPES.includes(scope));
	expect(readme).toContain(`Sub-account app:\n\n\`${subAccount.join(' ')}\``);
	expect(readme).toContain(`Agency app:\n\n\`${DEFAULT_SCOPES.join(' ')}\``);
});

test("the README's scopes table is the one the definitions produce", () => {
	const table = scopesTable(BUILT_NODES.map((node) => [node.name, node.resources]));
	if (!readme.includes(table)) console.log(`Expected this table in README.md:\n\n${table}\n`);
	expect(readme.includes(table)).toBe(true);
});

test('the README gives the two commands, and they exist', () => {
	const scripts = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).scripts;
	expect(readme).toContain('npm install && npm start');
	expect(readme).toContain('npm install && npm test');
	expect(scripts.start).toBeDefined();
	expect(scripts.test).toBeDefined();
});
