import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { ALL_EVENTS, resolveEventType } from './events';
import { locationsOf } from './location';
import { buildOutput } from './output';
import { claim, memoryScope, recentIds } from './recent';
import {
	checkTimestamp,
	DEFAULT_REPLAY_WINDOW_SECONDS,
	remember,
	wasSeen,
	webhookIdKey,
} from './replay';
import {
	HIGHLEVEL_LEGACY_RSA_PUBLIC_KEY,
	parseEd25519PublicKey,
	parseRsaPublicKey,
	secretsMatch,
	verifyEd25519,
	verifyRsaSha256,
} from './signature';

export const MAX_BODY_BYTES = 1024 * 1024;
export const DEFAULT_SECRET_HEADER = 'x-ghl-webhook-secret';

const LOG_PREFIX = 'GoHighLevel Trigger:';

type Auth = { ok: true; by: string } | { ok: false; reason: string; misconfigured?: boolean };

const fail = (reason: string, misconfigured = false): Auth => ({
	ok: false,
	reason,
	misconfigured,
});

/** A header or query value; null when it was sent more than once (ambiguous, so never trusted). */
function single(value: unknown): string | null | undefined {
	if (typeof value === 'string') return value;
	if (Array.isArray(value)) {
		if (value.length === 1 && typeof value[0] === 'string') return value[0];
		return value.length === 0 ? undefined : null;
	}
	return undefined;
}

function reply(ctx: IWebhookFunctions, status: number, message: string): IWebhookResponseData {
	const res = ctx.getResponseObject();
	res.status(status).send(message).end();
	return { noWebhookResponse: true };
}

