import type { INodeProperties, INodePropertyMode } from 'n8n-workflow';

import * as field from './builder/fields';
import type { InputChoice } from './builder/types';

/**
 * The CRM's record pickers, defined once for every node that names these records: From List (searched
 * as the user types where HighLevel can search, paged as they scroll), By ID (an ID or an expression;
 * a plain ID saved before the field became a picker keeps working), and By URL where HighLevel's app
 * shows the record at its own address. `required` is left to the builder, which sets it where the
 * spec requires the input. Each picker is made once per parameter name, so operations share it.
 */

interface PickerKind {
	label: string;
	searchListMethod: string;
	description: string;
	urlPattern?: RegExp;
	urlPlaceholder?: string;
	placeholder?: string;
	extraModes?: INodePropertyMode[];
}

const KINDS = {
	contact: {
		label: 'Contact',
		searchListMethod: 'searchContacts',
		description: 'The contact, searched by name, email or phone, or given by ID',
		urlPattern: /\/contacts\/detail\/([A-Za-z0-9_-]+)/,
	},
	opportunity: {
		label: 'Opportunity',
		searchListMethod: 'searchOpportunities',
		description: 'The opportunity, searched by name, or given by ID',
		// The app opens an opportunity at …/opportunities/list/<id> or …/opportunities/list?opportunityId=<id>.
		urlPattern: /(?:\/opportunities\/(?:list|detail)\/|[?&]opportunityId=)([A-Za-z0-9_-]+)/,
		urlPlaceholder: 'https://app.gohighlevel.com/v2/location/…/opportunities/list/…',
	},
	pipeline: {
		label: 'Pipeline',
		searchListMethod: 'searchPipelines',
		description: 'The pipeline, picked from the list or given by ID',
	},
	pipelineStage: {
		label: 'Pipeline Stage',
		searchListMethod: 'searchPipelineStages',
		description: 'A stage of the pipeline chosen on this node, picked from the list or given by ID',
	},
	user: {
		label: 'User',
		searchListMethod: 'searchUsers',
		description: 'The user (team member), searched by name or email, or given by ID',
	},
	business: {
		label: 'Business',
		searchListMethod: 'searchBusinesses',
		description: 'The business, searched by name, or given by ID',
	},
	customObject: {
		label: 'Object Key',
		searchListMethod: 'searchCustomObjects',
		description: 'The object, picked by name, or given by key, e.g. custom_objects.pets',
		placeholder: 'e.g. custom_objects.pets',
	},
	objectRecord: {
		label: 'Record',
		searchListMethod: 'searchObjectRecords',
		description: 'A record of the object chosen in Object Key, searched, or given by ID',
	},
	workflow: {
		label: 'Workflow',
		searchListMethod: 'searchWorkflows',
		description: 'The workflow, picked by name, or given by ID',
		urlPattern: /\/workflow\/([A-Za-z0-9_-]{8,})/,
		urlPlaceholder: 'https://app.gohighlevel.com/location/…/workflow/…',
	},
	campaign: {
		label: 'Campaign',
		searchListMethod: 'searchCampaigns',
		description: 'The campaign, picked by name, or given by ID',
	},
	tag: {
		label: 'Tag',
		searchListMethod: 'searchTags',
		description: 'The tag, picked by name, or given by ID',
	},
	customValue: {
		label: 'Custom Value',
		searchListMethod: 'searchCustomValues',
		description: 'The custom value, picked by name, or given by ID, name or key',
		// Resolved to the ID before the request (see the Custom Value operations).
		extraModes: [
			// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- a resource locator mode, which has no default
			{
				displayName: 'By Name or Key',
				name: 'key',
				type: 'string',
				placeholder: 'e.g. custom_values.office_phone or Office Phone',
			},
		],
	},
	customField: {
		label: 'Custom Field',
		searchListMethod: 'searchCustomFields',
		description:
			"The custom field, picked by name (the object's fields when Object Key is set), or given by ID",
	},
} satisfies Record<string, PickerKind>;

export type PickerKindName = keyof typeof KINDS;

const made = new Map<string, INodeProperties>();

/**
 * The picker of a kind of record for the input `name`, labelled `displayName` (default: the kind's
 * label). The same arguments give the same property object.
 */
export function picker(
	kind: PickerKindName,
	name: string,
	displayName?: string,
	description?: string,
): INodeProperties {
	const key = JSON.stringify([kind, name, displayName, description]);
	let property = made.get(key);
	if (!property) {
		const { label, ...options } = KINDS[kind] as PickerKind;
		property = {
			...field.locator(name, displayName ?? label, {
				...options,
				description: description ?? options.description,
			}),
		};
		delete property.required;
		made.set(key, property);
	}
	return property;
}

const EXPRESSION = '<a href="https://docs.n8n.io/code/expressions/">expression</a>';

const sentence = (note?: string) => (note ? `. ${note}.` : '');

/**
 * A list of users (team members) picked by name, for inputs that take several user IDs, labelled
 * "<label> Names or IDs"; the node registers `getUsers` in `methods.loadOptions`.
 */
export function users(label: string, note?: string): InputChoice {
	return {
		displayName: `${label} Names or IDs`,
		description: `Choose from the list, or specify user IDs using an ${EXPRESSION}${sentence(note)}`,
		loadOptions: 'getUsers',
		textInVersion1: {
			displayName: `${label}${/User$/.test(label) ? '' : ' User'} IDs`,
			description: `Comma-separated user IDs${sentence(note)}`,
		},
	};
}

/**
 * Tag names picked from the location's tags (HighLevel's contact tag operations take names, and
 * create a tag a name does not match yet); the node registers `getTagNames`.
 */
export function tagNames(note?: string): InputChoice {
	return {
		displayName: 'Tags',
		description: `Choose from the location's tags, or specify names (new ones too) using an ${EXPRESSION}${sentence(note)}`,
		loadOptions: 'getTagNames',
		textInVersion1: {
			displayName: 'Tags',
			description: `Comma-separated tag names${sentence(note)}`,
		},
	};
}

/** A list of the location's workflows picked by name; the node registers `getWorkflows`. */
export function workflows(label: string, note?: string): InputChoice {
	return {
		displayName: `${label} Names or IDs`,
		description: `Choose from the list, or specify workflow IDs using an ${EXPRESSION}${sentence(note)}`,
		loadOptions: 'getWorkflows',
		textInVersion1: {
			displayName: `${label} IDs`,
			description: `Comma-separated workflow IDs${sentence(note)}`,
		},
	};
}

/** The load-options methods the lists of users, tags and workflows name, for `methods.loadOptions`. */
export { getUsers } from './listSearch/users';
export { getTagNames, getWorkflows } from './listSearch/crm';

/** The list searches the pickers name, for a node's `methods.listSearch`. */
export { searchUsers } from './listSearch/users';
export {
	searchBusinesses,
	searchCampaigns,
	searchCustomFields,
	searchCustomObjects,
	searchCustomValues,
	searchObjectRecords,
	searchOpportunities,
	searchPipelineStages,
	searchPipelines,
	searchTags,
	searchWorkflows,
} from './listSearch/crm';
