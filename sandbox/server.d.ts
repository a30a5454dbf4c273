// Types for the HighLevel sandbox (sandbox/server.js, plain CommonJS so `npm start` runs it without a build).
export interface SandboxOptions {
	host?: string;
	port?: number;
	/** The sub-account Private Integration Token (of `locationId`). */
	token?: string;
	/** The agency Private Integration Token (of `companyId`). */
	agencyToken?: string;
	locationId?: string;
	/** A second sub-account of the agency (OAuth installs and token exchange). */
	secondLocationId?: string;
	companyId?: string;
	/** The Marketplace app the OAuth pages and `/oauth/token` accept. */
	oauth?: { clientId: string; clientSecret: string; expiresIn: number };
	/** Folder holding HighLevel's apps/*.json and common/ (default: HIGHLEVEL_API_DOCS or ../shared/highlevel-api). */
	apiDocsDir?: string;
	rateLimit?: { max?: number; intervalMs?: number; daily?: number; window?: 'fixed' | 'sliding' };
	webhookUrls?: string[];
	webhookSigning?: 'both' | 'ed25519' | 'rsa' | 'none' | 'forged';
	/** Event types sent to the webhook URLs (a Marketplace app's subscriptions); default all. */
	webhookEvents?: string[];
	logLimit?: number;
	/** JSON file keeping the webhook signing keys across restarts (created when missing). */
	keysFile?: string;
}

export interface LoggedRequest {
	seq: number;
	at: string;
	method: string;
	path: string;
	query: Record<string, string>;
	headers: Record<string, string | string[] | undefined>;
	operation?: string;
	body?: unknown;
	status: number;
	error?: unknown;
	rateLimited?: boolean;
	fromSpec?: boolean;
	/** Files of a multipart request, with their size and SHA-256. */
	files?: Array<{
		field: string;
		fileName: string;
		mimeType: string;
		size: number;
		sha256: string;
	}>;
}

/** A message of the conversations store, as the API shows it. */
export interface SandboxMessage {
	id: string;
	conversationId: string;
	contactId: string;
	locationId: string;
	type: string;
	messageType: string;
	direction: 'inbound' | 'outbound' | string;
	status: string;
	body: string;
	attachments: string[];
	to?: string;
	altId?: string;
	dateAdded: string;
	[key: string]: unknown;
}

export interface Delivery {
	url?: string;
	type: string;
	webhookId: string;
	signing?: string;
	status: number | null;
	response?: string;
	error?: string;
	payload: Record<string, unknown>;
}

export interface Sandbox {
	readonly url: string;
	readonly port: number;
	readonly config: Required<Omit<SandboxOptions, 'apiDocsDir'>> & { apiDocsDir?: string };
	/** Where HighLevel's OpenAPI files were found; undefined when the sandbox serves only this package's operations. */
	readonly apiDocsDir?: string;
	readonly keys: { ed25519PublicKeyPem: string; rsaPublicKeyPem: string };
	readonly requests: LoggedRequest[];
	readonly deliveries: Delivery[];
	/** Conversations, messages (sent ones recorded) and uploaded files. */
	readonly conversations: {
		conversations: Map<string, Record<string, unknown>>;
		messages: Map<string, SandboxMessage>;
		files: Map<string, { fileName: string; mimeType: string; bytes: Buffer }>;
	};
	/** OAuth grants and token exchanges made (no token values), and expiring every access token. */
	readonly oauth: {
		view(): {
			grants: Array<{ grantType: string; userType: string; locationId?: string; at: string }>;
			exchanges: Array<{ locationId: string; at: string }>;
			activeTokens: number;
		};
		expireAll(): number;
	};
	setWebhookUrls(urls: string[]): void;
	setWebhookEvents(types: string[] | undefined): void;
	setRateLimit(r: {
		max?: number;
		intervalMs?: number;
		daily?: number;
		/** `fixed` (default): the count resets each interval; `sliding`: requests of the last interval count. */
		window?: 'fixed' | 'sliding';
	}): void;
	flush(): Promise<unknown>;
	start(): Promise<string>;
	stop(): Promise<void>;
}

export declare function createSandbox(options?: SandboxOptions): Sandbox;
export declare const CONTROL: string;
