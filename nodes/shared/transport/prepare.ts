import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

import type { RuntimeOperation } from '../builder/types';
import { locationPlacements, type LocationPlacement, type TokenKind } from '../spec/types';
import { authorize, type Authorization } from './authorizedRequest';
import type { RequestContext } from './context';
import { encodePendingMultipart } from './multipart';
import { missingLocationError, pathValue } from './presend';

/**
 * Turns the request n8n built from the node's inputs into the one the operation's spec describes:
 * the token kind is checked, the path filled, the location placed and empty optional inputs dropped.
 * Runs once per item, in the transport, after every input's own preSend. Returns how the request
 * is to be authorised.
 */
export function prepareRequest(
	fn: IExecuteSingleFunctions,
	operation: RuntimeOperation,
	options: IHttpRequestOptions,
	context: RequestContext,
): Authorization {
	const route = routeToken(fn, operation, context);
	options.url = fillPath(fn, operation, context);
	for (const placement of locationPlacements(operation.facts)) {
		if (placement.in === 'path') continue;
		if (!context.location) {
			if (isRequired(operation, placement))
				throw missingLocationError(fn.getNode(), fn.getItemIndex());
			continue;
		}
		const target = bag(options, placement.in);
		target[placement.name] = context.location;
		if (placement.altType) target.altType = 'location';
	}
	dropEmptyInputs(operation, options);
	// OpenAPI's default for query arrays is `a=1&a=2`; `explode: false` asks for `a=1,2`.
	options.arrayFormat = operation.facts.parameters.some(
		(p) => p.in === 'query' && p.explode === false,
	)
		? 'comma'
		: 'repeat';
	if (operation.isUpdate && operation.facts.body && !hasUserInput(operation, options.body)) {
		throw new NodeOperationError(fn.getNode(), 'Nothing to update', {
			description: 'Add at least one field under "Update Fields".',
			itemIndex: fn.getItemIndex(),
		});
	}
	// An upload's body is final now: encode it as multipart/form-data with its files.
	encodePendingMultipart(options);
	return route;
}

/** Operations the spec gives to sub-accounts: those naming no token kind all act inside one too. */
function isSubAccountOperation(token: TokenKind): boolean {
	return token === 'sub' || token === 'any';
}

/**
 * Checks, before any request, that the credential's token may run the operation, and tells how to
 * send it.
 */
export function routeToken(
	fn: IExecuteSingleFunctions,
	operation: RuntimeOperation,
	context: RequestContext,
): Authorization {
	const { token, pit } = operation.facts;
	const fail = (message: string, description: string): never => {
		throw new NodeOperationError(fn.getNode(), message, {
			description,
			itemIndex: fn.getItemIndex(),
		});
	};
	if (pit === false && context.isPit) {
		fail(
			`"${operation.action}" does not accept a Private Integration Token`,
			token === 'agency'
				? 'HighLevel allows this operation only with an OAuth2 token of an agency: switch Authentication to OAuth2 and use a GoHighLevel OAuth2 API credential connected to the agency (a Marketplace app installed on the agency).'
				: 'HighLevel allows this operation only with an OAuth2 (Marketplace app) token. Switch Authentication to OAuth2.',
		);
	}
	if (token === 'agency' && context.kind === 'sub') {
		fail(
			`"${operation.action}" needs an agency token`,
			context.isPit
				? 'This credential is a sub-account Private Integration Token. HighLevel allows this operation only with an agency-level token: a Private Integration Token created at agency level (Token Type "Agency"), or a GoHighLevel OAuth2 API credential connected to the agency.'
				: 'This OAuth2 credential is connected to a sub-account. HighLevel allows this operation only with an agency-level token: connect a GoHighLevel OAuth2 API credential to the agency (choose the agency on HighLevel\'s install page), or use an agency Private Integration Token (Token Type "Agency").',
		);
	}
	const route = authorize(context, context.location, isSubAccountOperation(token));
	if (route.unexchangeable === 'pit') {
		fail(
			`"${operation.action}" needs a sub-account token`,
			'An agency Private Integration Token cannot act inside a sub-account, and HighLevel cannot exchange it for one. Use a Private Integration Token created in the sub-account (Token Type "Sub-Account"), or a GoHighLevel OAuth2 API credential connected to the agency: the node then exchanges the agency token for the sub-account\'s token.',
		);
	}
	if (route.unexchangeable === 'location') {
		throw missingLocationError(fn.getNode(), fn.getItemIndex());
	}
	if (route.unexchangeable === 'companyId') {
		fail(
			`"${operation.action}" needs the agency's company ID, which this OAuth2 credential lacks`,
			"The agency token's saved data holds no companyId, so it cannot be exchanged for the sub-account's token. Reconnect the GoHighLevel OAuth2 API credential (HighLevel sends the companyId with every new token).",
		);
	}
	return route;
}

function fillPath(
	fn: IExecuteSingleFunctions,
	operation: RuntimeOperation,
	context: RequestContext,
): string {
	const inPath = locationPlacements(operation.facts).some((p) => p.in === 'path');
	return operation.path.replace(/\{([^}]+)\}/g, (_match, name: string) => {
		if (name === 'locationId' && inPath) {
			if (!context.location) throw missingLocationError(fn.getNode(), fn.getItemIndex());
			return encodeURIComponent(context.location);
		}
		return encodeURIComponent(pathValue(fn, name, operation.labels[name] ?? name));
	});
}

function isRequired(operation: RuntimeOperation, placement: LocationPlacement): boolean {
	if (placement.in === 'body') {
		return !!operation.facts.body?.schema.required?.includes(placement.name);
	}
	return operation.facts.parameters.some(
		(p) => p.in === placement.in && p.name === placement.name && p.required,
	);
}

function bag(options: IHttpRequestOptions, where: 'query' | 'body'): IDataObject {
	const key = where === 'query' ? 'qs' : 'body';
	const current = options[key];
	if (current && typeof current === 'object' && !Array.isArray(current))
		return current as IDataObject;
	const created: IDataObject = {};
	options[key] = created;
	return created;
}

/** Whether an update's body carries anything besides the location the transport placed. */
function hasUserInput(operation: RuntimeOperation, body: unknown): boolean {
	if (!body || typeof body !== 'object' || Array.isArray(body)) return !isEmpty(body);
	const placed = new Set(locationPlacements(operation.facts).flatMap((p) => [p.name, 'altType']));
	return Object.keys(body).some((key) => !placed.has(key));
}

function isEmpty(value: unknown): boolean {
	if (value === undefined || value === null || value === '') return true;
	if (Array.isArray(value)) return value.length === 0;
	return (
		typeof value === 'object' && value.constructor === Object && Object.keys(value).length === 0
	);
}

/** An optional input left empty is not sent: HighLevel reads `"email": ""` as an invalid email. */
function dropEmptyInputs(operation: RuntimeOperation, options: IHttpRequestOptions): void {
	const requiredQuery = new Set(
		operation.facts.parameters.filter((p) => p.in === 'query' && p.required).map((p) => p.name),
	);
	const requiredBody = new Set(operation.facts.body?.schema.required ?? []);
	const prune = (target: unknown, required: Set<string>) => {
		// Only a plain object holds inputs: a prepared body (a multipart Buffer) is sent as it is.
		if (!target || typeof target !== 'object' || target.constructor !== Object) return;
		for (const [key, value] of Object.entries(target as IDataObject)) {
			if (isEmpty(value) && !required.has(key)) delete (target as IDataObject)[key];
		}
	};
	prune(options.qs, requiredQuery);
	prune(options.body, requiredBody);
}
