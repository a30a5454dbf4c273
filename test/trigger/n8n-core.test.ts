/**
 * The trigger run the way n8n runs it: a real n8n-core WebhookContext over a Workflow built
 * from the node's description (so parameter defaults and displayOptions are resolved by
 * n8n-workflow), fed by a real HTTP server on 127.0.0.1 that keeps the raw body like n8n's
 * body parser (req.rawBody) and answers like n8n's webhook helper when the node does not.
 */
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { WebhookContext } from 'n8n-core';
import { NodeHelpers, Workflow } from 'n8n-workflow';
import type {
	IDataObject,
	INode,
	INodeParameters,
	INodeType,
	INodeTypes,
	IWebhookData,
	IWorkflowExecuteAdditionalData,
	IWebhookResponseData,
} from 'n8n-workflow';

import { appointmentPayload, keys, signEd25519, trigger } from './harness';

const NODE_TYPE = 'n8n-nodes-gohighlevel.goHighLevelTrigger';

/** The loaded node; `restart()` loads it afresh, as a new n8n process would. */
let nodeType: INodeType = trigger;

const nodeTypes: INodeTypes = {
	getByName: () => nodeType,
	getByNameAndVersion: (_type: string, version?: number) =>
		NodeHelpers.getVersionedNodeType(nodeType, version),
	getKnownTypes: () => ({}),
};

async function restart() {
	await jest.isolateModulesAsync(async () => {
		const fresh = await import('../../nodes/GoHighLevelTrigger/GoHighLevelTrigger.node');
		nodeType = new fresh.GoHighLevelTrigger();
	});
	expect(nodeType.constructor).not.toBe(trigger.constructor);
}

function makeWorkflow(parameters: INodeParameters, staticData?: IDataObject, id = 'wf') {
	const node: INode = {
		id: 'node-1',
		name: 'GoHighLevel Trigger',
		type: NODE_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		webhookId: 'hook-1',
	};
	const workflow = new Workflow({
		id,
		nodes: [node],
		connections: {},
		active: true,
		nodeTypes,
		settings: {},
		staticData,
	});
	return { workflow, node: workflow.getNode(node.name)! };
}

/** Minimal express-style surface the node and n8n use on a response. */
function expressify(res: ServerResponse) {
	const r = res as ServerResponse & {
		status: (c: number) => typeof r;
		send: (b: string) => typeof r;
	};
	r.status = (code) => {
		r.statusCode = code;
		return r;
	};
	r.send = (b) => {
		r.end(b);
		return r;
	};
	return r;
}

interface Seen {
	result?: IWebhookResponseData;
	error?: unknown;
}

let server: Server;
let baseUrl: string;
let current = makeWorkflow({});
let currentParameters: INodeParameters = {};
let persistedWorkflows = 0;
let seen: Seen = {};
let outcomes: Seen[] = [];

/**
 * The workflow's row in n8n's database. Set, each request works as n8n's live webhooks do: it
 * loads the workflow with its static data from the database, and once the node's webhook()
 * returns, n8n writes that request's static data back whole if the node changed it.
 */
let database: { id: string; staticData: IDataObject } | undefined;

/** Every request until the next call runs against this one workflow (and its static data). */
function configure(parameters: INodeParameters) {
	current = makeWorkflow(parameters);
	currentParameters = parameters;
	database = undefined;
}

/** A workflow of its own, so no earlier test's deliveries are in the node's memory. */
function configurePersisted(parameters: INodeParameters) {
	configure(parameters);
	database = { id: `wf-persisted-${++persistedWorkflows}`, staticData: {} };
}

/** The next `count` requests each wait, after loading the workflow, until all of them have loaded it. */
let gate: { count: number; loaded: number; open: () => void; opened: Promise<void> } | undefined;

function simultaneously(count: number) {
	let open = () => {};
	const opened = new Promise<void>((resolve) => (open = resolve));
	gate = { count, loaded: 0, open, opened };
}

async function waitAtGate() {
	const g = gate;
	if (g === undefined) return;
	if (++g.loaded === g.count) {
		gate = undefined;
		g.open();
	}
	await g.opened;
}

