import type { INodeProperties } from 'n8n-workflow';

import * as field from '../shared/builder/fields';
import type { InputChoice } from '../shared/builder/types';

/** Record pickers and inputs shared by the Agency node's areas: search a list or give an ID. */

/**
 * The sub-account the operation acts on, in place of the builder's plain Location ID: an agency
 * picks it from its sub-accounts, types it, or sets it with an expression (one item per
 * sub-account loops over all of them). Left empty, the credential's own location is used.
 */
const locationPicker = field.locator('locationId', 'Location ID', {
	searchListMethod: 'searchSubAccounts',
	description:
		"The sub-account (location) to act on. Leave empty to use the credential's location; agency credentials need it.",
	urlPattern: /\/location\/([A-Za-z0-9_-]+)/,
});

export const subAccount: INodeProperties = {
	...locationPicker,
	modes: locationPicker.modes?.map((mode) =>
		mode.name === 'url'
			? { ...mode, placeholder: 'https://app.gohighlevel.com/v2/location/…/dashboard' }
			: mode,
	),
	// The credential's location is used when none is picked, so the picker may stay empty.
	required: false,
};

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
