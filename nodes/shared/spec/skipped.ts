/**
 * Spec operations the pack does not offer yet, each with a reason a user can read. Keys are
 * `METHOD /path` as in the spec facts, or `area:<name>` for a whole area (a facts file). The coverage
 * test fails when an operation is neither defined by a node nor listed here, when a listed operation
 * or area does not exist, and when an operation is both defined and listed: remove an entry when its
 * operations land.
 */
const UPLOAD =
	"A multipart upload whose file part HighLevel's spec does not name (it declares only id and maxFiles): not offered until the part is known. To put files into a contact's custom fields, use Form › Upload Files of the GoHighLevel Sites node";
const BROWSER_OAUTH =
	'Connecting a social account opens a browser popup that answers the HighLevel app by postMessage: a workflow cannot complete it. Connect the account in the social planner, then use Social Connection to list and attach it';
const DEPRECATED_STUDIO =
	'Deprecated by HighLevel; the GoHighLevel AI Agents node offers its current alias';
const CREDENTIAL_TOKEN =
	"The OAuth2 credential's own token request (authorization code and refresh): n8n makes it when you connect the credential and whenever the token expires, so it is not offered as an operation";

export const SKIPPED: Record<string, string> = {
	'GET /social-media-posting/oauth/facebook/start': BROWSER_OAUTH,
	'GET /social-media-posting/oauth/google/start': BROWSER_OAUTH,
	'GET /social-media-posting/oauth/instagram/start': BROWSER_OAUTH,
	'GET /social-media-posting/oauth/linkedin/start': BROWSER_OAUTH,
	'GET /social-media-posting/oauth/tiktok/start': BROWSER_OAUTH,
	'GET /social-media-posting/oauth/tiktok-business/start': BROWSER_OAUTH,
	'GET /social-media-posting/oauth/twitter/start': BROWSER_OAUTH,
	'GET /agent-studio/public-api/agents': `${DEPRECATED_STUDIO} (Agent Studio Agent → Get Many, GET /agent-studio/agent)`,
	'GET /agent-studio/public-api/agents/{agentId}': `${DEPRECATED_STUDIO} (Agent Studio Agent → Get, GET /agent-studio/agent/{agentId})`,
	'POST /agent-studio/public-api/agents/{agentId}/execute': `${DEPRECATED_STUDIO} (Agent Studio Agent → Run, POST /agent-studio/agent/{agentId}/execute)`,
	'POST /locations/{locationId}/customFields/upload': UPLOAD,
	'POST /oauth/token': CREDENTIAL_TOKEN,
};
