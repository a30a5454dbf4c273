/**
 * The Ads API area (ad-manager.json, 94 operations), one node per ad platform: together they would
 * hold 163 top-level properties, over n8n's budget of 150. Meta 47 operations, Google 31, LinkedIn 16.
 */
export { googleResources } from './google';
export { linkedinResources } from './linkedin';
export { metaResources } from './meta';
