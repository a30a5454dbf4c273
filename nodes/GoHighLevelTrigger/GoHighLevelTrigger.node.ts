import type {
	IHookFunctions,
	INodeType,
	INodeTypeDescription,
	IWebhookFunctions,
	IWebhookResponseData,
} from 'n8n-workflow';
import { NodeConnectionTypes } from 'n8n-workflow';

import { DEFAULT_SECRET_HEADER, handleDelivery } from './delivery';
import { EVENT_OPTIONS } from './events';
import { DEFAULT_REPLAY_WINDOW_SECONDS } from './replay';

const marketplace = { source: ['marketplaceApp'] };
const workflowAction = { source: ['workflowAction'] };

export class GoHighLevelTrigger implements INodeType {
	description: INodeTypeDescription = {
		displayName: 'GoHighLevel Trigger',
		name: 'goHighLevelTrigger',
		icon: {
			light: 'file:../../icons/gohighlevel.svg',
			dark: 'file:../../icons/gohighlevel.dark.svg',
		},
		group: ['trigger'],
		version: 1,
		subtitle:
			'={{$parameter["source"] === "workflowAction" ? "Workflow webhook action" : "Events: " + $parameter["events"].join(", ")}}',
		description: 'Starts the workflow when HighLevel (GoHighLevel) sends a signed webhook',
		defaults: {
			name: 'GoHighLevel Trigger',
		},
		inputs: [],
		outputs: [NodeConnectionTypes.Main],
		webhooks: [
			{
				name: 'default',
				httpMethod: 'POST',
				responseMode: 'onReceived',
				// Without it n8n 2.41 answers onReceived webhooks with the literal "firstEntryJson".
				responseData: 'noData',
				path: 'webhook',
			},
		],
		properties: [
			{
				displayName: 'Source',
				name: 'source',
				type: 'options',
				options: [
					{
						name: 'Marketplace App Webhook',
						value: 'marketplaceApp',
						description:
							'Events of your HighLevel Marketplace app, signed by HighLevel (x-ghl-signature)',
					},
					{
						name: 'HighLevel Workflow Webhook Action',
						value: 'workflowAction',
						description:
							'A "Webhook" action in a HighLevel workflow, authenticated with a shared secret',
					},
				],
				default: 'marketplaceApp',
			},
			{
				displayName: 'Events',
				name: 'events',
				type: 'multiOptions',
				// Ordered by area with appointment and campaign events first, not alphabetically.
				options: EVENT_OPTIONS,
				default: [
					'AppointmentCreate',
					'AppointmentUpdate',
					'AppointmentDelete',
					'CampaignStatusUpdate',
				],
				required: true,
				displayOptions: { show: marketplace },
				description:
					'Events that start the workflow; others are answered with 200 and ignored. Your Marketplace app must also subscribe to them.',
			},
			{
				displayName: 'Verify Requests',
				name: 'verifyRequests',
				type: 'boolean',
				default: true,
				description:
					'Whether to reject (401) any request without a valid HighLevel signature or shared secret',
			},
			{
				displayName:
					'Verification is off: anyone who learns this URL can start the workflow with any payload. Turn it off only for a quick test.',
				name: 'verificationOffNotice',
				type: 'notice',
				default: '',
				displayOptions: { show: { verifyRequests: [false] } },
			},
			{
				displayName: 'Ed25519 Public Key',
				name: 'publicKey',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA...\n-----END PUBLIC KEY-----',
				displayOptions: { show: { ...marketplace, verifyRequests: [true] } },
				description:
					"HighLevel's public key for the x-ghl-signature header, as shown for your Marketplace app: PEM (line breaks, indentation or all on one line are fine), its base64 body, or the raw 32-byte key as base64 or hex. Deliveries signed with x-ghl-signature are rejected while it is empty or unreadable.",
			},
			{
				displayName: 'Accept Legacy RSA Signature',
				name: 'allowLegacyRsa',
				type: 'boolean',
				default: true,
				displayOptions: { show: { ...marketplace, verifyRequests: [true] } },
				description:
					'Whether to accept deliveries signed only with the legacy x-wh-signature header (RSA, being retired by HighLevel). A delivery carrying x-ghl-signature is always judged by that header alone.',
			},
			{
				displayName: 'Legacy RSA Public Key',
				name: 'legacyRsaPublicKey',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				placeholder: 'Leave empty to use the key HighLevel publishes',
				displayOptions: {
					show: { ...marketplace, verifyRequests: [true], allowLegacyRsa: [true] },
				},
				description:
					"PEM key for x-wh-signature (line breaks, indentation or all on one line are fine, or its base64 body alone). Empty uses HighLevel's published key built into this node; set it only if HighLevel rotates that key.",
			},
			{
				displayName: 'Shared Secret',
				name: 'sharedSecret',
				type: 'string',
				typeOptions: { password: true },
				default: '',
				required: true,
				displayOptions: { show: { ...workflowAction, verifyRequests: [true] } },
				description:
					'A long random value. Add it to the HighLevel Webhook action as a header (see Secret Header Name) or append ?token=… to the URL.',
			},
			{
				displayName: 'Secret Header Name',
				name: 'secretHeaderName',
				// The header's name is not a secret; the value it carries is the Shared Secret above.
				// eslint-disable-next-line n8n-nodes-base/node-param-type-options-password-missing
				type: 'string',
				default: DEFAULT_SECRET_HEADER,
				displayOptions: { show: { ...workflowAction, verifyRequests: [true] } },
				description:
					'Header that carries the shared secret. When it is absent the "token" query parameter is used.',
			},
			{
				displayName: 'Ed25519 Public Key',
				name: 'publicKey',
				type: 'string',
				typeOptions: { rows: 3 },
				default: '',
				displayOptions: { show: { ...workflowAction, verifyRequests: [true] } },
				description:
					'Optional. When set, a request that carries x-ghl-signature must also have a valid Ed25519 signature.',
			},
			{
				displayName: 'Location IDs',
				name: 'locationIds',
				type: 'string',
				default: '',
				placeholder: 've9EPM428h8vShlRW1KT, otg8dTQqGLh3Q6iQI55w',
				description:
					'Comma-separated sub-account (location) IDs. When set, only deliveries that name one of them start the workflow (wherever the event names it: locationId, the location itself for Location events, …). Others are answered with 200 and ignored, and so are events that name no sub-account, such as an agency-level app install.',
			},
			{
				displayName: 'Options',
				name: 'options',
				type: 'collection',
				placeholder: 'Add option',
				default: {},
				options: [
					{
						displayName: 'Replay Window (Seconds)',
						name: 'replayWindowSeconds',
						type: 'number',
						typeOptions: { minValue: 1 },
						default: DEFAULT_REPLAY_WINDOW_SECONDS,
						description:
							'Deliveries whose "timestamp" is older, or further in the future, than this are rejected with 401',
					},
				],
			},
		],
	};

	// HighLevel has no API to subscribe a URL to webhooks: a Marketplace app has one webhook URL set in
	// the developer portal, and a workflow Webhook action posts to whatever URL is pasted into it. So
	// there is nothing to check, register or remove here.
	webhookMethods = {
		default: {
			async checkExists(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async create(this: IHookFunctions): Promise<boolean> {
				return true;
			},
			async delete(this: IHookFunctions): Promise<boolean> {
				return true;
			},
		},
	};

	async webhook(this: IWebhookFunctions): Promise<IWebhookResponseData> {
		return await handleDelivery(this);
	}
}