function isPlainObject(value: unknown): value is IDataObject {
	return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkEd25519(rawBody: Buffer, signature: string, keyText: string, by: string): Auth {
	let key;
	try {
		key = parseEd25519PublicKey(keyText);
	} catch (error) {
		return fail(
			`the Ed25519 public key in the node is unusable: ${(error as Error).message}`,
			true,
		);
	}
	return verifyEd25519(rawBody, signature, key)
		? { ok: true, by }
		: fail('x-ghl-signature does not match the body');
}

function authenticateMarketplace(ctx: IWebhookFunctions, rawBody: Buffer): Auth {
	const headers = ctx.getHeaderData() as IDataObject;
	const ghlSignature = single(headers['x-ghl-signature']);
	// When x-ghl-signature is present it alone decides: no fallback to the legacy header.
	if (ghlSignature !== undefined) {
		if (ghlSignature === null) return fail('x-ghl-signature was sent more than once');
		const keyText = (ctx.getNodeParameter('publicKey', '') as string).trim();
		if (keyText === '') {
			return fail('x-ghl-signature received but no Ed25519 public key is set in the node', true);
		}
		return checkEd25519(rawBody, ghlSignature, keyText, 'ed25519');
	}

	const whSignature = single(headers['x-wh-signature']);
	if (whSignature !== undefined && (ctx.getNodeParameter('allowLegacyRsa', true) as boolean)) {
		if (whSignature === null) return fail('x-wh-signature was sent more than once');
		const custom = (ctx.getNodeParameter('legacyRsaPublicKey', '') as string).trim();
		let key;
		try {
			key = parseRsaPublicKey(custom || HIGHLEVEL_LEGACY_RSA_PUBLIC_KEY);
		} catch (error) {
			return fail(
				`the legacy RSA public key in the node is unusable: ${(error as Error).message}`,
				true,
			);
		}
		return verifyRsaSha256(rawBody, whSignature, key)
			? { ok: true, by: 'rsa-sha256' }
			: fail('x-wh-signature does not match the body');
	}
	return fail('no signature header');
}

function authenticateWorkflowAction(ctx: IWebhookFunctions, rawBody: Buffer): Auth {
	const secret = ctx.getNodeParameter('sharedSecret', '') as string;
	if (secret === '') return fail('no shared secret is set in the node', true);
	const headerName =
		(ctx.getNodeParameter('secretHeaderName', DEFAULT_SECRET_HEADER) as string)
			.trim()
			.toLowerCase() || DEFAULT_SECRET_HEADER;
	const headers = ctx.getHeaderData() as IDataObject;
	const query = (ctx.getQueryData() ?? {}) as IDataObject;
	const fromHeader = single(headers[headerName]);
	const provided = fromHeader !== undefined ? fromHeader : single(query.token);
	if (provided === undefined) return fail('no secret header or token query parameter');
	if (provided === null) return fail('the secret was sent more than once');
	if (!secretsMatch(provided, secret)) return fail('wrong secret');

	const ghlSignature = single(headers['x-ghl-signature']);
	const keyText = (ctx.getNodeParameter('publicKey', '') as string).trim();
	if (ghlSignature === undefined || keyText === '') return { ok: true, by: 'secret' };
	if (ghlSignature === null) return fail('x-ghl-signature was sent more than once');
	return checkEd25519(rawBody, ghlSignature, keyText, 'secret+ed25519');
}

async function deliver(ctx: IWebhookFunctions): Promise<IWebhookResponseData> {
	const source = ctx.getNodeParameter('source', 'marketplaceApp') as string;
	const verifyRequests = ctx.getNodeParameter('verifyRequests', true) as boolean;
	const rawBody = (ctx.getRequestObject() as { rawBody?: unknown }).rawBody;
	const raw = Buffer.isBuffer(rawBody) ? rawBody : undefined;

	if (raw !== undefined && raw.length > MAX_BODY_BYTES) return reply(ctx, 413, 'Payload Too Large');

	let verifiedBy = 'none';
	if (verifyRequests) {
		if (raw === undefined) {
			ctx.logger.warn(
				`${LOG_PREFIX} rejected a request because n8n did not keep its raw body; signatures are only checked against the exact bytes sent (is the Content-Type application/json?)`,
			);
			return reply(ctx, 401, 'Unauthorized');
		}
		const auth =
			source === 'workflowAction'
				? authenticateWorkflowAction(ctx, raw)
				: authenticateMarketplace(ctx, raw);
		if (!auth.ok) {
			if (auth.misconfigured) ctx.logger.warn(`${LOG_PREFIX} rejected a request: ${auth.reason}`);
			else ctx.logger.debug(`${LOG_PREFIX} rejected a request: ${auth.reason}`);
			return reply(ctx, 401, 'Unauthorized');
		}
		verifiedBy = auth.by;
	}

	let payload: unknown;
	if (raw !== undefined) {
		try {
			payload = JSON.parse(raw.toString('utf8'));
		} catch {
			return reply(ctx, 400, 'Bad Request: the body is not valid JSON');
		}
	} else {
		payload = ctx.getBodyData();
	}
	if (!isPlainObject(payload)) return reply(ctx, 400, 'Bad Request: the body is not a JSON object');

	const options = ctx.getNodeParameter('options', {}) as IDataObject;
	const windowSeconds =
		typeof options.replayWindowSeconds === 'number' && options.replayWindowSeconds > 0
			? options.replayWindowSeconds
			: DEFAULT_REPLAY_WINDOW_SECONDS;
	const timestamp = checkTimestamp(payload, Date.now(), windowSeconds);
	if (timestamp !== 'absent' && timestamp !== 'ok') {
		ctx.logger.debug(`${LOG_PREFIX} rejected a request: timestamp ${timestamp}`);
		return reply(ctx, 401, 'Unauthorized');
	}

	const event = resolveEventType(payload);
	if (source !== 'workflowAction') {
		const param = ctx.getNodeParameter('events', []) as unknown;
		const selected = Array.isArray(param) ? (param as string[]) : [];
		const wanted =
			selected.includes(ALL_EVENTS) || (event !== undefined && selected.includes(event));
		if (!wanted) return {};
	}

	const locationIds = (ctx.getNodeParameter('locationIds', '') as string)
		.split(',')
		.map((id) => id.trim())
		.filter((id) => id !== '');
	if (locationIds.length > 0) {
		const named = locationsOf(payload, source === 'workflowAction' ? undefined : event);
		if (!named.some((id) => locationIds.includes(id))) return {};
	}

	const idKey = webhookIdKey(payload);
	if (idKey !== undefined) {
		// n8n hands each live request its own copy of the static data, so simultaneous deliveries
		// cannot see each other there; this process's memory is checked and updated first, at once.
		const scope = memoryScope(ctx);
		if (!claim(scope, idKey)) return {};
		const staticData = ctx.getWorkflowStaticData('node');
		if (wasSeen(staticData, idKey)) return {};
		remember(staticData, recentIds(scope));
	}

	const json = buildOutput(payload, { event: event ?? null, source, verifiedBy });
	return { workflowData: [[{ json }]] };
}

/** Never throws: any unexpected failure is answered with a 500 and starts nothing. */
export async function handleDelivery(ctx: IWebhookFunctions): Promise<IWebhookResponseData> {
	try {
		return await deliver(ctx);
	} catch (error) {
		try {
			ctx.logger.error(
				`${LOG_PREFIX} unexpected error: ${(error as Error)?.message ?? String(error)}`,
			);
			return reply(ctx, 500, 'Internal Server Error');
		} catch {
			// No usable response object: let n8n answer its default 200; nothing is started.
			return {};
		}
	}
}
