import type { INodeType } from 'n8n-workflow';

import { crmResources } from '../../nodes/GoHighLevelCrm/areas';
import { GoHighLevelCrm } from '../../nodes/GoHighLevelCrm/GoHighLevelCrm.node';
import { paymentsResources } from '../../nodes/GoHighLevelPayments/areas';
import { GoHighLevelPayments } from '../../nodes/GoHighLevelPayments/GoHighLevelPayments.node';
import { productsResources } from '../../nodes/GoHighLevelProducts/areas';
import { GoHighLevelProducts } from '../../nodes/GoHighLevelProducts/GoHighLevelProducts.node';
import type { ResourceDefinition } from '../../nodes/shared/builder/types';
import { loadDeclarativeNode, runCrm, type RunOptions, type RunResult } from '../helpers/harness';

/** A node built with the builder: its type as n8n loads it, its resources, and how to run it. */
export interface BuiltNode {
	name: string;
	nodeType: INodeType;
	resources: ResourceDefinition[];
	run(options: Omit<RunOptions, 'nodeType'>): Promise<RunResult>;
}

function built(nodeType: INodeType, resources: ResourceDefinition[]): BuiltNode {
	const loaded = loadDeclarativeNode(nodeType);
	return {
		name: loaded.description.displayName,
		nodeType: loaded,
		resources,
		run: async (options) => await runCrm({ ...options, nodeType: loaded }),
	};
}

/**
 * Every node the builder makes. The conformance, coverage and budget tests run over this list:
 * adding a node is one line here.
 */
export const BUILT_NODES: BuiltNode[] = [
	built(new GoHighLevelCrm(), crmResources),
	built(new GoHighLevelPayments(), paymentsResources),
	built(new GoHighLevelProducts(), productsResources),
];
