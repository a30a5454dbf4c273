import { operationsOf } from '../../nodes/shared/builder/node';
import { defaultLabels } from '../../nodes/shared/builder/naming';
import type { ResourceDefinition } from '../../nodes/shared/builder/types';

/** The README's operations table, generated from the definitions and the spec's facts so it cannot drift. */
export function operationsTable(resources: ResourceDefinition[]): string {
	const rows = operationsOf(resources).map(({ resource, definition, facts }) => {
		const label = definition.name ?? defaultLabels(definition.value, resource.noun)?.name;
		const name = facts.deprecated ? `${label} (deprecated by HighLevel)` : label;
		const listing = definition.list ? (definition.list.paging ? ' · pages' : ' · one page') : '';
		const scopes = facts.scopes.length ? facts.scopes.join(', ') : 'none listed';
		return `| ${resource.name} | ${name} | \`${definition.endpoint}\` | ${facts.version ?? 'none'} | ${scopes}${listing} |`;
	});
	return [
		'| Resource | Operation | Endpoint | Version | Scopes |',
		'| --- | --- | --- | --- | --- |',
		...rows,
	].join('\n');
}

/** The README's table of the OAuth2 scopes each node's operations need, generated from the spec's facts. */
export function scopesTable(nodes: Array<[string, ResourceDefinition[]]>): string {
	const rows = nodes.map(([name, resources]) => {
		const scopes = new Set(operationsOf(resources).flatMap(({ facts }) => facts.scopes));
		return `| ${name} | ${[...scopes].sort().join(' ')} |`;
	});
	return ['| Node | Scopes its operations need |', '| --- | --- |', ...rows].join('\n');
}
