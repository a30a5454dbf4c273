const PEM_BLOCK = /-----BEGIN ([A-Z0-9 ]+)-----([\s\S]*?)-----END \1-----/;
const BASE64_BODY = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * Removes what a paste adds around a key: whitespace of any kind (line breaks, CR, indentation,
 * spaces of a key put on one line) and the literal `\n` / `\r` escapes of a key copied out of JSON
 * or an env file. Base64 and hex never contain either, so nothing of the key itself is lost.
 */
export function compactKeyText(text: string): string {
	return text.replace(/\\[rn]|\s+/g, '');
}

/**
 * A pasted PEM block rebuilt the way OpenSSL reads it: its header, the base64 body in lines of
 * 64 characters, its footer. Undefined when the text holds no complete PEM block or the body is
 * not base64, so a garbled key is refused instead of half-read.
 */
export function normalisePem(text: string): string | undefined {
	const block = PEM_BLOCK.exec(text.replace(/\\[rn]/g, '\n'));
	if (block === null) return undefined;
	const label = block[1].trim();
	const body = compactKeyText(block[2]);
	if (label === '' || body.length % 4 !== 0 || !BASE64_BODY.test(body)) return undefined;
	const lines = body.match(/.{1,64}/g)!.join('\n');
	return `-----BEGIN ${label}-----\n${lines}\n-----END ${label}-----\n`;
}
