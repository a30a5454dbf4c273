import type { IWebhookFunctions } from 'n8n-workflow';

import { REMEMBERED_WEBHOOK_IDS } from './replay';

/** Trigger nodes (workflow + node + mode) whose recent ids this process keeps; the least recently used go first. */
export const REMEMBERED_NODES = 500;

const recent = new Map<string, Set<string>>();

/** One memory per trigger node of a workflow; test-URL deliveries never touch the production one. */
export function memoryScope(ctx: IWebhookFunctions): string {
	const workflowId = ctx.getWorkflow().id ?? '';
	const node = ctx.getNode();
	return JSON.stringify([workflowId, node.id ?? node.name, ctx.getMode?.() ?? '']);
}

/**
 * Records `id` as delivered in this process and returns true, or returns false when it already
 * was. Synchronous, so two requests in flight can never both claim one id.
 */
export function claim(scope: string, id: string): boolean {
	const ids = recent.get(scope) ?? new Set<string>();
	recent.delete(scope);
	recent.set(scope, ids);
	if (recent.size > REMEMBERED_NODES) recent.delete(recent.keys().next().value!);
	if (ids.has(id)) return false;
	ids.add(id);
	if (ids.size > REMEMBERED_WEBHOOK_IDS) ids.delete(ids.values().next().value!);
	return true;
}

/** The ids this process remembers for a scope, oldest first. */
export function recentIds(scope: string): string[] {
	return [...(recent.get(scope) ?? [])];
}
