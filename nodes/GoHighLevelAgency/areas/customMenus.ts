import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/custom-menus.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { customMenuId } from '../pickers';

/** The Custom Menus API area (custom-menus.json): custom menu links, 5 operations. */

const area = facts as unknown as AreaFacts;

const inputs: Record<string, InputChoice> = {
	customMenuId,
	title: { placeholder: 'e.g. Reports' },
	url: { displayName: 'URL', placeholder: 'https://example.com/reports' },
	icon: {
		description: 'A Font Awesome icon, as JSON, e.g. {"name": "chart-line", "fontFamily": "fas"}',
	},
	showOnCompany: { description: 'Whether the link shows in the agency view' },
	showOnLocation: { description: 'Whether the link shows in sub-accounts' },
	showToAllLocations: {
		description: 'Whether every sub-account shows it (else only Sub-Account IDs)',
	},
	openMode: { description: 'Where the link opens: inside HighLevel, a new tab or the current tab' },
	locations: {
		displayName: 'Sub-Account IDs',
		description: 'Comma-separated IDs of the sub-accounts that show the link',
	},
	userRole: { description: 'Which users see the link' },
	allowCamera: { description: 'Whether the embedded page may use the camera' },
	allowMicrophone: { description: 'Whether the embedded page may use the microphone' },
	query: { displayName: 'Search', description: 'Part of the title' },
};

export const customMenu: ResourceDefinition = {
	value: 'customMenu',
	name: 'Custom Menu',
	noun: { one: 'custom menu', many: 'custom menus' },
	description: 'Links added to the HighLevel menu',
	facts: [area],
	operations: [
		{
			value: 'create',
			endpoint: 'POST /custom-menus/',
			description:
				'Add a link to the HighLevel menu of the agency, its sub-accounts or both. Needs an agency token, the title, URL, icon, where it shows, how it opens and for whom.',
			inputs,
			root: 'customMenu',
		},
		{
			value: 'get',
			endpoint: 'GET /custom-menus/{customMenuId}',
			description: 'Get one custom menu link. Needs an agency token and the custom menu.',
			inputs,
			root: 'customMenu',
		},
		{
			value: 'getAll',
			endpoint: 'GET /custom-menus/',
			description:
				"List the agency's custom menu links, optionally by title or only one sub-account's (set Location ID). Needs an agency token.",
			inputs,
			list: {
				records: 'customMenus',
				paging: offsetLimit({
					in: 'qs',
					offsetField: 'skip',
					limitField: 'limit',
					maxPageSize: 100,
				}),
			},
		},
		{
			value: 'update',
			endpoint: 'PUT /custom-menus/{customMenuId}',
			description:
				"Change a custom menu link's title, URL, icon, placement or audience. Needs an agency token and the custom menu.",
			inputs,
			root: 'customMenu',
		},
		{
			value: 'delete',
			endpoint: 'DELETE /custom-menus/{customMenuId}',
			description: 'Remove a custom menu link. Needs an agency token and the custom menu.',
			inputs,
		},
	],
};
