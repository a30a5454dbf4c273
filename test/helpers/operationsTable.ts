import type { ResourceDefinition } from '../../nodes/shared/builder/types';

/** The README's operations table, generated from the operation definitions so it cannot drift. */
export function operationsTable(resources: ResourceDefinition[]): string {
	const rows = resources.flatMap((resource) =>
		resource.operations.map((op) => {
			const name = op.deprecated ? `${op.name} (deprecated by HighLevel)` : op.name;
			const listing = op.list ? (op.list.paging ? ' · pages' : ' · one page') : '';
			return `| ${resource.name} | ${name} | \`${op.method} ${op.path}\` | ${op.version} | ${op.scopes.join(', ')}${listing} |`;
		}),
	);
	return [
		'| Resource | Operation | Endpoint | Version | Scopes |',
		'| --- | --- | --- | --- | --- |',
		...rows,
	].join('\n');
}