const persistedIds = () =>
	((database!.staticData['node:GoHighLevel Trigger'] as IDataObject | undefined)?.seenWebhookIds ??
		[]) as string[];

async function handle(req: IncomingMessage, res: ServerResponse) {
	const chunks: Buffer[] = [];
	for await (const chunk of req) chunks.push(chunk as Buffer);
	const request = req as IncomingMessage & {
		rawBody: Buffer;
		body: unknown;
		query: object;
		params: object;
	};
	request.rawBody = Buffer.concat(chunks);
	try {
		request.body = JSON.parse(request.rawBody.toString('utf8'));
	} catch {
		request.body = {};
	}
	request.query = Object.fromEntries(new URL(req.url!, 'http://127.0.0.1').searchParams);
	request.params = {};

	const { workflow, node } = database
		? makeWorkflow(currentParameters, JSON.parse(JSON.stringify(database.staticData)), database.id)
		: current;
	await waitAtGate();
	const additionalData = {
		httpRequest: request,
		httpResponse: expressify(res),
		webhookBaseUrl: 'http://127.0.0.1:5678/webhook',
		webhookWaitingBaseUrl: 'http://127.0.0.1:5678/webhook-waiting',
		webhookTestBaseUrl: 'http://127.0.0.1:5678/webhook-test',
		formWaitingBaseUrl: 'http://127.0.0.1:5678/form-waiting',
		formBaseUrl: 'http://127.0.0.1:5678/form',
		formTestBaseUrl: 'http://127.0.0.1:5678/form-test',
		mcpBaseUrl: 'http://127.0.0.1:5678/mcp',
		mcpTestBaseUrl: 'http://127.0.0.1:5678/mcp-test',
		restApiUrl: 'http://127.0.0.1:5678/rest',
		instanceBaseUrl: 'http://127.0.0.1:5678/',
		variables: {},
		currentNodeExecutionIndex: 0,
	} as unknown as IWorkflowExecuteAdditionalData;
	const webhookDescription = trigger.description.webhooks![0];
	const webhookData = {
		httpMethod: 'POST',
		node: node.name,
		path: 'hook-1/webhook',
		webhookDescription,
		workflowId: workflow.id,
		workflowExecuteAdditionalData: additionalData,
	} as IWebhookData;

	const context = new WebhookContext(
		workflow,
		node,
		additionalData,
		'webhook',
		webhookData,
		[],
		null,
	);
	const outcome: Seen = {};
	seen = outcome;
	outcomes.push(outcome);
	try {
		outcome.result = await nodeType.webhook!.call(context);
	} catch (error) {
		outcome.error = error;
	}
	if (database && workflow.staticData.__dataChanged === true) {
		database.staticData = JSON.parse(JSON.stringify(workflow.staticData));
	}
	if (res.writableEnded) return;
	// What n8n's webhook helper answers when the node leaves the response to it (onReceived, noData).
	res.statusCode = 200;
	res.setHeader('content-type', 'application/json');
	res.end(JSON.stringify({ message: 'Webhook call received' }));
}

