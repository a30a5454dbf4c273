import * as field from '../shared/builder/fields';
import type { InputChoice } from '../shared/builder/types';

/** Record pickers and inputs shared by the Agency node's areas: search a list or give an ID. */

export const userId = field.locator('userId', 'User', {
	searchListMethod: 'searchUsers',
	description: "The user, searched by name or email among the agency's users, or given by ID",
});

export const snapshotId = field.locator('snapshotId', 'Snapshot', {
	searchListMethod: 'searchSnapshots',
	description: "The snapshot, picked from the agency's snapshots or given by ID",
});

export const shareSnapshotId = field.locator('snapshot_id', 'Snapshot', {
	searchListMethod: 'searchSnapshots',
	description: "The snapshot to share, picked from the agency's snapshots or given by ID",
});

export const planId = field.locator('planId', 'SaaS Plan', {
	searchListMethod: 'searchSaasPlans',
	description: "The SaaS plan, picked from the agency's plans or given by ID",
});

export const customMenuId = field.locator('customMenuId', 'Custom Menu', {
	searchListMethod: 'searchCustomMenus',
	description: 'The custom menu link, searched by title or given by ID',
});

/** The agency: most agency-level operations name it. */
export const companyId: InputChoice = {
	displayName: 'Company ID',
	description:
		"The agency's ID (HighLevel: Settings → Company, or the companyId of an OAuth2 agency install)",
};
