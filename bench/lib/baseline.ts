import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * n8n's built-in HighLevel node and its OAuth2 credential, as `scripts/bench/baseline.mjs` extracts
 * them from n8n-nodes-base into the git-ignored `bench/.baseline/` (bench only, never shipped).
 */
export const BASELINE_DIR = join(__dirname, '..', '.baseline');
export const NODE_FILE = join(BASELINE_DIR, 'package/dist/nodes/HighLevel/HighLevel.node.js');
export const CREDENTIAL_FILE = join(
	BASELINE_DIR,
	'package/dist/credentials/HighLevelOAuth2Api.credentials.js',
);

/** Fails with the command to run when the baseline has not been fetched. */
export function requireBaseline(): { n8nNodesBase: string } {
	if (!existsSync(NODE_FILE) || !existsSync(CREDENTIAL_FILE)) {
		throw new Error(
			'The baseline (n8n-nodes-base HighLevel node) is missing: run `node scripts/bench/baseline.mjs` (npm run bench does).',
		);
	}
	return require(join(BASELINE_DIR, 'baseline.json')) as { n8nNodesBase: string };
}
