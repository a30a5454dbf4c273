import {
	DirectoryLoader,
	ExecutionLifecycleHooks,
	LoadOptionsContext,
	RoutingNode,
	WorkflowExecute,
	type ExecuteContext,
} from 'n8n-core';
import {
	createRunExecutionData,
	ICredentialsHelper,
	NodeHelpers,
	Workflow,
	type ICredentialDataDecryptedObject,
	type ICredentials,
	type ICredentialType,
	type IDataObject,
	type IHttpRequestOptions,
	type INode,
	type INodeExecutionData,
	type INodeListSearchResult,
	type INodeParameters,
	type INodePropertyOptions,
	type INodeProperties,
	type INodeType,
	type INodeTypes,
	type IRun,
	type IVersionedNodeType,
	type IWorkflowExecuteAdditionalData,
	type Workflow as WorkflowType,
} from 'n8n-workflow';

import { GoHighLevelOAuth2Api } from '../../credentials/GoHighLevelOAuth2Api.credentials';
import { GoHighLevelPrivateIntegrationApi } from '../../credentials/GoHighLevelPrivateIntegrationApi.credentials';
import { GoHighLevelCrm } from '../../nodes/GoHighLevelCrm/GoHighLevelCrm.node';

/** Runs nodes through n8n-core's real WorkflowExecute → RoutingNode; only the credential store is ours. */

export const CRM_TYPE = 'n8n-nodes-gohighlevel.goHighLevelCrm';

class TestNodeTypes implements INodeTypes {
	constructor(private readonly types: Record<string, INodeType | IVersionedNodeType>) {}

	getByName(type: string) {
		const found = this.types[type];
		if (!found) throw new Error(`Unknown node type ${type}`);
		return found;
	}

	/**
	 * As n8n's own NodeTypes (packages/cli/src/node-types.ts) does, a declarative node gets an
	 * `execute` that runs RoutingNode in the execution's context, so that the node sees, for
	 * instance, the execution's cancel signal.
	 */
	getByNameAndVersion(type: string, version?: number): INodeType {
		const nodeType = NodeHelpers.getVersionedNodeType(this.getByName(type), version);
		if (nodeType.execute || nodeType.description.requestDefaults === undefined) return nodeType;
		return Object.create(nodeType, {
			execute: {
				value: async function (this: ExecuteContext) {
					return (await new RoutingNode(this, nodeType).runNode()) ?? [];
				},
			},
		}) as INodeType;
	}

	getKnownTypes() {
		return {};
	}
}

const credentialTypes: Record<string, ICredentialType> = {
	goHighLevelPrivateIntegrationApi: new GoHighLevelPrivateIntegrationApi(),
	goHighLevelOAuth2Api: new GoHighLevelOAuth2Api(),
	oAuth2Api: { name: 'oAuth2Api', displayName: 'OAuth2 API', properties: [] },
};

/**
 * Makes further credential types known to every `TestCredentialsHelper` (parent types, properties,
 * `authenticate`), e.g. n8n's own `highLevelOAuth2Api` for the benchmark baseline. A type already
 * known under the same name is replaced.
 */
export function registerCredentialTypes(...types: ICredentialType[]): void {
	for (const type of types) credentialTypes[type.name] = type;
}

export class TestCredentialsHelper extends ICredentialsHelper {
	readonly oauthTokenUpdates: ICredentialDataDecryptedObject[] = [];

	constructor(private readonly data: Record<string, ICredentialDataDecryptedObject>) {
		super();
	}

	getParentTypes(name: string): string[] {
		const parents = credentialTypes[name]?.extends ?? [];
		return [...parents, ...parents.flatMap((parent) => this.getParentTypes(parent))];
	}

	isCredentialUsableByNode() {
		return true;
	}

