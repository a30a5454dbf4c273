import { generateKeyPairSync, sign } from 'node:crypto';
import type { KeyObject } from 'node:crypto';
import type { IDataObject, IWebhookFunctions, IWebhookResponseData } from 'n8n-workflow';

import { GoHighLevelTrigger } from '../../nodes/GoHighLevelTrigger/GoHighLevelTrigger.node';

export const trigger = new GoHighLevelTrigger();

const ed = generateKeyPairSync('ed25519');
const otherEd = generateKeyPairSync('ed25519');
const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });

export const keys = {
	edPrivate: ed.privateKey,
	edPublicPem: ed.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
	edPublicRaw: ed.publicKey.export({ format: 'jwk' }).x as string /* base64url */,
	otherEdPrivate: otherEd.privateKey,
	rsaPrivate: rsa.privateKey,
	rsaPublicPem: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
};

export const signEd25519 = (body: Buffer | string, key: KeyObject = keys.edPrivate) =>
	sign(null, Buffer.from(body), key).toString('base64');

export const signRsa = (body: Buffer | string, key: KeyObject = keys.rsaPrivate) =>
	sign('sha256', Buffer.from(body), key).toString('base64');

export const DEFAULT_PARAMS: IDataObject = {
	source: 'marketplaceApp',
	events: ['AppointmentCreate', 'AppointmentUpdate', 'AppointmentDelete', 'CampaignStatusUpdate'],
	verifyRequests: true,
	publicKey: keys.edPublicPem,
	allowLegacyRsa: true,
	legacyRsaPublicKey: keys.rsaPublicPem,
	sharedSecret: '',
	secretHeaderName: 'x-ghl-webhook-secret',
	locationIds: '',
	options: {},
};

export interface Delivery {
	body?: Buffer | string;
	/** Set to null to simulate n8n not keeping the raw body. */
	rawBody?: Buffer | null;
	headers?: Record<string, string | string[]>;
	query?: IDataObject;
	params?: IDataObject;
	staticData?: IDataObject;
	/**
	 * The workflow the delivery is for. By default one per static data object, so deliveries that
	 * share static data share the node's in-process memory of webhookIds too, and others do not.
	 */
	workflowId?: string;
}

const workflowIds = new WeakMap<IDataObject, string>();
let workflowCount = 0;

function workflowOf(staticData: IDataObject): string {
	if (!workflowIds.has(staticData)) workflowIds.set(staticData, `wf-${++workflowCount}`);
	return workflowIds.get(staticData)!;
}

export interface Outcome {
	/** HTTP status the caller sees: the node's own answer, or n8n's 200 when it returns without one. */
	status: number;
	started: boolean;
	json?: IDataObject;
	responseBody?: unknown;
	result: IWebhookResponseData;
	warnings: string[];
}

export async function deliver(d: Delivery): Promise<Outcome> {
	const bodyBuf = Buffer.from(d.body ?? '');
	const raw = d.rawBody === null ? undefined : (d.rawBody ?? bodyBuf);
	let parsed: unknown = {};
	try {
		parsed = JSON.parse(bodyBuf.toString('utf8'));
	} catch {
		parsed = {};
	}
	const headers: Record<string, string | string[]> = {
		'content-type': 'application/json',
		...d.headers,
	};
	const params = { ...DEFAULT_PARAMS, ...d.params };
	const staticData = d.staticData ?? {};
	const warnings: string[] = [];
	const res = {
		statusCode: 200,
		sent: undefined as unknown,
		ended: false,
		status(code: number) {
			this.statusCode = code;
			return this;
		},
		send(body: unknown) {
			this.sent = body;
			return this;
		},
		end() {
			this.ended = true;
			return this;
		},
	};
	const request = { rawBody: raw, body: parsed, headers, query: d.query ?? {} };
	const ctx = {
		getRequestObject: () => request,
		getResponseObject: () => res,
		getHeaderData: () => headers,
		getBodyData: () => parsed,
		getQueryData: () => d.query ?? {},
		getNodeParameter: (name: string, fallback?: unknown) =>
			name in params ? params[name] : fallback,
		getWorkflowStaticData: () => staticData,
		getWorkflow: () => ({ id: d.workflowId ?? workflowOf(staticData), active: true }),
		getMode: () => 'webhook',
		getNode: () => ({
			id: 'node-1',
			name: 'GoHighLevel Trigger',
			type: 'goHighLevelTrigger',
			typeVersion: 1,
		}),
		logger: {
			warn: (m: string) => warnings.push(m),
			debug: () => undefined,
			info: () => undefined,
			error: (m: string) => warnings.push(m),
		},
	} as unknown as IWebhookFunctions;

	const result = await trigger.webhook.call(ctx);
	const started = Array.isArray(result.workflowData);
	if (result.noWebhookResponse) {
		expect(res.ended).toBe(true);
		return { status: res.statusCode, started, result, responseBody: res.sent, warnings };
	}
	return {
		status: 200,
		started,
		json: started ? (result.workflowData![0][0].json as IDataObject) : undefined,
		result,
		warnings,
	};
}

/** A delivery signed with the test Ed25519 key over exactly these bytes. */
export function signed(body: string | Buffer, extra: Partial<Delivery> = {}): Delivery {
	return {
		body,
		...extra,
		headers: { 'x-ghl-signature': signEd25519(body), ...extra.headers },
	};
}

export const appointmentPayload = (overrides: IDataObject = {}): IDataObject => ({
	type: 'AppointmentCreate',
	locationId: 'loc-1',
	appointment: {
		id: 'apt-1',
		title: 'Intro call',
		calendarId: 'cal-1',
		contactId: 'con-1',
		groupId: 'grp-1',
		appointmentStatus: 'confirmed',
		assignedUserId: 'usr-1',
		users: ['usr-1'],
		startTime: '2024-05-01T10:00:00+02:00',
		endTime: '2024-05-01T10:30:00+02:00',
	},
	...overrides,
});
