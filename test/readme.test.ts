import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { crmResources } from '../nodes/GoHighLevelCrm/areas';
import { paymentsResources } from '../nodes/GoHighLevelPayments/areas';
import { productsResources } from '../nodes/GoHighLevelProducts/areas';
import { DEFAULT_SCOPES } from '../credentials/GoHighLevelOAuth2Api.credentials';
import { operationsTable } from './helpers/operationsTable';

const readme = readFileSync(join(__dirname, '..', 'README.md'), 'utf8');

test.each([
	['CRM', crmResources],
	['Payments', paymentsResources],
	['Products', productsResources],
] as const)(
	"the README's %s operations table is the one the definitions produce",
	(_node, resources) => {
		const table = operationsTable([...resources]);
		if (!readme.includes(table)) console.log(`Expected this table in README.md:\n\n${table}\n`);
		expect(readme.includes(table)).toBe(true);
	},
);

test('the README names the default OAuth2 scopes', () => {
	expect(readme).toContain(DEFAULT_SCOPES.join(' '));
});

test('the README gives the two commands, and they exist', () => {
	const scripts = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')).scripts;
	expect(readme).toContain('npm install && npm start');
	expect(readme).toContain('npm install && npm test');
	expect(scripts.start).toBeDefined();
	expect(scripts.test).toBeDefined();
});