beforeAll(async () => {
	server = createServer((req, res) => void handle(req, res));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/webhook/hook-1/webhook`;
});

afterAll(async () => {
	await new Promise((resolve) => server.close(resolve));
});

async function post(body: string, headers: Record<string, string> = {}, query = '') {
	const res = await fetch(baseUrl + query, {
		method: 'POST',
		headers: { 'content-type': 'application/json', ...headers },
		body,
	});
	return { status: res.status, text: await res.text() };
}

describe('through n8n-core WebhookContext over real HTTP', () => {
	const text = JSON.stringify(appointmentPayload({ timestamp: new Date().toISOString() }));

	it('starts an execution for a signed delivery, with defaults filled in by n8n-workflow', async () => {
		configure({ publicKey: keys.edPublicPem });
		const res = await post(text, { 'x-ghl-signature': signEd25519(text) });
		expect(seen.error).toBeUndefined();
		expect(res.status).toBe(200);
		const json = seen.result!.workflowData![0][0].json;
		expect(json.appointmentId).toBe('apt-1');
		expect(json._ghl).toEqual({
			event: 'AppointmentCreate',
			source: 'marketplaceApp',
			verifiedBy: 'ed25519',
		});
	});

	it('answers 401 on the wire and starts nothing for a bad signature', async () => {
		configure({ publicKey: keys.edPublicPem });
		const res = await post(text, { 'x-ghl-signature': signEd25519(text, keys.otherEdPrivate) });
		expect(res).toEqual({ status: 401, text: 'Unauthorized' });
		expect(seen.result).toEqual({ noWebhookResponse: true });
	});

	it('answers 401 with no signature header at all', async () => {
		configure({ publicKey: keys.edPublicPem });
		expect((await post(text)).status).toBe(401);
	});

	it('answers 200 without an execution for an unselected event', async () => {
		configure({ publicKey: keys.edPublicPem });
		const other = JSON.stringify({ type: 'ContactCreate', locationId: 'l' });
		const res = await post(other, { 'x-ghl-signature': signEd25519(other) });
		expect(res.status).toBe(200);
		expect(seen.result).toEqual({});
	});

	it('answers 400 to a signed non-object body', async () => {
		configure({ publicKey: keys.edPublicPem });
		expect((await post('[1,2]', { 'x-ghl-signature': signEd25519('[1,2]') })).status).toBe(400);
	});

	it('remembers webhookIds in the workflow static data and ignores a repeat with 200', async () => {
		configure({ publicKey: keys.edPublicPem });
		const withId = JSON.stringify(appointmentPayload({ webhookId: 'wh-core-1' }));
		const headers = { 'x-ghl-signature': signEd25519(withId) };
		expect((await post(withId, headers)).status).toBe(200);
		expect(seen.result!.workflowData).toBeDefined();
		expect(current.workflow.getStaticData('node', current.node)).toEqual({
			seenWebhookIds: ['wh-core-1'],
		});
		expect((await post(withId, headers)).status).toBe(200);
		expect(seen.result).toEqual({});
	});

	it('authenticates the workflow-action source with ?token=', async () => {
		configure({ source: 'workflowAction', sharedSecret: 'tok-123' });
		const payload = JSON.stringify({ contact_id: 'c1' });
		expect((await post(payload, {}, '?token=tok-123')).status).toBe(200);
		expect(seen.result!.workflowData).toBeDefined();
		expect((await post(payload, {}, '?token=tok-124')).status).toBe(401);
	});
});

describe('duplicate deliveries, with static data loaded and saved per request as n8n does', () => {
	const delivery = (webhookId: string) => {
		const text = JSON.stringify(appointmentPayload({ webhookId }));
		return [text, { 'x-ghl-signature': signEd25519(text) }] as const;
	};
	const started = () => outcomes.filter((o) => o.result?.workflowData !== undefined).length;

	beforeEach(() => {
		configurePersisted({ publicKey: keys.edPublicPem });
		outcomes = [];
	});

	it('two simultaneous deliveries of one webhookId start one execution', async () => {
		simultaneously(2);
		const [a, b] = await Promise.all([post(...delivery('wh-twin')), post(...delivery('wh-twin'))]);
		expect([a.status, b.status]).toEqual([200, 200]);
		expect(outcomes.map((o) => o.error)).toEqual([undefined, undefined]);
		expect(started()).toBe(1);
		expect(persistedIds()).toEqual(['wh-twin']);
	});

	it('two different webhookIds at the same moment both start and are both remembered, across a restart', async () => {
		simultaneously(2);
		await Promise.all([post(...delivery('wh-left')), post(...delivery('wh-right'))]);
		expect(started()).toBe(2);
		expect(persistedIds().sort()).toEqual(['wh-left', 'wh-right']);

		outcomes = [];
		await Promise.all([post(...delivery('wh-left')), post(...delivery('wh-right'))]);
		expect(started()).toBe(0);

		// A new process has no memory of its own: the ids saved in static data still stop repeats.
		await restart();
		try {
			outcomes = [];
			await post(...delivery('wh-left'));
			await post(...delivery('wh-right'));
			expect(started()).toBe(0);
			await post(...delivery('wh-new'));
			expect(started()).toBe(1);
			expect(persistedIds()).toEqual(['wh-left', 'wh-right', 'wh-new']);
		} finally {
			nodeType = trigger;
		}
	});
});
