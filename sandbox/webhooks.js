'use strict';
// Signs and delivers HighLevel-style webhook events: Ed25519 (`x-ghl-signature`, the current scheme) and
// legacy RSA-SHA256 (`x-wh-signature`), each a base64 signature over the exact raw body bytes.
const crypto = require('node:crypto');
const fs = require('node:fs');
const path = require('node:path');

/** Loads the key pair saved in `file` (PEM private keys), or generates one and saves it there. */
function loadOrCreateKeys(file) {
	if (!file) return generateKeys();
	if (fs.existsSync(file)) {
		const saved = JSON.parse(fs.readFileSync(file, 'utf8'));
		const ed = crypto.createPrivateKey(saved.ed25519);
		const rsa = crypto.createPrivateKey(saved.rsa);
		return {
			ed25519: {
				privateKey: ed,
				publicKeyPem: crypto.createPublicKey(ed).export({ type: 'spki', format: 'pem' }).toString(),
			},
			rsa: {
				privateKey: rsa,
				publicKeyPem: crypto
					.createPublicKey(rsa)
					.export({ type: 'spki', format: 'pem' })
					.toString(),
			},
		};
	}
	const keys = generateKeys();
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const pem = (k) => k.export({ type: 'pkcs8', format: 'pem' }).toString();
	fs.writeFileSync(
		file,
		JSON.stringify({ ed25519: pem(keys.ed25519.privateKey), rsa: pem(keys.rsa.privateKey) }),
		{ mode: 0o600 },
	);
	return keys;
}

function generateKeys() {
	const ed = crypto.generateKeyPairSync('ed25519');
	const rsa = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
	return {
		ed25519: {
			privateKey: ed.privateKey,
			publicKeyPem: ed.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		},
		rsa: {
			privateKey: rsa.privateKey,
			publicKeyPem: rsa.publicKey.export({ type: 'spki', format: 'pem' }).toString(),
		},
	};
}

function signEd25519(keys, raw) {
	return crypto.sign(null, raw, keys.ed25519.privateKey).toString('base64');
}

function signRsa(keys, raw) {
	return crypto.sign('sha256', raw, keys.rsa.privateKey).toString('base64');
}

/** The "#### Example" payload of docs/webhook events/<type>.md, or undefined. */
function docExample(docsDir, type) {
	if (!docsDir) return undefined;
	const file = path.join(docsDir, 'docs', 'webhook events', `${type}.md`);
	if (!fs.existsSync(file)) return undefined;
	const text = fs.readFileSync(file, 'utf8');
	const at = text.indexOf('#### Example');
	if (at < 0) return undefined;
	const m = /```json\s*\n([\s\S]*?)```/.exec(text.slice(at));
	if (!m) return undefined;
	try {
		return JSON.parse(m[1]);
	} catch {
		return undefined;
	}
}

function listEventTypes(docsDir) {
	if (!docsDir) return [];
	const dir = path.join(docsDir, 'docs', 'webhook events');
	if (!fs.existsSync(dir)) return [];
	return fs
		.readdirSync(dir)
		.filter((f) => f.endsWith('.md'))
		.map((f) => f.replace(/\.md$/, ''))
		.sort();
}

/**
 * Sends one event to every target URL. `signing`: 'both' (default), 'ed25519', 'rsa', 'none' or 'forged'
 * (a valid-looking signature made with a different key). Returns the delivery records.
 * @param {{ keys: any, targets: string[], payload: any, signing?: string, rawBody?: string | Buffer, timeoutMs?: number }} options
 */
async function deliver({ keys, targets, payload, signing = 'both', rawBody, timeoutMs = 10000 }) {
	const raw = Buffer.from(rawBody !== undefined ? rawBody : JSON.stringify(payload));
	const headers = {
		'content-type': 'application/json',
		'user-agent': 'HighLevel-Sandbox-Webhooks/1.0',
	};
	if (signing === 'both' || signing === 'ed25519')
		headers['x-ghl-signature'] = signEd25519(keys, raw);
	if (signing === 'both' || signing === 'rsa') headers['x-wh-signature'] = signRsa(keys, raw);
	if (signing === 'forged') {
		const other = generateKeys();
		headers['x-ghl-signature'] = signEd25519(other, raw);
		headers['x-wh-signature'] = signRsa(other, raw);
	}
	const results = [];
	for (const url of targets) {
		const rec = {
			url,
			type: payload && payload.type,
			webhookId: payload && payload.webhookId,
			signing,
			at: new Date().toISOString(),
		};
		try {
			const res = await fetch(url, {
				method: 'POST',
				headers,
				body: raw,
				signal: AbortSignal.timeout(timeoutMs),
			});
			rec.status = res.status;
			rec.response = (await res.text()).slice(0, 2000);
		} catch (e) {
			rec.status = 0;
			rec.error = e.message;
		}
		results.push(rec);
	}
	return results;
}

module.exports = {
	generateKeys,
	loadOrCreateKeys,
	signEd25519,
	signRsa,
	docExample,
	listEventTypes,
	deliver,
};
