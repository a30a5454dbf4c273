import type { CapturedRequest } from '../helpers/fakeHighLevel';

export interface Part {
	name: string;
	fileName?: string;
	contentType?: string;
	bytes: Buffer;
}

/** Splits a multipart/form-data body into its parts, bytes untouched. */
export function parseMultipart(request: CapturedRequest): Part[] {
	const type = String(request.headers['content-type'] ?? '');
	const boundary = /boundary=("?)([^";]+)\1/.exec(type)?.[2];
	if (!boundary) throw new Error(`not a multipart body: ${type}`);
	const delimiter = Buffer.from(`--${boundary}`);
	const parts: Part[] = [];
	let at = request.rawBytes.indexOf(delimiter);
	while (at >= 0) {
		const start = at + delimiter.length;
		if (request.rawBytes.subarray(start, start + 2).toString() === '--') break;
		const next = request.rawBytes.indexOf(delimiter, start);
		const chunk = request.rawBytes.subarray(start + 2, next - 2); // after CRLF, before CRLF
		const split = chunk.indexOf('\r\n\r\n');
		const head = chunk.subarray(0, split).toString('utf8');
		const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? '';
		parts.push({
			name: /\bname="([^"]*)"/.exec(disposition)?.[1] ?? '',
			fileName: /filename="([^"]*)"/.exec(disposition)?.[1],
			contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1],
			bytes: chunk.subarray(split + 4),
		});
		at = next;
	}
	return parts;
}

/** The request with its multipart fields as the body, as a validator reads a form. */
export function asForm(request: CapturedRequest, arrays: string[] = []): CapturedRequest {
	const body: Record<string, unknown> = {};
	for (const part of parseMultipart(request)) {
		const value =
			part.fileName !== undefined ? part.bytes.toString('latin1') : part.bytes.toString();
		if (arrays.includes(part.name))
			body[part.name] = [...((body[part.name] as string[]) ?? []), value];
		else body[part.name] = value;
	}
	return { ...request, body };
}