	async authenticate(
		credentials: ICredentialDataDecryptedObject,
		typeName: string,
		requestOptions: IHttpRequestOptions,
		workflow?: WorkflowType,
		node?: INode,
	) {
		const auth = credentialTypes[typeName]?.authenticate;
		if (typeof auth === 'function') return await auth(credentials, requestOptions);
		if (!auth || auth.type !== 'generic' || !workflow || !node) return requestOptions;
		const resolve = (value: string) =>
			workflow.expression.getParameterValue(value, null, 0, 0, node.name, [], 'internal', {
				$credentials: credentials,
			} as never) as string;
		const properties = auth.properties as Record<string, Record<string, string> | undefined>;
		for (const key of ['headers', 'qs', 'body'] as const) {
			const values = properties[key];
			if (!values) continue;
			const target = { ...((requestOptions as unknown as Record<string, IDataObject>)[key] ?? {}) };
			for (const [name, value] of Object.entries(values)) target[name] = resolve(value);
			(requestOptions as unknown as Record<string, unknown>)[key] = target;
		}
		return requestOptions;
	}

	async preAuthentication() {
		return undefined;
	}

	async runPreAuthentication() {
		return undefined;
	}

	async getCredentials(): Promise<ICredentials> {
		throw new Error('not used by these tests');
	}

	async getDecrypted(
		_additionalData: IWorkflowExecuteAdditionalData,
		_node: unknown,
		type: string,
	) {
		return structuredClone(this.data[type] ?? {});
	}

	async updateCredentials() {}

	async updateCredentialsOauthTokenData(
		_node: unknown,
		type: string,
		data: ICredentialDataDecryptedObject,
	) {
		this.oauthTokenUpdates.push(structuredClone(data));
		this.data[type] = { ...this.data[type], ...data };
	}

	getCredentialsProperties(type: string): INodeProperties[] {
		return credentialTypes[type]?.properties ?? [];
	}
}

// What n8n's loader does for declarative nodes: adds the "Request Options" collection (batching etc.).
const crmNode = new GoHighLevelCrm();
DirectoryLoader.applyDeclarativeNodeOptionParameters(crmNode);

export interface RunOptions {
	parameters: INodeParameters;
	/**
	 * Another node type to run instead of the CRM node (benchmarks compare against a plain declarative
	 * node, or n8n's own versioned HighLevel node). Prepare it with `loadNodeType` as n8n's loader would.
	 */
	nodeType?: INodeType | IVersionedNodeType;
	/** The workflow's `type` for that node, e.g. `n8n-nodes-base.highLevel`; default: the CRM node's. */
	nodeTypeName?: string;
	/** The node's `typeVersion`; default 1. A versioned node type runs this version. */
	typeVersion?: number;
	/** The credential type the node uses; default: chosen by the `authentication` parameter, as the CRM node does. */
	credentialType?: string;
	/** Credential types to make known first (see `registerCredentialTypes`). */
	credentialTypes?: ICredentialType[];
	credentials: Record<string, ICredentialDataDecryptedObject>;
	items?: INodeExecutionData[];
	continueOnFail?: boolean;
	/** Cancels the execution (as n8n's Stop button does) when this resolves. */
	cancel?: Promise<unknown>;
	/**
	 * Parameters exactly as given, as a workflow saved before a field became a picker holds them (a
	 * plain ID string); by default a plain string for a picker is stored as the editor stores "By ID".
	 */
	asSaved?: boolean;
}

export interface RunResult {
	run: IRun;
	items: INodeExecutionData[];
	error?: Error & { description?: string; httpCode?: string; message: string };
	credentialsHelper: TestCredentialsHelper;
}

let executionCounter = 0;

function locatorNames(nodeType: INodeType): Set<string> {
	return new Set(
		nodeType.description.properties.filter((p) => p.type === 'resourceLocator').map((p) => p.name),
	);
}

/**
 * Parameters as the editor stores them: a plain string for a record picker means "By ID". A name
 * can be a picker in one operation and a plain text field in another: the property shown decides.
 */
