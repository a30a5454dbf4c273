import type { INodeExecutionData, INodeType } from 'n8n-workflow';

import { agencyResources } from '../../nodes/GoHighLevelAgency/areas';
import { GoHighLevelAgency } from '../../nodes/GoHighLevelAgency/GoHighLevelAgency.node';
import { calendarsResources } from '../../nodes/GoHighLevelCalendars/areas';
import { GoHighLevelCalendars } from '../../nodes/GoHighLevelCalendars/GoHighLevelCalendars.node';
import { conversationsResources } from '../../nodes/GoHighLevelConversations/areas';
import { GoHighLevelConversations } from '../../nodes/GoHighLevelConversations/GoHighLevelConversations.node';
import {
	googleResources,
	linkedinResources,
	metaResources,
} from '../../nodes/GoHighLevelAds/areas';
import { GoHighLevelAdsGoogle } from '../../nodes/GoHighLevelAdsGoogle/GoHighLevelAdsGoogle.node';
import { GoHighLevelAdsLinkedIn } from '../../nodes/GoHighLevelAdsLinkedIn/GoHighLevelAdsLinkedIn.node';
import { GoHighLevelAdsMeta } from '../../nodes/GoHighLevelAdsMeta/GoHighLevelAdsMeta.node';
import { aiAgentResources } from '../../nodes/GoHighLevelAiAgents/areas';
import { GoHighLevelAiAgents } from '../../nodes/GoHighLevelAiAgents/GoHighLevelAiAgents.node';
import { crmResources } from '../../nodes/GoHighLevelCrm/areas';
import { GoHighLevelCrm } from '../../nodes/GoHighLevelCrm/GoHighLevelCrm.node';
import { marketingResources } from '../../nodes/GoHighLevelMarketing/areas';
import { GoHighLevelMarketing } from '../../nodes/GoHighLevelMarketing/GoHighLevelMarketing.node';
import { sitesResources } from '../../nodes/GoHighLevelSites/areas';
import { GoHighLevelSites } from '../../nodes/GoHighLevelSites/GoHighLevelSites.node';
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
	/** The version a new node gets (its `defaultVersion`); runs use it unless told otherwise. */
	version: number;
	run(options: Omit<RunOptions, 'nodeType'>): Promise<RunResult>;
}

/** The input item of every run: it carries a small file, which upload operations read from "data". */
const SAMPLE_ITEMS: INodeExecutionData[] = [
	{
		json: {},
		binary: {
			data: {
				data: Buffer.from('text,scheduleDate\nHello,2026-01-31\n').toString('base64'),
				mimeType: 'text/csv',
				fileName: 'sample.csv',
			},
		},
	},
];

function built(nodeType: INodeType, resources: ResourceDefinition[]): BuiltNode {
	const loaded = loadDeclarativeNode(nodeType);
	const { version, defaultVersion } = loaded.description;
	const latest = defaultVersion ?? (Array.isArray(version) ? Math.max(...version) : version);
	return {
		name: loaded.description.displayName,
		nodeType: loaded,
		resources,
		version: latest,
		run: async (options) =>
			await runCrm({ items: SAMPLE_ITEMS, typeVersion: latest, ...options, nodeType: loaded }),
	};
}

/**
 * Every node the builder makes. The conformance, coverage and budget tests run over this list:
 * adding a node is one line here.
 */
export const BUILT_NODES: BuiltNode[] = [
	built(new GoHighLevelCrm(), crmResources),
	built(new GoHighLevelCalendars(), calendarsResources),
	built(new GoHighLevelConversations(), conversationsResources),
	built(new GoHighLevelMarketing(), marketingResources),
	built(new GoHighLevelSites(), sitesResources),
	built(new GoHighLevelAiAgents(), aiAgentResources),
	built(new GoHighLevelAdsMeta(), metaResources),
	built(new GoHighLevelAdsGoogle(), googleResources),
	built(new GoHighLevelAdsLinkedIn(), linkedinResources),
	built(new GoHighLevelPayments(), paymentsResources),
	built(new GoHighLevelProducts(), productsResources),
	built(new GoHighLevelAgency(), agencyResources),
];
