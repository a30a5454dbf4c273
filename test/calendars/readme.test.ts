import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { DEFAULT_SCOPES } from '../../credentials/GoHighLevelOAuth2Api.credentials';
import { calendarsResources } from '../../nodes/GoHighLevelCalendars/areas';
import { operationsOf } from '../../nodes/shared/builder/node';
import { operationsTable } from '../helpers/operationsTable';

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');

test("the README's Calendars operations table is the one the definitions produce", () => {
	const table = operationsTable(calendarsResources);
	if (!readme.includes(table)) console.log(`Expected this table in README.md:\n\n${table}\n`);
	expect(readme).toContain('## GoHighLevel Calendars');
	expect(readme.includes(table)).toBe(true);
});

test("the OAuth2 credential's default scopes cover every Calendars operation and picker", () => {
	const needed = new Set(operationsOf(calendarsResources).flatMap(({ facts }) => facts.scopes));
	// The pickers: calendars, groups, a contact's appointments, users.
	for (const scope of [
		'calendars.readonly',
		'calendars/groups.readonly',
		'contacts.readonly',
		'users.readonly',
	])
		needed.add(scope);
	expect([...needed].filter((scope) => !DEFAULT_SCOPES.includes(scope))).toEqual([]);
});
