/**
 * Spec operations the pack does not offer yet, each with a reason a user can read. Keys are
 * `METHOD /path` as in the spec facts, or `area:<name>` for a whole area (a facts file). The coverage
 * test fails when an operation is neither defined by a node nor listed here, when a listed operation
 * or area does not exist, and when an operation is both defined and listed: remove an entry when its
 * operations land.
 */
const UPLOAD =
	'A multipart file upload into custom fields: planned with the file uploads of the GoHighLevel Sites node';
const CALENDARS = 'Planned for the GoHighLevel Calendars node';
const CONVERSATIONS = 'Planned for the GoHighLevel Conversations node';
const PAYMENTS = 'Planned for the GoHighLevel Payments node';
const MARKETING = 'Planned for the GoHighLevel Marketing node';
const SITES = 'Planned for the GoHighLevel Sites node';
const DEPRECATED_STUDIO =
	'Deprecated by HighLevel; the GoHighLevel AI Agents node offers its current alias';
const AGENCY = 'Planned for the GoHighLevel Agency node';

export const SKIPPED: Record<string, string> = {
	'area:calendars': CALENDARS,
	'area:conversations': CONVERSATIONS,
	'area:phone-system': CONVERSATIONS,
	'area:email-isv': CONVERSATIONS,
	'area:payments': PAYMENTS,
	'area:invoices': PAYMENTS,
	'area:products': PAYMENTS,
	'area:store': PAYMENTS,
	'area:social-media-posting': MARKETING,
	'area:emails': MARKETING,
	'area:links': MARKETING,
	'area:blogs': MARKETING,
	'area:brand-boards': MARKETING,
	'area:affiliate-manager': MARKETING,
	'area:funnels': SITES,
	'area:forms': SITES,
	'area:surveys': SITES,
	'area:medias': SITES,
	'area:courses': SITES,
	'area:proposals': SITES,
	'GET /agent-studio/public-api/agents': `${DEPRECATED_STUDIO} (Agent Studio Agent → Get Many, GET /agent-studio/agent)`,
	'GET /agent-studio/public-api/agents/{agentId}': `${DEPRECATED_STUDIO} (Agent Studio Agent → Get, GET /agent-studio/agent/{agentId})`,
	'POST /agent-studio/public-api/agents/{agentId}/execute': `${DEPRECATED_STUDIO} (Agent Studio Agent → Run, POST /agent-studio/agent/{agentId}/execute)`,
	'area:users': AGENCY,
	'area:companies': AGENCY,
	'area:saas-api': AGENCY,
	'area:snapshots': AGENCY,
	'area:custom-menus': AGENCY,
	'area:marketplace': AGENCY,
	'area:oauth': AGENCY,
	'GET /locations/search': AGENCY,
	'GET /locations/{locationId}': AGENCY,
	'PUT /locations/{locationId}': AGENCY,
	'DELETE /locations/{locationId}': AGENCY,
	'GET /locations/{locationId}/recurring-tasks/{id}': AGENCY,
	'PUT /locations/{locationId}/recurring-tasks/{id}': AGENCY,
	'DELETE /locations/{locationId}/recurring-tasks/{id}': AGENCY,
	'POST /locations/{locationId}/recurring-tasks': AGENCY,
	'POST /locations/{locationId}/customFields/upload': UPLOAD,
	'GET /locations/{locationId}/timezones': AGENCY,
	'POST /locations/': AGENCY,
};
