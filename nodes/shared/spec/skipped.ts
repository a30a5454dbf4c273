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
const MARKETING = 'Planned for the GoHighLevel Marketing node';
const SITES = 'Planned for the GoHighLevel Sites node';
const AI_AGENTS = 'Planned for the GoHighLevel AI Agents node';
const ADS = 'Planned for the GoHighLevel Ads node';
const AGENCY = 'Planned for the GoHighLevel Agency node';

export const SKIPPED: Record<string, string> = {
	'area:calendars': CALENDARS,
	'area:conversations': CONVERSATIONS,
	'area:phone-system': CONVERSATIONS,
	'area:email-isv': CONVERSATIONS,
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
	'area:conversation-ai': AI_AGENTS,
	'area:voice-ai': AI_AGENTS,
	'area:agent-studio': AI_AGENTS,
	'area:knowledge-base': AI_AGENTS,
	'area:ad-manager': ADS,
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
