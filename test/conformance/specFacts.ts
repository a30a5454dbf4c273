import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { AreaFacts, OperationFacts } from '../../nodes/shared/spec/types';

/** The checked-in spec facts, read from disk: every area file, keyed by `METHOD /path`. */

export const FACTS_DIR = resolve(__dirname, '../../nodes/shared/spec');

export const AREAS: string[] = JSON.parse(readFileSync(join(FACTS_DIR, 'areas.json'), 'utf8'));

export const FACTS: Record<string, AreaFacts> = Object.fromEntries(
	readdirSync(FACTS_DIR)
		.filter((name) => name.endsWith('.json') && name !== 'areas.json')
		.sort()
		.map((name) => [name.replace(/\.json$/, ''), readFacts(name)]),
);

function readFacts(name: string): AreaFacts {
	try {
		return JSON.parse(readFileSync(join(FACTS_DIR, name), 'utf8')) as AreaFacts;
	} catch (error) {
		throw new Error(`nodes/shared/spec/${name} does not parse: ${(error as Error).message}`);
	}
}

/** Every operation of the spec, `METHOD /path` → its area. */
export const SPEC_OPERATIONS: Map<string, string> = new Map(
	Object.entries(FACTS).flatMap(([area, facts]) =>
		Object.keys(facts).map((endpoint) => [endpoint, area] as const),
	),
);

/** The area whose facts file holds this endpoint (and these facts, when given). */
export function areaOf(endpoint: string, facts?: OperationFacts): string | undefined {
	const areas = Object.keys(FACTS).filter((area) => FACTS[area][endpoint]);
	if (areas.length <= 1 || !facts) return areas[0];
	return areas.find((area) => JSON.stringify(FACTS[area][endpoint]) === JSON.stringify(facts));
}
