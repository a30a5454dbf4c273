// Small helpers shared by scripts/start.mjs and scripts/e2e: child processes, timed steps, HTTP waits.
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';

export function fmtMs(ms) {
	return ms >= 60000
		? `${Math.floor(ms / 60000)} min ${Math.round((ms % 60000) / 1000)} s`
		: `${(ms / 1000).toFixed(1)} s`;
}

/** Runs fn, printing a progress line before and the time it took after. */
export async function step(title, fn, log = console.log) {
	log(`▶ ${title} ...`);
	const t0 = Date.now();
	try {
		const r = await fn();
		log(`✔ ${title} — ${fmtMs(Date.now() - t0)}`);
		return r;
	} catch (e) {
		log(`✖ ${title} — failed after ${fmtMs(Date.now() - t0)}`);
		throw e;
	}
}

/**
 * Runs a command to completion; rejects with its output tail on a non-zero exit.
 * @param {string} cmd
 * @param {string[]} args
 * @param {{ cwd?: string, env?: NodeJS.ProcessEnv, quiet?: boolean, timeoutMs?: number }} [options]
 * @returns {Promise<string>}
 */
export function run(cmd, args, { cwd, env, quiet = true, timeoutMs = 15 * 60 * 1000 } = {}) {
	return new Promise((resolvePromise, reject) => {
		const child = spawn(cmd, args, {
			cwd,
			env: env || process.env,
			stdio: ['ignore', 'pipe', 'pipe'],
		});
		let out = '';
		const onData = (d) => {
			out += d.toString();
			if (out.length > 2_000_000) out = out.slice(-1_000_000);
			if (!quiet) process.stdout.write(d);
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
		child.on('error', (e) => {
			clearTimeout(timer);
			reject(e);
		});
		child.on('close', (code, signal) => {
			clearTimeout(timer);
			if (code === 0) resolvePromise(out);
			else {
				/** @type {Error & { output?: string }} */
				const err = new Error(
					`${cmd} ${args.join(' ')} exited with ${code ?? signal}\n${out.slice(-4000)}`,
				);
				err.output = out;
				reject(err);
			}
		});
	});
}

export function freePort() {
	return new Promise((resolvePromise, reject) => {
		const srv = createServer();
		srv.unref();
		srv.on('error', reject);
		srv.listen(0, '127.0.0.1', () => {
			const { port } = /** @type {import('node:net').AddressInfo} */ (srv.address());
			srv.close(() => resolvePromise(port));
		});
	});
}

export async function waitFor(
	fn,
	{ timeoutMs = 60000, intervalMs = 250, what = 'condition' } = {},
) {
	const t0 = Date.now();
	let last;
	while (Date.now() - t0 < timeoutMs) {
		try {
			const r = await fn();
			if (r) return r;
		} catch (e) {
			last = e;
		}
		await new Promise((r) => setTimeout(r, intervalMs));
	}
	throw new Error(
		`Timed out after ${fmtMs(timeoutMs)} waiting for ${what}${last ? `: ${last.message}` : ''}`,
	);
}

export async function waitForHttp(url, opts = {}) {
	return waitFor(
		async () => {
			const res = await fetch(url);
			return res.ok;
		},
		{ what: url, ...opts },
	);
}
