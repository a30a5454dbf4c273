/**
 * Where a shared property is shown. n8n's display conditions are "resource is one of … and operation
 * is one of …", so a property used by several (resource, operation) pairs is shown through a few
 * such rectangles. Fewer copies matter: n8n evaluates every top-level property's value for every
 * item, copies included.
 */

export interface Rectangle {
	resources: string[];
	operations: string[];
}

const key = (resource: string, operation: string) => `${resource}\u0000${operation}`;

/**
 * Covers the pairs where a property is used with few rectangles (a greedy pass). A rectangle never
 * shows the property on an existing pair that does not use it, nor on one another rectangle shows
 * it on; pairs that do not exist at all are harmless. `existing` lists every resource's operations.
 */
export function cover(used: Map<string, string[]>, existing: Map<string, string[]>): Rectangle[] {
	const uses = new Set<string>();
	for (const [resource, operations] of used) {
		for (const op of operations) uses.add(key(resource, op));
	}
	const covered = new Set<string>();
	const exists = (resource: string, op: string) => existing.get(resource)?.includes(op) ?? false;
	const fresh = (resource: string, op: string) =>
		uses.has(key(resource, op)) && !covered.has(key(resource, op));
	const allowed = (resource: string, op: string) => !exists(resource, op) || fresh(resource, op);
	const allOperations = [...new Set([...used.values()].flat())];
	const rectangles: Rectangle[] = [];

	for (const [seedResource, seedOperations] of used) {
		for (const seedOperation of seedOperations) {
			if (!fresh(seedResource, seedOperation)) continue;
			const resources = [seedResource];
			const operations = [seedOperation];
			for (const op of allOperations) {
				if (operations.includes(op)) continue;
				if (resources.every((r) => allowed(r, op)) && resources.some((r) => fresh(r, op))) {
					operations.push(op);
				}
			}
			for (const resource of used.keys()) {
				if (resources.includes(resource)) continue;
				if (
					operations.every((op) => allowed(resource, op)) &&
					operations.some((op) => fresh(resource, op))
				) {
					resources.push(resource);
				}
			}
			for (const r of resources) {
				for (const op of operations) if (uses.has(key(r, op))) covered.add(key(r, op));
			}
			rectangles.push({ resources, operations });
		}
	}
	return rectangles;
}