function asStored(nodeType: INodeType, parameters: INodeParameters): INodeParameters {
	const locators = locatorNames(nodeType);
	const isPickerHere = (name: string) =>
		nodeType.description.properties.some(
			(p) =>
				p.name === name &&
				p.type === 'resourceLocator' &&
				NodeHelpers.displayParameter(parameters, p, { typeVersion: 1 }, nodeType.description),
		);
	return Object.fromEntries(
		Object.entries(parameters).map(([name, value]) => [
			name,
			locators.has(name) && typeof value === 'string' && isPickerHere(name)
				? { __rl: true, mode: 'id', value }
				: value,
		]),
	) as INodeParameters;
}

function testAdditionalData(
	executionId: string,
	hooks: ExecutionLifecycleHooks | undefined,
	credentialsHelper: TestCredentialsHelper,
): IWorkflowExecuteAdditionalData {
	const base = 'http://127.0.0.1:5678';
	return {
		executionId,
		hooks,
		credentialsHelper,
		currentNodeExecutionIndex: 0,
		variables: {},
		restApiUrl: `${base}/rest`,
		instanceBaseUrl: `${base}/`,
		webhookBaseUrl: `${base}/webhook`,
		webhookWaitingBaseUrl: `${base}/webhook-waiting`,
		webhookTestBaseUrl: `${base}/webhook-test`,
		formBaseUrl: `${base}/form`,
		formWaitingBaseUrl: `${base}/form-waiting`,
		formTestBaseUrl: `${base}/form-test`,
		mcpBaseUrl: `${base}/mcp`,
		mcpTestBaseUrl: `${base}/mcp-test`,
	} as unknown as IWorkflowExecuteAdditionalData;
}

/** A workflow holding just the node under test, with the credential its Authentication selects. */
function singleNodeWorkflow(
	nodeType: INodeType | IVersionedNodeType,
	parameters: INodeParameters,
	extra: Partial<INode> = {},
	credentialTypeName?: string,
) {
	const credentialType =
		credentialTypeName ??
		(parameters.authentication === 'oAuth2'
			? 'goHighLevelOAuth2Api'
			: 'goHighLevelPrivateIntegrationApi');
	const node: INode = {
		id: 'crm',
		name: 'GoHighLevel CRM',
		type: CRM_TYPE,
		typeVersion: 1,
		position: [0, 0],
		parameters,
		credentials: { [credentialType]: { id: `cred-${credentialType}`, name: 'test credential' } },
		...extra,
	};
	const nodeTypes = new TestNodeTypes({ [node.type]: nodeType });
	const workflow = new Workflow({
		id: 'wf',
		nodes: [node],
		connections: {},
		nodeTypes,
		active: false,
		settings: {},
	});
	return { node, workflow };
}

interface EditorCallOptions {
	/** The node whose method runs; the CRM node by default. */
	nodeType?: INodeType;
	/** The parameter being edited; `contactId` by default. */
	parameter?: string;
	method: string;
	parameters: INodeParameters;
	credentials: Record<string, ICredentialDataDecryptedObject>;
}

/** n8n-core's LoadOptionsContext for the node with the given parameters, as the editor makes it. */
function editorContext(options: EditorCallOptions): {
	context: LoadOptionsContext;
	nodeType: INodeType;
} {
	const nodeType = options.nodeType ?? crmNode;
	const { node, workflow } = singleNodeWorkflow(nodeType, options.parameters);
	const credentialsHelper = new TestCredentialsHelper(structuredClone(options.credentials));
	const additionalData = testAdditionalData(
		`editor-${++executionCounter}`,
		undefined,
		credentialsHelper,
	);
	// The editor sends the node's current parameters, defaults included, with every request.
	additionalData.currentNodeParameters =
		NodeHelpers.getNodeParameters(
			nodeType.description.properties,
			options.parameters,
			true,
			false,
			node,
			nodeType.description,
		) ?? {};
	const context = new LoadOptionsContext(
		workflow,
		node,
		additionalData,
		`parameters.${options.parameter ?? 'contactId'}`,
	);
	return { context, nodeType };
}

/**
 * Runs a list search as the editor does: through n8n-core's LoadOptionsContext for the node with the
 * given parameters.
 */
