import type { INodeProperties, INodePropertyOptions, PostReceiveAction } from 'n8n-workflow';

import { createRequestHandler, observeRateLimits } from '../transport/send';
import { buildPath, placeLocation } from '../transport/presend';
import type { OperationDefinition, ResourceDefinition } from './types';

function operationOption(operation: OperationDefinition): INodePropertyOptions {
	const labels = Object.fromEntries(
		(operation.fields ?? []).map((field) => [field.name, field.displayName]),
	);
	const postReceive: PostReceiveAction[] = [observeRateLimits];
	if (operation.rootProperty) {
		postReceive.push({ type: 'rootProperty', properties: { property: operation.rootProperty } });
	}
	return {
		name: operation.deprecated ? `${operation.name} (Deprecated)` : operation.name,
		value: operation.value,
		action: operation.action,
		description: operation.description,
		routing: {
			request: {
				method: operation.method,
				url: operation.path,
				headers: { Version: operation.version },
			},
			send: {
				paginate: true,
				preSend: [
					buildPath(operation.path, labels),
					...(operation.location ? [placeLocation(operation.location)] : []),
				],
			},
			operations: { pagination: createRequestHandler(operation) },
			output: { postReceive },
		},
	};
}

function listFields(): INodeProperties[] {
	return [
		{
			displayName: 'Return All',
			name: 'returnAll',
			type: 'boolean',
			default: false,
			description: 'Whether to return all results or only up to a given limit',
		},
		{
			displayName: 'Limit',
			name: 'limit',
			type: 'number',
			typeOptions: { minValue: 1 },
			default: 50,
			description: 'Max number of results to return',
			displayOptions: { show: { returnAll: [false] } },
		},
	];
}

function showFor(resource: string, operation: string, field: INodeProperties): INodeProperties {
	const show = {
		...(field.displayOptions?.show ?? {}),
		resource: [resource],
		operation: [operation],
	};
	return { ...field, displayOptions: { ...field.displayOptions, show } };
}

function operationFields(
	resource: ResourceDefinition,
	operation: OperationDefinition,
): INodeProperties[] {
	const fields: INodeProperties[] = [...(operation.fields ?? [])];
	if (operation.list) fields.push(...listFields());
	if (operation.additionalFields?.length) {
		fields.push({
			// n8n's names for the optional fields of an update, of a list, of anything else
			...(operation.value === 'update'
				? { displayName: 'Update Fields', placeholder: 'Add Field' }
				: operation.list
					? { displayName: 'Options', placeholder: 'Add Option' }
					: { displayName: 'Additional Fields', placeholder: 'Add Field' }),
			name: 'additionalFields',
			type: 'collection',
			default: {},
			options: [...operation.additionalFields].sort((a, b) =>
				a.displayName.localeCompare(b.displayName),
			),
		});
	}
	return fields.map((field) => showFor(resource.value, operation.value, field));
}

/**
 * The node's override of the credential's location, on every operation: operations that send a
 * location use it, record pickers search in it, and the rate limit is counted for it.
 */
function locationOverride(resource: ResourceDefinition): INodeProperties {
	return {
		displayName: 'Location ID',
		name: 'locationId',
		type: 'string',
		default: '',
		placeholder: 'From the credential',
		description:
			"The sub-account to act on. Leave empty to use the credential's location (the OAuth2 install or the Private Integration Token's Location ID); agency credentials need it.",
		displayOptions: { show: { resource: [resource.value] } },
	};
}

/** Operation selector, location override and every operation's fields for one resource. */
export function resourceProperties(resource: ResourceDefinition): INodeProperties[] {
	const operations = [...resource.operations].sort((a, b) => a.name.localeCompare(b.name));
	return [
		// eslint-disable-next-line n8n-nodes-base/node-param-default-missing -- default is computed per resource; the rule reads literals only
		{
			displayName: 'Operation',
			name: 'operation',
			type: 'options',
			noDataExpression: true,
			displayOptions: { show: { resource: [resource.value] } },
			options: operations.map(operationOption),
			default: resource.defaultOperation ?? operations[0].value,
		},
		locationOverride(resource),
		...resource.operations.flatMap((operation) => operationFields(resource, operation)),
	];
}

export function resourceSelector(
	resources: ResourceDefinition[],
	defaultResource: string,
): INodeProperties {
	return {
		displayName: 'Resource',
		name: 'resource',
		type: 'options',
		noDataExpression: true,
		options: [...resources]
			.sort((a, b) => a.name.localeCompare(b.name))
			.map((resource) => ({
				name: resource.name,
				value: resource.value,
				...(resource.description ? { description: resource.description } : {}),
			})),
		default: defaultResource,
	};
}
