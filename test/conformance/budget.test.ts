import type { INodeProperties } from 'n8n-workflow';

import { BUILT_NODES } from './nodes';

/**
 * Each node's property count, as n8n walks it. n8n's RoutingNode evaluates every top-level property
 * of a declarative node for every item, whichever operation runs: about 6–7 µs per property per
 * item (measured on the CRM node padded to 476, ~750 and 2,051 properties; issue 9). n8n's built-in
 * HighLevel node has 55. 150 keeps a node within ~1 ms per item of it; a family that needs more is
 * split into two nodes rather than allowed to grow.
 */
export const PROPERTY_BUDGET = 150;

const functionIds = new Map<unknown, number>();

/** A property's content without where it is shown; functions (hooks) compared by identity. */
function contentOf(property: INodeProperties): string {
	const rest: Partial<INodeProperties> = { ...property };
	delete rest.displayOptions;
	return JSON.stringify(rest, (_key, value: unknown) => {
		if (typeof value !== 'function') return value;
		if (!functionIds.has(value)) functionIds.set(value, functionIds.size + 1);
		return `function#${functionIds.get(value)}`;
	});
}

function showKey(property: INodeProperties, without: string): string {
	const show = { ...(property.displayOptions?.show ?? {}) } as Record<string, unknown>;
	delete show[without];
	const rest = { ...property.displayOptions, show };
	return JSON.stringify(rest, (_key, value: unknown) =>
		Array.isArray(value) ? [...value].map(String).sort() : value,
	);
}

describe.each(BUILT_NODES.map((built) => [built.name, built] as const))('%s', (_name, built) => {
	const properties = built.nodeType.description.properties;

	test(`has at most ${PROPERTY_BUDGET} top-level properties (Request Options included)`, () => {
		// n8n's loader adds "Request Options"; counting it proves the node is counted as n8n runs it.
		expect(properties.some((p) => p.name === 'requestOptions')).toBe(true);
		console.log(
			`${built.name}: ${properties.length} top-level properties (budget ${PROPERTY_BUDGET})`,
		);
		expect(properties.length).toBeLessThanOrEqual(PROPERTY_BUDGET);
	});

	test('shares each property: no copies that differ only where they are shown', () => {
		// n8n shows a property when every key of `show` matches, so one property can serve several
		// resources only when they share its operations. Copies the builder could have merged — the
		// same operations in several resources, or one resource twice — are defects.
		const byContent = new Map<string, INodeProperties[]>();
		for (const property of properties) {
			const key = contentOf(property);
			byContent.set(key, [...(byContent.get(key) ?? []), property]);
		}
		const copies: string[] = [];
		for (const group of byContent.values()) {
			for (const [i, a] of group.entries()) {
				for (const b of group.slice(i + 1)) {
					for (const key of ['resource', 'operation']) {
						if (showKey(a, key) === showKey(b, key)) {
							copies.push(
								`"${a.displayName}" (${a.name}) twice: ${JSON.stringify(a.displayOptions)} and ${JSON.stringify(b.displayOptions)}`,
							);
						}
					}
				}
			}
		}
		expect(copies).toEqual([]);
	});
});
