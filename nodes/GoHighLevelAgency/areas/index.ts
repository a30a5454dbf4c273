import type { ResourceDefinition } from '../../shared/builder/types';
import { company } from './companies';
import { customMenu } from './customMenus';
import { recurringTask, subAccount } from './locations';
import { marketplaceApp, marketplaceCharge } from './marketplace';
import { oauth } from './oauth';
import { saasPlan, saasRebilling, saasSubAccount, saasSubscription } from './saas';
import { snapshot } from './snapshots';
import { user } from './users';

/** The Agency node's resources, in the order the Resource list shows them. */
export const agencyResources: ResourceDefinition[] = [
	subAccount,
	user,
	company,
	saasPlan,
	saasSubscription,
	saasSubAccount,
	saasRebilling,
	snapshot,
	customMenu,
	marketplaceCharge,
	marketplaceApp,
	oauth,
	recurringTask,
];
