import { randomBytes } from 'node:crypto';

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	INodeProperties,
	PreSendAction,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * multipart/form-data request bodies built from n8n binary properties, for declarative operations.
 *
 * The body is encoded by hand into one Buffer with its boundary, and sent with its own Content-Type.
 * A Buffer, unlike a FormData stream, can be sent again unchanged: the transport retries 429s and
 * transient failures, and n8n re-sends an OAuth2 request after refreshing an expired token. It also
 * needs no runtime dependency.
 *
 * Use: `hooks: { preSend: [multipartPreSend(parts)] }` on an operation. The preSend reads the files;
 * the transport encodes the body once every input is in place (`encodePendingMultipart`).
 */

/** One file part: the part's name and the n8n binary property of the item that holds the file. */
export interface BinaryPart {
	name: string;
	binaryPropertyName: string;
}

/** The file parts of the current item, read from the node's parameters. */
export type PartsOf = (this: IExecuteSingleFunctions) => BinaryPart[];

export interface FileLimit {
	/** Largest file accepted, in bytes: a larger one is refused before any request. */
	maxFileBytes?: number;
	/** How the limit reads in the error, e.g. "25 MB". */
	maxFileLabel?: string;
}

/** A part ready to encode: text, or a file with its name and type. */
export interface EncodedPart {
	name: string;
	value: string | Buffer;
	fileName?: string;
	contentType?: string;
}

const CRLF = '\r\n';

/** Quotes a header parameter value: line breaks become spaces, `"` becomes %22 as browsers write it. */
function quoted(value: string): string {
	return `"${value.replace(/[\r\n]+/g, ' ').replace(/"/g, '%22')}"`;
}

/** Encodes parts as multipart/form-data; returns the body and its Content-Type (with the boundary). */
export function encodeMultipart(parts: EncodedPart[]): { body: Buffer; contentType: string } {
	const boundary = `----n8nGoHighLevel${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	for (const part of parts) {
		let head = `--${boundary}${CRLF}Content-Disposition: form-data; name=${quoted(part.name)}`;
		if (part.fileName !== undefined) head += `; filename=${quoted(part.fileName)}`;
		head += CRLF;
		if (part.contentType) head += `Content-Type: ${part.contentType.replace(/[\r\n]/g, '')}${CRLF}`;
		chunks.push(Buffer.from(head + CRLF, 'utf8'));
		chunks.push(typeof part.value === 'string' ? Buffer.from(part.value, 'utf8') : part.value);
		chunks.push(Buffer.from(CRLF, 'utf8'));
	}
	chunks.push(Buffer.from(`--${boundary}--${CRLF}`, 'utf8'));
	return {
		body: Buffer.concat(chunks),
		contentType: `multipart/form-data; boundary=${boundary}`,
	};
}

/** A body field as form text: strings as they are, arrays one part per entry, objects as JSON. */
function textParts(body: IDataObject): EncodedPart[] {
	const parts: EncodedPart[] = [];
	for (const [name, value] of Object.entries(body)) {
		if (value === undefined || value === null) continue;
		const values = Array.isArray(value) ? value : [value];
		for (const entry of values) {
			parts.push({
				name,
				value: typeof entry === 'object' ? JSON.stringify(entry) : String(entry),
			});
		}
	}
	return parts;
}

/** The file parts a preSend read, waiting for the body's final fields (see `encodePendingMultipart`). */
const PENDING_FILES = Symbol('multipart file parts');

type Pending = IHttpRequestOptions & { [PENDING_FILES]?: EncodedPart[] };

/**
 * A preSend that makes the request multipart/form-data. It reads each binary part of `parts` now
 * (a file over `maxFileBytes` stops the item before any request), and leaves the body's fields as
 * they are: every other preSend (JSON fields, lists, dates) and the transport (location, empty
 * inputs dropped) still shape them. The transport then calls `encodePendingMultipart`, which turns
 * every body field into a text part and adds the files with their file names and MIME types.
 * (`prepareRequest` does so for every operation the builder makes; a request sent another way must
 * call it itself.)
 */
export function multipartPreSend(parts: PartsOf, options: FileLimit = {}): PreSendAction {
	return async function (this: IExecuteSingleFunctions, request: IHttpRequestOptions) {
		const files: EncodedPart[] = [];
		for (const part of parts.call(this)) {
			const property = part.binaryPropertyName.trim();
			if (!property) {
				throw new NodeOperationError(this.getNode(), 'No input binary field given', {
					description: 'Give the name of the binary property that holds the file, e.g. "data".',
					itemIndex: this.getItemIndex(),
				});
			}
			const binary = this.helpers.assertBinaryData(property);
			const tooLarge = (size: number) =>
				new NodeOperationError(
					this.getNode(),
					`The file in "${property}" is too large: ${size} bytes, over HighLevel's limit of ${options.maxFileLabel ?? `${options.maxFileBytes} bytes`}`,
					{
						description: 'Nothing was sent. Upload a smaller file, or host it and upload by URL.',
						itemIndex: this.getItemIndex(),
					},
				);
			const limit = options.maxFileBytes;
			// A stored file's size is known without reading it.
			if (limit !== undefined && typeof binary.bytes === 'number' && binary.bytes > limit) {
				throw tooLarge(binary.bytes);
			}
			const bytes = await this.helpers.getBinaryDataBuffer(property);
			if (limit !== undefined && bytes.length > limit) throw tooLarge(bytes.length);
			files.push({
				name: part.name,
				value: bytes,
				fileName: binary.fileName ?? part.name,
				contentType: binary.mimeType || 'application/octet-stream',
			});
		}
		(request as Pending)[PENDING_FILES] = files;
		return request;
	};
}

/**
 * Encodes a request marked by `multipartPreSend` once its body is final: each body field becomes a
 * text part, then the files follow. Requests without the mark are left alone.
 */
export function encodePendingMultipart(request: IHttpRequestOptions): void {
	const pending = request as Pending;
	const files = pending[PENDING_FILES];
	if (!files) return;
	delete pending[PENDING_FILES];
	const body =
		request.body && typeof request.body === 'object' && request.body.constructor === Object
			? (request.body as IDataObject)
			: {};
	const { body: multipart, contentType } = encodeMultipart([...textParts(body), ...files]);
	const headers = Object.fromEntries(
		Object.entries(request.headers ?? {}).filter(([key]) => key.toLowerCase() !== 'content-type'),
	);
	request.headers = { ...headers, 'Content-Type': contentType };
	request.body = multipart;
}

/** The usual "Input Binary Field" parameter: the binary property of the item that holds the file. */
export function binaryPropertyInput(
	name = 'binaryPropertyName',
	description = 'Name of the binary property of the input item that holds the file',
): INodeProperties {
	return {
		displayName: 'Input Binary Field',
		name,
		type: 'string',
		default: 'data',
		required: true,
		hint: 'The name of the input binary field containing the file to be uploaded',
		description,
	};
}

/** One file from the binary property named by a node parameter (`binaryPropertyName` by default). */
export function fileFromParameter(partName: string, parameter = 'binaryPropertyName') {
	return function (this: IExecuteSingleFunctions): BinaryPart[] {
		return [
			{ name: partName, binaryPropertyName: String(this.getNodeParameter(parameter, 'data')) },
		];
	};
}
