import { createHash, createPublicKey, timingSafeEqual, verify } from 'crypto';
import type { KeyObject } from 'crypto';

import { compactKeyText, normalisePem } from './pem';

/**
 * HighLevel's published RSA-4096 key for the legacy `x-wh-signature` header, as printed in
 * HighLevel's Webhook Integration Guide / docs/oauth/WebhookAuthentication.md
 * (GoHighLevel/highlevel-api-docs). HighLevel announced that header's retirement for 2026.
 */
export const HIGHLEVEL_LEGACY_RSA_PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MIICIjANBgkqhkiG9w0BAQEFAAOCAg8AMIICCgKCAgEAokvo/r9tVgcfZ5DysOSC
Frm602qYV0MaAiNnX9O8KxMbiyRKWeL9JpCpVpt4XHIcBOK4u3cLSqJGOLaPuXw6
dO0t6Q/ZVdAV5Phz+ZtzPL16iCGeK9po6D6JHBpbi989mmzMryUnQJezlYJ3DVfB
csedpinheNnyYeFXolrJvcsjDtfAeRx5ByHQmTnSdFUzuAnC9/GepgLT9SM4nCpv
uxmZMxrJt5Rw+VUaQ9B8JSvbMPpez4peKaJPZHBbU3OdeCVx5klVXXZQGNHOs8gF
3kvoV5rTnXV0IknLBXlcKKAQLZcY/Q9rG6Ifi9c+5vqlvHPCUJFT5XUGG5RKgOKU
J062fRtN+rLYZUV+BjafxQauvC8wSWeYja63VSUruvmNj8xkx2zE/Juc+yjLjTXp
IocmaiFeAO6fUtNjDeFVkhf5LNb59vECyrHD2SQIrhgXpO4Q3dVNA5rw576PwTzN
h/AMfHKIjE4xQA1SZuYJmNnmVZLIZBlQAF9Ntd03rfadZ+yDiOXCCs9FkHibELhC
HULgCsnuDJHcrGNd5/Ddm5hxGQ0ASitgHeMZ0kcIOwKDOzOU53lDza6/Y09T7sYJ
PQe7z0cvj7aE4B+Ax1ZoZGPzpJlZtGXCsu9aTEGEnKzmsFqwcSsnw3JB31IGKAyk
T1hhTiaCeIY/OwwwNUY2yvcCAwEAAQ==
-----END PUBLIC KEY-----`;

/** DER prefix of an Ed25519 SubjectPublicKeyInfo; the 32 key bytes follow it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
const BASE64URL = /^[A-Za-z0-9_-]+={0,2}$/;
const HEX_32_BYTES = /^[0-9a-fA-F]{64}$/;

/** Strict base64 (standard or URL-safe); undefined for anything else, never a lenient partial decode. */
export function decodeBase64(text: string): Buffer | undefined {
	const s = text.trim();
	if (s.length === 0 || s.length % 4 === 1) return undefined;
	if (BASE64.test(s)) return Buffer.from(s, 'base64');
	if (BASE64URL.test(s)) return Buffer.from(s, 'base64url');
	return undefined;
}

/**
 * A public key from a PEM block (whitespace and line breaks as pasted are tolerated) or, without
 * header lines, from the base64 of its SPKI DER. Throws when the text is neither.
 */
function parsePublicKey(text: string, raw32?: (bytes: Buffer) => Buffer): KeyObject {
	if (text.includes('-----BEGIN')) {
		const pem = normalisePem(text);
		if (pem === undefined) throw new Error('The PEM block is incomplete or its body is not base64');
		return createPublicKey(pem);
	}
	const compact = compactKeyText(text);
	let der = HEX_32_BYTES.test(compact) ? Buffer.from(compact, 'hex') : decodeBase64(compact);
	if (der === undefined) throw new Error('The key is neither PEM, base64 nor hex');
	if (raw32 !== undefined && der.length === 32) der = raw32(der);
	return createPublicKey({ key: der, format: 'der', type: 'spki' });
}

/**
 * Accepts the key as HighLevel may show it: a PEM SPKI block, the SPKI DER as base64
 * (a PEM body without its header lines), or the raw 32-byte key as base64 or hex.
 * Throws when the text is not an Ed25519 public key.
 */
export function parseEd25519PublicKey(text: string): KeyObject {
	const key = parsePublicKey(text, (raw) => Buffer.concat([ED25519_SPKI_PREFIX, raw]));
	if (key.asymmetricKeyType !== 'ed25519') {
		throw new Error(
			`Expected an Ed25519 public key, got ${key.asymmetricKeyType ?? 'an unknown key'}`,
		);
	}
	return key;
}

/** A PEM block, or its base64 body without header lines. */
export function parseRsaPublicKey(text: string): KeyObject {
	const key = parsePublicKey(text);
	if (key.asymmetricKeyType !== 'rsa') {
		throw new Error(`Expected an RSA public key, got ${key.asymmetricKeyType ?? 'an unknown key'}`);
	}
	return key;
}

export function verifyEd25519(rawBody: Buffer, signatureHeader: string, key: KeyObject): boolean {
	const signature = decodeBase64(signatureHeader);
	if (signature === undefined || signature.length !== 64) return false;
	try {
		return verify(null, rawBody, key, signature);
	} catch {
		return false;
	}
}

/** RSA-SHA256, PKCS#1 v1.5 (Node's default padding for `verify` with an RSA key). */
export function verifyRsaSha256(rawBody: Buffer, signatureHeader: string, key: KeyObject): boolean {
	const signature = decodeBase64(signatureHeader);
	if (signature === undefined || signature.length === 0) return false;
	try {
		return verify('sha256', rawBody, key, signature);
	} catch {
		return false;
	}
}

/** Constant-time comparison; hashing first makes both sides the same length. */
export function secretsMatch(provided: string, expected: string): boolean {
	const a = createHash('sha256').update(provided, 'utf8').digest();
	const b = createHash('sha256').update(expected, 'utf8').digest();
	return timingSafeEqual(a, b) && expected.length > 0;
}
