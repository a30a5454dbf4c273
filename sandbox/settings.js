'use strict';
// The location's pipelines and custom field definitions, as the pickers and custom-field lists read
// them: GET /opportunities/pipelines (with their stages), GET /locations/{locationId}/customFields
// (by model), GET /locations/{locationId}/customFields/{id} and GET /locations/{locationId}/tags. Fixed seed data, answered with
// HighLevel's response shapes for whichever location the token may read.
const { HttpError } = require('./contacts');

const PIPELINES = [
	{
		id: 'sandboxPipeline00001',
		name: 'Sales Pipeline',
		stages: [
			['sandboxStage00000001', 'New Lead'],
			['sandboxStage00000002', 'Contacted'],
			['sandboxStage00000003', 'Proposal Sent'],
			['sandboxStage00000004', 'Closed Won'],
		],
	},
	{
		id: 'sandboxPipeline00002',
		name: 'Renovation Projects',
		stages: [
			['sandboxStage00000005', 'Site Visit Booked'],
			['sandboxStage00000006', 'Quote Sent'],
			['sandboxStage00000007', 'In Progress'],
			['sandboxStage00000008', 'Completed'],
		],
	},
];

const CUSTOM_FIELDS = [
	['sandboxField00000001', 'contact', 'Favorite Color', 'favorite_color', 'TEXT'],
	['sandboxField00000002', 'contact', 'Company Size', 'company_size', 'NUMERICAL'],
	['sandboxField00000003', 'contact', 'Lead Source Detail', 'lead_source_detail', 'LARGE_TEXT'],
	[
		'sandboxField00000004',
		'contact',
		'Preferred Contact Method',
		'preferred_contact_method',
		'SINGLE_OPTIONS',
		['Email', 'Phone', 'SMS'],
	],
	['sandboxField00000005', 'contact', 'Birthday', 'birthday', 'DATE'],
	['sandboxField00000006', 'opportunity', 'Project Budget', 'project_budget', 'MONETORY'],
	['sandboxField00000007', 'opportunity', 'Expected Start', 'expected_start', 'DATE'],
	[
		'sandboxField00000008',
		'opportunity',
		'Services',
		'services',
		'MULTIPLE_OPTIONS',
		['Kitchen', 'Bathroom', 'Roofing'],
	],
];

const TAGS = ['appointment booked', 'new customer', 'newsletter', 'replied', 'vip'];

function pipelineView(pipeline, locationId) {
	return {
		id: pipeline.id,
		name: pipeline.name,
		stages: pipeline.stages.map(([id, name], position) => ({
			id,
			name,
			position,
			showInFunnel: true,
			showInPieChart: true,
		})),
		showInFunnel: true,
		showInPieChart: true,
		locationId,
		colorRenderMode: 'dot',
	};
}

function fieldView(field, locationId) {
	const [id, model, name, key, dataType, options] = field;
	const position = CUSTOM_FIELDS.filter((f) => f[1] === model).indexOf(field);
	return {
		id,
		name,
		fieldKey: `${model}.${key}`,
		placeholder: name,
		dataType,
		position,
		picklistOptions: options || [],
		picklistImageOptions: [],
		isAllowedCustomOption: false,
		isMultiFileAllowed: false,
		maxFileLimit: 0,
		locationId,
		model,
	};
}

/** Answers the routes above; undefined for any other route. */
function settingsRoute(route, params, url) {
	const q = url.searchParams;
	switch (`${route.method} ${route.template}`) {
		case 'GET /opportunities/pipelines': {
			const locationId = q.get('locationId');
			if (!locationId) throw new HttpError(422, ['locationId should not be empty']);
			return [200, { pipelines: PIPELINES.map((p) => pipelineView(p, locationId)) }];
		}
		case 'GET /locations/{locationId}/customFields': {
			const model = q.get('model') || 'all';
			if (!['contact', 'opportunity', 'all'].includes(model))
				throw new HttpError(422, [
					'model must be one of the following values: contact, opportunity, all',
				]);
			const customFields = CUSTOM_FIELDS.map((f) => fieldView(f, params.locationId)).filter(
				(f) => model === 'all' || f.model === model,
			);
			return [200, { customFields }];
		}
		case 'GET /locations/{locationId}/tags':
			return [
				200,
				{
					tags: TAGS.map((name, i) => ({
						id: `sandboxTag${String(i + 1).padStart(10, '0')}`,
						name,
						locationId: params.locationId,
					})),
				},
			];
		case 'GET /locations/{locationId}/customFields/{id}': {
			const field = CUSTOM_FIELDS.find((f) => f[0] === params.id);
			if (!field) throw new HttpError(400, 'Custom field not found', 'Bad Request');
			return [200, { customField: fieldView(field, params.locationId) }];
		}
		default:
			return undefined;
	}
}

module.exports = { settingsRoute, PIPELINES, CUSTOM_FIELDS, TAGS };
