import type {
	IDataObject,
	ILoadOptionsFunctions,
	INodeListSearchResult,
	INodePropertyOptions,
} from 'n8n-workflow';

import { editorRequest } from '../transport/editorRequest';
import { offsetListSearch } from './offset';
import { arrayIn, PAGE_SIZE, pageOf } from './page';

/**
 * List searches of the CRM's record pickers (opportunities, pipelines and stages, businesses, custom
 * objects and their records, workflows, campaigns, tags, custom values and custom fields), shared by
 * every node that names those records. Each goes through `editorRequest`: the node's credential,
 * location, Version, throttle, retries and HighLevel's error messages.
 */

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '');

function named(record: IDataObject): string {
	return text(record.name) || String(record.id ?? record._id ?? '');
}

/**
 * The value of another parameter of the node being edited (a picker's narrowing), whatever mode it
 * was given in; the first of `names` that holds a plain value. Expressions are not resolved here.
 */
export function currentValue(fn: ILoadOptionsFunctions, ...names: string[]): string {
	for (const name of names) {
		let value: unknown;
		try {
			value = fn.getCurrentNodeParameter(name, { extractValue: true });
		} catch {
			continue;
		}
		if (value && typeof value === 'object') value = (value as IDataObject).value;
		if (typeof value === 'string' && value.trim() && !value.startsWith('=')) return value.trim();
	}
	return '';
}

/** Opportunity picker: HighLevel's opportunity search (`q`), 50 at a time by its startAfter cursor. */
export async function searchOpportunities(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const qs: IDataObject = { limit: PAGE_SIZE };
	if (filter?.trim()) qs.q = filter.trim();
	const pipeline = currentValue(
		this,
		'pipelineId',
		'filters.pipeline_id',
		'updateFields.pipelineId',
	);
	if (pipeline) qs.pipeline_id = pipeline;
	if (paginationToken) {
		const [startAfter, startAfterId] = JSON.parse(paginationToken) as [unknown, unknown];
		qs.startAfter = startAfter as string;
		qs.startAfterId = startAfterId as string;
	}
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/opportunities/search',
		version: '2021-07-28',
		scopes: ['opportunities.readonly'],
		qs,
		location: { in: 'query', name: 'location_id' },
	});
	const opportunities = arrayIn(answer, 'opportunities');
	const meta = (answer.meta ?? {}) as IDataObject;
	const more =
		opportunities.length === PAGE_SIZE &&
		meta.startAfterId !== undefined &&
		meta.startAfterId !== null;
	return {
		results: opportunities.map((opportunity) => {
			const status = text(opportunity.status);
			const name = named(opportunity);
			return { name: status ? `${name} (${status})` : name, value: String(opportunity.id) };
		}),
		paginationToken: more ? JSON.stringify([meta.startAfter, meta.startAfterId]) : undefined,
	};
}

async function pipelines(fn: ILoadOptionsFunctions): Promise<IDataObject[]> {
	const answer = await editorRequest.call(fn, {
		method: 'GET',
		path: '/opportunities/pipelines',
		version: '2021-07-28',
		scopes: ['opportunities.readonly'],
		location: { in: 'query', name: 'locationId' },
	});
	return arrayIn(answer, 'pipelines');
}

/** Pipeline picker: the location's pipelines (HighLevel answers them whole), by name. */
export async function searchPipelines(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return pageOf(await pipelines(this), named, filter, paginationToken);
}

/**
 * Pipeline stage picker: the stages of the pipeline chosen on the node (Pipeline ID, or the Pipeline
 * ID filter); with none chosen, every pipeline's stages, labelled "Pipeline › Stage".
 */
export async function searchPipelineStages(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const chosen = currentValue(
		this,
		'pipelineId',
		'updateFields.pipelineId',
		'additionalFields.pipelineId',
		'filters.pipeline_id',
	);
	const stages = (await pipelines(this))
		.filter((pipeline) => !chosen || pipeline.id === chosen)
		.flatMap((pipeline) =>
			arrayIn(pipeline, 'stages').map((stage) => ({
				...stage,
				label: chosen ? named(stage) : `${named(pipeline)} › ${named(stage)}`,
			})),
		);
	return pageOf(stages, (stage) => String(stage.label), filter, paginationToken);
}

/** Business picker: the location's businesses, 50 at a time by `skip`, filtered by name here. */
export async function searchBusinesses(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return await offsetListSearch(
		this,
		{
			path: '/businesses/',
			version: '2021-07-28',
			scopes: ['businesses.readonly'],
			location: { in: 'query', name: 'locationId' },
			records: 'businesses',
			offsetField: 'skip',
			label: (business) => {
				const email = text(business.email);
				return email ? `${named(business)} (${email})` : named(business);
			},
		},
		filter,
		paginationToken,
	);
}

/** Custom object picker: the location's objects (custom ones and standard ones), by name or key; the value is the key. */
export async function searchCustomObjects(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const answer = await editorRequest.call(this, {
		method: 'GET',
		path: '/objects/',
		version: '2021-07-28',
		scopes: ['objects/schema.readonly'],
		location: { in: 'query', name: 'locationId' },
	});
	const label = (object: IDataObject) => {
		const labels = (object.labels ?? {}) as IDataObject;
		const name = text(labels.plural) || text(labels.singular) || text(object.name);
		return name ? `${name} (${String(object.key)})` : String(object.key);
	};
	return pageOf(arrayIn(answer, 'objects'), label, filter, paginationToken, (object) => object.key);
}

