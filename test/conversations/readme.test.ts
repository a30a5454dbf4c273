import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_SCOPES } from '../../credentials/GoHighLevelOAuth2Api.credentials';
import { conversationsResources } from '../../nodes/GoHighLevelConversations/areas';
import { operationsOf } from '../../nodes/shared/builder/node';
import { operationsTable } from '../helpers/operationsTable';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

test("the README's Conversations table is the one the definitions produce", () => {
	const table = operationsTable(conversationsResources);
	if (!readme.includes(table)) console.log(`Expected this table in README.md:\n\n${table}\n`);
	const section = readme.slice(readme.indexOf('## GoHighLevel Conversations'));
	expect(section.includes(table)).toBe(true);
});

test("the OAuth2 credential's default scopes cover every Conversations operation", () => {
	const scopes = new Set(DEFAULT_SCOPES);
	const missing = operationsOf(conversationsResources)
		.flatMap(({ facts }) => facts.scopes)
		.filter((scope) => !scopes.has(scope));
	expect([...new Set(missing)]).toEqual([]);
});
