import { randomBytes } from 'node:crypto';

import type {
	IDataObject,
	IExecuteSingleFunctions,
	IHttpRequestOptions,
	IN8nHttpFullResponse,
	INodeExecutionData,
	INodeProperties,
} from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';

/**
 * Files in and out of HighLevel: downloads come back as n8n binary data named as the server names
 * them, uploads go out as multipart bodies built from an n8n binary property.
 */

/** The n8n binary property a file is read from or written to. */
export function binaryPropertyInput(purpose: 'upload' | 'download'): INodeProperties {
	return {
		displayName: purpose === 'upload' ? 'Input Binary Field' : 'Put Output File in Field',
		name: 'binaryPropertyName',
		type: 'string',
		default: 'data',
		required: true,
		hint:
			purpose === 'upload'
				? 'The name of the input binary field holding the file'
				: 'The name of the output binary field to put the file in',
	};
}

/** The file name a `Content-Disposition` header gives (RFC 6266: `filename*` first), if any. */
export function fileNameOf(disposition: unknown): string | undefined {
	if (typeof disposition !== 'string') return undefined;
	const extended = /filename\*\s*=\s*([^']*)'[^']*'([^;]+)/i.exec(disposition);
	if (extended) {
		try {
			return decodeURIComponent(extended[2].trim().replace(/^"|"$/g, ''));
		} catch {
			// fall through to the plain name
		}
	}
	const plain = /filename\s*=\s*("((?:[^"\\]|\\.)*)"|[^;]+)/i.exec(disposition);
	if (!plain) return undefined;
	const name = (plain[2] !== undefined ? plain[2].replace(/\\(.)/g, '$1') : plain[1]).trim();
	// Only the last path segment: a server's name never chooses a folder.
	return name.split(/[\\/]/).pop() || undefined;
}

/** preSend of a download: the answer is read as bytes, not parsed. */
export async function asBytes(
	this: IExecuteSingleFunctions,
	options: IHttpRequestOptions,
): Promise<IHttpRequestOptions> {
	options.encoding = 'arraybuffer';
	options.json = false;
	options.headers = { ...options.headers, Accept: '*/*' };
	return options;
}

/**
 * postReceive of a download: one item whose binary field holds the answer's bytes, with the file
 * name from `Content-Disposition` (else `fallbackName`) and the answer's content type.
 */
export function toBinary(fallbackName: string) {
	return async function (
		this: IExecuteSingleFunctions,
		_items: INodeExecutionData[],
		response: IN8nHttpFullResponse,
	): Promise<INodeExecutionData[]> {
		const body = response.body as unknown;
		const bytes = Buffer.isBuffer(body)
			? body
			: body instanceof ArrayBuffer
				? Buffer.from(body)
				: Buffer.from(typeof body === 'string' ? body : JSON.stringify(body ?? ''));
		const headers = (response.headers ?? {}) as IDataObject;
		const fileName = fileNameOf(headers['content-disposition']) ?? fallbackName;
		const mimeType = String(headers['content-type'] ?? 'application/octet-stream')
			.split(';')[0]
			.trim();
		const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim() || 'data';
		const binary = await this.helpers.prepareBinaryData(bytes, fileName, mimeType);
		return [
			{
				json: { fileName, mimeType, fileSize: bytes.length },
				binary: { [property]: binary },
				pairedItem: { item: this.getItemIndex() },
			},
		];
	};
}

function quoted(value: string): string {
	return value.replace(/[\r\n"\\]/g, (c) => (c === '"' ? '%22' : c === '\\' ? '\\\\' : ' '));
}

/** A multipart/form-data body: every field as a text part (arrays repeated), then the file. */
export function multipartBody(
	fields: IDataObject,
	file: { part: string; fileName: string; mimeType: string; bytes: Buffer },
): { body: Buffer; contentType: string } {
	const boundary = `----n8nGoHighLevel${randomBytes(12).toString('hex')}`;
	const chunks: Buffer[] = [];
	const text = (name: string, value: unknown) => {
		const content = typeof value === 'object' ? JSON.stringify(value) : String(value);
		chunks.push(
			Buffer.from(
				`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(name)}"\r\n\r\n${content}\r\n`,
			),
		);
	};
	for (const [name, value] of Object.entries(fields)) {
		if (value === undefined || value === null) continue;
		if (Array.isArray(value)) for (const item of value) text(name, item);
		else text(name, value);
	}
	chunks.push(
		Buffer.from(
			`--${boundary}\r\nContent-Disposition: form-data; name="${quoted(file.part)}"; filename="${quoted(file.fileName)}"\r\nContent-Type: ${file.mimeType}\r\n\r\n`,
		),
		file.bytes,
		Buffer.from(`\r\n--${boundary}--\r\n`),
	);
	return { body: Buffer.concat(chunks), contentType: `multipart/form-data; boundary=${boundary}` };
}

/**
 * Encoder of an upload: the prepared JSON body (location placed, empty inputs dropped) becomes a
 * multipart body with the file of the item's binary field as `part`.
 */
export function multipartUpload(part: string) {
	return async function (
		this: IExecuteSingleFunctions,
		options: IHttpRequestOptions,
	): Promise<IHttpRequestOptions> {
		const property = String(this.getNodeParameter('binaryPropertyName', 'data')).trim();
		const item = this.getInputData();
		if (!property || !item.binary?.[property]) {
			const present = Object.keys(item.binary ?? {});
			throw new NodeOperationError(
				this.getNode(),
				`"Input Binary Field": the item has no binary field "${property}"`,
				{
					description: present.length
						? `Set "Input Binary Field" to one of the item's binary fields: ${present.join(', ')}.`
						: 'The input item carries no file. Read one first (e.g. with "Read/Write Files from Disk" or an HTTP Request that downloads it).',
					itemIndex: this.getItemIndex(),
				},
			);
		}
		const meta = this.helpers.assertBinaryData(property);
		const bytes = await this.helpers.getBinaryDataBuffer(property);
		const fields =
			options.body && typeof options.body === 'object' && !Buffer.isBuffer(options.body)
				? (options.body as IDataObject)
				: {};
		const { body, contentType } = multipartBody(fields, {
			part,
			fileName: meta.fileName ?? property,
			mimeType: meta.mimeType || 'application/octet-stream',
			bytes,
		});
		return {
			...options,
			body,
			json: false,
			headers: { ...options.headers, 'Content-Type': contentType },
		};
	};
}
