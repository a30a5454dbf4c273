import type { InputChoice, ResourceDefinition } from '../../shared/builder/types';
import facts from '../../shared/spec/funnels.json';
import type { AreaFacts } from '../../shared/spec/types';
import { offsetLimit } from '../../shared/transport/paging';
import { funnelId } from '../pickers';

/** Funnels, their pages and URL redirects (funnels.json, 7 operations). */

const funnels = facts as AreaFacts;

const offsetPaging = offsetLimit({
	in: 'qs',
	offsetField: 'offset',
	limitField: 'limit',
	maxPageSize: 100,
});

const inputs: Record<string, InputChoice> = {
	funnelId,
	id: { displayName: 'Redirect ID' },
	name: { description: 'Text the names contain' },
	type: { description: 'Kind of funnel, e.g. funnel or website' },
	parentId: { displayName: 'Folder ID' },
	domain: { placeholder: 'example.com', description: 'The domain the redirect is on' },
	path: { placeholder: '/old-page', description: 'The path that is redirected' },
	target: { placeholder: 'https://example.com/new-page', description: 'Where the path goes' },
	action: {
		placeholder: 'url',
		description: 'What the redirect does: url (to a URL) or funnel / website (to a page)',
	},
	search: { description: 'Text the redirects contain' },
};

export const funnel: ResourceDefinition = {
	value: 'funnel',
	name: 'Funnel',
	noun: { one: 'funnel', many: 'funnels' },
	description: 'Funnels and websites',
	facts: [funnels],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /funnels/funnel/list',
			inputs,
			list: { records: 'funnels', paging: offsetPaging },
		},
	],
};

export const funnelPage: ResourceDefinition = {
	value: 'funnelPage',
	name: 'Funnel Page',
	noun: { one: 'funnel page', many: 'funnel pages' },
	description: 'Pages of a funnel or website',
	facts: [funnels],
	operations: [
		{
			value: 'getAll',
			endpoint: 'GET /funnels/page',
			inputs,
			list: { records: '*', paging: offsetPaging },
		},
		{
			value: 'count',
			endpoint: 'GET /funnels/page/count',
			name: 'Count',
			action: 'Count the pages of a funnel',
			inputs,
		},
	],
};

export const urlRedirect: ResourceDefinition = {
	value: 'urlRedirect',
	name: 'URL Redirect',
	noun: { one: 'URL redirect', many: 'URL redirects' },
	description: 'Redirects of paths on the location’s domains',
	facts: [funnels],
	operations: [
		{ value: 'create', endpoint: 'POST /funnels/lookup/redirect', inputs, root: 'data' },
		{
			value: 'getAll',
			endpoint: 'GET /funnels/lookup/redirect/list',
			inputs,
			list: { records: 'data.data', paging: offsetPaging },
		},
		{ value: 'update', endpoint: 'PATCH /funnels/lookup/redirect/{id}', inputs, root: 'data' },
		{ value: 'delete', endpoint: 'DELETE /funnels/lookup/redirect/{id}', inputs },
	],
};

export const funnelsArea: ResourceDefinition[] = [funnel, funnelPage, urlRedirect];
