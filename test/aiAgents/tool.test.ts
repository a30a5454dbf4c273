import { aiAgentResources } from '../../nodes/GoHighLevelAiAgents/areas';
import { GoHighLevelAiAgents } from '../../nodes/GoHighLevelAiAgents/GoHighLevelAiAgents.node';
import type { INodePropertyOptions } from 'n8n-workflow';

/**
 * As a tool of n8n's AI Agent, the model sees each operation's description: it must say what the
 * operation does and what it needs, beyond the action's few words.
 */

const node = new GoHighLevelAiAgents();

test('the node is usable as a tool', () => {
	expect(node.description.usableAsTool).toBe(true);
});

test.each(
	aiAgentResources.flatMap((resource) =>
		resource.operations.map(
			(operation) => [`${resource.value} › ${operation.value}`, operation] as const,
		),
	),
)('%s has a description that says what it does and what it needs', (_label, operation) => {
	const description = operation.description ?? '';
	expect(description.length).toBeGreaterThan(40);
	expect(description).not.toBe(operation.action);
	// Two sentences at least: what it does, then what it needs (or what narrows a list).
	expect(description.split('. ').length).toBeGreaterThanOrEqual(2);
});

test('the operation options carry those descriptions', () => {
	const selectors = node.description.properties.filter((p) => p.name === 'operation');
	const options = selectors.flatMap((p) => (p.options ?? []) as INodePropertyOptions[]);
	expect(options).toHaveLength(45);
	for (const option of options) expect(option.description).toMatch(/\. .+\.$/);
});
