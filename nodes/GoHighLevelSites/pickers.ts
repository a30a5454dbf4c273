import type { INodeProperties } from 'n8n-workflow';

import * as field from '../shared/builder/fields';

/** Record pickers of the Sites node: search a list, or type an ID. */

/** A picker for an optional input (a filter): not required, unlike a path ID. */
function optional(property: INodeProperties): INodeProperties {
	const copy = { ...property };
	delete copy.required;
	return copy;
}

export const funnelId = field.locator('funnelId', 'Funnel', {
	searchListMethod: 'searchFunnels',
	description: 'The funnel or website, searched by name, or given by ID',
});

export const formId = optional(
	field.locator('formId', 'Form', {
		searchListMethod: 'searchForms',
		description: 'Only submissions of this form',
	}),
);

export const surveyId = optional(
	field.locator('surveyId', 'Survey', {
		searchListMethod: 'searchSurveys',
		description: 'Only submissions of this survey',
	}),
);

export const mediaFolderId = optional(
	field.locator('parentId', 'Folder', {
		searchListMethod: 'searchMediaFolders',
		description: 'A folder of the media library, searched by name, or given by ID',
	}),
);