export async function runListSearch(
	options: EditorCallOptions & { filter?: string; paginationToken?: string },
): Promise<INodeListSearchResult> {
	const { context, nodeType } = editorContext(options);
	const searches: Record<
		string,
		(this: unknown, filter?: string, token?: string) => Promise<INodeListSearchResult>
	> = (nodeType.methods?.listSearch as never) ?? {};
	const search = searches[options.method];
	if (!search) throw new Error(`No list search ${options.method}`);
	return await search.call(context, options.filter, options.paginationToken);
}

/** Loads a list's options as the editor does (a `loadOptionsMethod`), through the same context. */
export async function runLoadOptions(options: EditorCallOptions): Promise<INodePropertyOptions[]> {
	const { context, nodeType } = editorContext(options);
	const methods: Record<string, (this: unknown) => Promise<INodePropertyOptions[]>> =
		(nodeType.methods?.loadOptions as never) ?? {};
	const method = methods[options.method];
	if (!method) throw new Error(`No load-options method ${options.method}`);
	return await method.call(context);
}

/** Prepares a node type as n8n's loader would. */
export function loadDeclarativeNode<T extends INodeType>(nodeType: T): T {
	DirectoryLoader.applyDeclarativeNodeOptionParameters(nodeType);
	return nodeType;
}

/** Runs any node of this pack (or another declarative node) as the only node of a workflow. */
export async function runNode(options: RunOptions): Promise<RunResult> {
	return await runCrm(options);
}

/**
 * Prepares any node type as n8n's `DirectoryLoader.loadNodeFromFile` does for the routing engine:
 * each version of a versioned node type, or the node itself, gets the declarative "Request Options".
 */
export function loadNodeType<T extends INodeType | IVersionedNodeType>(nodeType: T): T {
	const versions =
		'nodeVersions' in nodeType ? Object.values(nodeType.nodeVersions) : [nodeType as INodeType];
	for (const version of versions) DirectoryLoader.applyDeclarativeNodeOptionParameters(version);
	return nodeType;
}

export async function runCrm(options: RunOptions): Promise<RunResult> {
	const nodeType = options.nodeType ?? crmNode;
	if (options.credentialTypes) registerCredentialTypes(...options.credentialTypes);
	const extra: Partial<INode> = options.continueOnFail ? { onError: 'continueRegularOutput' } : {};
	if (options.nodeTypeName) extra.type = options.nodeTypeName;
	if (options.typeVersion !== undefined) extra.typeVersion = options.typeVersion;
	const { node, workflow } = singleNodeWorkflow(
		nodeType,
		'nodeVersions' in nodeType || options.asSaved
			? options.parameters
			: asStored(nodeType, options.parameters),
		extra,
		options.credentialType,
	);
	const credentialsHelper = new TestCredentialsHelper(structuredClone(options.credentials));
	const executionId = `exec-${++executionCounter}`;
	const hooks = new ExecutionLifecycleHooks('manual', executionId, {
		id: 'wf',
		name: 'test',
		active: false,
		isArchived: false,
		nodes: [node],
		connections: {},
		createdAt: new Date(),
		updatedAt: new Date(),
		activeVersionId: null,
	} as never);
	let finish!: (run: IRun) => void;
	const finished = new Promise<IRun>((resolve) => (finish = resolve));
	hooks.addHandler('workflowExecuteAfter', (run) => finish(run));
	const additionalData = testAdditionalData(executionId, hooks, credentialsHelper);
	const runData = createRunExecutionData({
		executionData: {
			nodeExecutionStack: [
				{ node, data: { main: [options.items ?? [{ json: {} }]] }, source: null },
			],
		},
	});
	const execution = new WorkflowExecute(additionalData, 'manual', runData).processRunExecutionData(
		workflow,
	);
	void options.cancel?.then(() => execution.cancel());
	// After a cancel this resolves only once the node's requests have all ended.
	await execution;
	const run = await finished;
	const task = run.data.resultData.runData[node.name]?.[0];
	return {
		run,
		items: task?.data?.main?.[0] ?? [],
		error: (task?.error ?? run.data.resultData.error) as RunResult['error'],
		credentialsHelper,
	};
}
