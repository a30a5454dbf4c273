import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/snapshots.json';
import type { AreaFacts } from '../../shared/spec/types';
import { lastRecordCursor } from '../../shared/transport/paging';
import { companyId, shareSnapshotId, snapshotId } from '../pickers';

/** The Snapshots API area (snapshots.json): snapshots, their share links and pushes, 4 operations. */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	companyId,
	snapshotId,
	snapshot_id: shareSnapshotId,
	share_type: {
		displayName: 'Share Type',
		description:
			'Link: anyone with it; Permanent Link: a link that does not expire; Agency Link: one agency (Relationship Number); Location Link: named sub-accounts (Share Sub-Account IDs)',
	},
	relationship_number: {
		displayName: 'Relationship Number',
		description: 'The agency to share with, for an agency link',
	},
	share_location_id: {
		displayName: 'Share Sub-Account IDs',
		description: 'Comma-separated sub-account IDs to share with, for a location link',
	},
	from: {
		placeholder: 'e.g. 10-10-2025 12:00 AM',
		description: 'Start of the period, as MM-DD-YYYY hh:mm AM/PM',
	},
	to: {
		placeholder: 'e.g. 12-18-2025 11:59 PM',
		description: 'End of the period, as MM-DD-YYYY hh:mm AM/PM',
	},
};

export const snapshot: ResourceDefinition = {
	value: 'snapshot',
	name: 'Snapshot',
	noun: { one: 'snapshot', many: 'snapshots' },
	description: 'Copies of a sub-account to load into others',
	facts: [area],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /snapshots/',
			description:
				"List the agency's own and imported snapshots. Needs an agency token and the company ID.",
			inputs,
			list: { records: 'snapshots' },
		},
		{
			value: 'createShareLink',
			endpoint: 'POST /snapshots/share/link',
			name: 'Create Share Link',
			action: 'Create a snapshot share link',
			description:
				'Create a link that shares a snapshot with anyone, an agency or some sub-accounts. Needs an agency token, the company ID, the snapshot and the share type.',
			inputs,
		},
		{
			value: 'getPushes',
			endpoint: 'GET /snapshots/snapshot-status/{snapshotId}',
			name: 'Get Pushes',
			action: 'Get the pushes of a snapshot in a period',
			description:
				'List the sub-accounts a snapshot was pushed to in a period, with each push status. Needs an agency token, the company ID, the snapshot and the period.',
			inputs,
			list: {
				records: 'data',
				paging: lastRecordCursor({
					cursorField: 'lastDoc',
					limitField: 'limit',
					maxPageSize: 100,
					initial: { lastDoc: '' },
				}),
			},
		},
		{
			value: 'getLastPush',
			endpoint: 'GET /snapshots/snapshot-status/{snapshotId}/location/{locationId}',
			name: 'Get Last Push',
			action: 'Get the last push of a snapshot to a sub account',
			description:
				'Get the status of the latest push of a snapshot to one sub-account, with the assets done and pending. Needs an agency token, the company ID, the snapshot and the sub-account.',
			inputs,
			root: 'data',
		},
	],
};