function recordLabel(record: IDataObject): string {
	const properties = (record.properties ?? {}) as IDataObject;
	const name =
		text(properties.name) ||
		(Object.values(properties).find((value) => typeof value === 'string' && value.trim()) as
			| string
			| undefined);
	return name?.trim() || String(record.id);
}

/** Custom object record picker: the records of the object chosen in Object Key, by HighLevel's record search. */
export async function searchObjectRecords(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const object = currentValue(this, 'schemaKey');
	if (!object) return { results: [] };
	const page = Number(paginationToken ?? 1) || 1;
	const answer = await editorRequest.call(this, {
		method: 'POST',
		path: `/objects/${encodeURIComponent(object)}/records/search`,
		version: '2021-07-28',
		scopes: ['objects/record.readonly'],
		body: { page, pageLimit: PAGE_SIZE, query: filter?.trim() ?? '', searchAfter: [] },
		location: { in: 'body', name: 'locationId' },
		idempotent: true,
	});
	const records = arrayIn(answer, 'records');
	return {
		results: records.map((record) => ({ name: recordLabel(record), value: String(record.id) })),
		paginationToken: records.length === PAGE_SIZE ? String(page + 1) : undefined,
	};
}

/** The whole list at `records` of a `GET` of the location, paged and filtered here. */
async function wholeList(
	fn: ILoadOptionsFunctions,
	request: { path: string; scopes: string[]; records: string; inPath?: boolean },
): Promise<IDataObject[]> {
	const answer = await editorRequest.call(fn, {
		method: 'GET',
		path: request.path,
		version: '2021-07-28',
		scopes: request.scopes,
		location: request.inPath
			? { in: 'path', name: 'locationId' }
			: { in: 'query', name: 'locationId' },
	});
	return arrayIn(answer, request.records);
}

function withStatus(record: IDataObject): string {
	const status = text(record.status);
	return status ? `${named(record)} (${status})` : named(record);
}

/** Workflow picker: the location's workflows, by name. */
export async function searchWorkflows(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const workflows = await wholeList(this, {
		path: '/workflows/',
		scopes: ['workflows.readonly'],
		records: 'workflows',
	});
	return pageOf(workflows, withStatus, filter, paginationToken);
}

/** The location's workflows for inputs that take several workflow IDs, by name; the value is the ID. */
export async function getWorkflows(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const workflows = await wholeList(this, {
		path: '/workflows/',
		scopes: ['workflows.readonly'],
		records: 'workflows',
	});
	return workflows
		.filter((workflow) => workflow.id !== undefined && workflow.id !== null)
		.map((workflow) => ({ name: withStatus(workflow), value: String(workflow.id) }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

/** Campaign picker: the location's campaigns, by name. */
export async function searchCampaigns(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const campaigns = await wholeList(this, {
		path: '/campaigns/',
		scopes: ['campaigns.readonly'],
		records: 'campaigns',
	});
	return pageOf(campaigns, withStatus, filter, paginationToken);
}

async function locationTags(fn: ILoadOptionsFunctions): Promise<IDataObject[]> {
	return await wholeList(fn, {
		path: '/locations/{locationId}/tags',
		scopes: ['locations/tags.readonly'],
		records: 'tags',
		inPath: true,
	});
}

/** Location tag picker: the location's tags by name; the value is the tag's ID. */
export async function searchTags(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	return pageOf(await locationTags(this), named, filter, paginationToken);
}

/** Tag names for the contact tag operations, which take names: the location's tags, by name. */
export async function getTagNames(this: ILoadOptionsFunctions): Promise<INodePropertyOptions[]> {
	const names = [
		...new Set((await locationTags(this)).map((tag) => text(tag.name)).filter(Boolean)),
	];
	return names.sort((a, b) => a.localeCompare(b)).map((name) => ({ name, value: name }));
}

/** Custom value picker: the location's custom values by name; the value is the custom value's ID. */
export async function searchCustomValues(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const values = await wholeList(this, {
		path: '/locations/{locationId}/customValues',
		scopes: ['locations/customValues.readonly'],
		records: 'customValues',
		inPath: true,
	});
	const label = (value: IDataObject) => {
		const key = text(value.fieldKey);
		return key ? `${named(value)} (${key})` : named(value);
	};
	return pageOf(values, label, filter, paginationToken);
}

/**
 * Custom field picker, narrowed by the object chosen on the node (Object Key): a custom object's
 * fields (`GET /custom-fields/object-key/…`), else the location's contact and opportunity fields.
 */
export async function searchCustomFields(
	this: ILoadOptionsFunctions,
	filter?: string,
	paginationToken?: string,
): Promise<INodeListSearchResult> {
	const object = currentValue(this, 'objectKey');
	let fields: IDataObject[];
	if (object && object !== 'contact' && object !== 'opportunity') {
		const answer = await editorRequest.call(this, {
			method: 'GET',
			path: `/custom-fields/object-key/${encodeURIComponent(object)}`,
			version: '2021-07-28',
			scopes: ['locations/customFields.readonly'],
			location: { in: 'query', name: 'locationId' },
		});
		fields = arrayIn(answer, 'fields');
	} else {
		const answer = await editorRequest.call(this, {
			method: 'GET',
			path: '/locations/{locationId}/customFields',
			version: '2021-07-28',
			scopes: ['locations/customFields.readonly'],
			qs: object ? { model: object } : {},
			location: { in: 'path', name: 'locationId' },
		});
		fields = arrayIn(answer, 'customFields');
	}
	const label = (field: IDataObject) => {
		const key = text(field.fieldKey);
		return key ? `${named(field)} (${key})` : named(field);
	};
	return pageOf(fields, label, filter, paginationToken);
}
