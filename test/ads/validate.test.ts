import { firstProblem } from '../../nodes/shared/builder/validate';
import type { SchemaFacts } from '../../nodes/shared/spec/types';

/** The small validator over the spec's facts that checks JSON bodies before any request. */

const schema: SchemaFacts = {
	type: 'object',
	required: ['name'],
	properties: {
		name: { type: 'string', minLength: 2 },
		count: { type: 'integer', minimum: 1, maximum: 10 },
		note: { type: 'string', nullable: true },
		free: { type: 'object' },
		tags: { type: 'array', maxItems: 2, items: { type: 'string' } },
		target: {
			oneOf: [
				{ type: 'object', required: ['id'], properties: { id: { type: 'string' } } },
				{ type: 'string' },
			],
		},
	},
};

test.each([
	[{ name: 'ok' }, undefined],
	[{ name: 'ok', note: null, free: { anything: [1, { deep: true }] }, target: 'x' }, undefined],
	[{ name: 'ok', target: { id: 'a' } }, undefined],
	[{}, 'name: is required'],
	[{ name: 'a' }, 'name: must have at least 2 characters'],
	[{ name: 'ok', count: 1.5 }, 'count: must be a whole number'],
	[{ name: 'ok', count: 11 }, 'count: must be 10 or less'],
	[{ name: 'ok', count: '3' }, 'count: must be a number, not string "3"'],
	[{ name: 'ok', tags: ['a', 'b', 'c'] }, 'tags: must have at most 2 entries'],
	[{ name: 'ok', tags: ['a', 2] }, 'tags[1]: must be a string, not number 2'],
	[{ name: 'ok', target: { id: 1 } }, 'target.id: must be a string, not number 1'],
	[{ name: 'ok', extra: 1 }, "extra: is not a property of this object in HighLevel's spec"],
	[[], 'the body: must be an object, not an array'],
	[{ name: null }, 'name: must not be null'],
])('%j → %s', (value, problem) => {
	expect(firstProblem(schema, value)).toBe(problem);
});
