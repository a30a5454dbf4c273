// Redis and PostgreSQL for `npm run test:queue`: Debian's packages (installed with apt-get when missing),
// run as plain local processes on loopback ports in a temporary folder. Nothing is left running: each
// process is started in its own process group and stopped by its PID.
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdirSync, readdirSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { startProcess } from '../lib/stack.mjs';
import { run, step, waitFor } from '../lib/util.mjs';

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (!existsSync(root)) return undefined;
	const versions = readdirSync(root)
		.filter((v) => existsSync(join(root, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return versions.length ? join(root, versions[0], 'bin') : undefined;
}

function has(cmd) {
	try {
		execFileSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** Installs redis-server and postgresql from Debian's packages when either is missing. */
export async function ensurePackages() {
	const missing = [];
	if (!has('redis-server')) missing.push('redis-server');
	if (!postgresBinDir() || !has('psql')) missing.push('postgresql');
	if (!missing.length) {
		console.log(
			`✔ redis-server and PostgreSQL present (${postgresBinDir()?.split('/').at(-2) ?? '?'})`,
		);
		return;
	}
	if (!isRoot)
		throw new Error(
			`${missing.join(' and ')} missing: run \`sudo apt-get install -y ${missing.join(' ')}\` first`,
		);
	await step(`Installing ${missing.join(', ')} (apt-get)`, async () => {
		const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
		await run('apt-get', ['update', '-qq'], { env });
		await run('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
	});
}

/** Sends one inline command to Redis and resolves with its first reply line. */
function redisCommand(port, command) {
	return new Promise((resolve, reject) => {
		const socket = connect(port, '127.0.0.1');
		let data = '';
		socket.setTimeout(2000, () => socket.destroy(new Error('redis timeout')));
		socket.on('connect', () => socket.write(`${command}\r\n`));
		socket.on('data', (d) => {
			data += d.toString();
			if (data.includes('\r\n')) {
				socket.end();
				resolve(data.split('\r\n')[0]);
			}
		});
		socket.on('error', reject);
	});
}

/** redis-server on 127.0.0.1:port, no persistence. */
export async function startRedis({ port, logFile }) {
	const proc = startProcess(
		'redis-server',
		['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
		{ env: process.env, logFile },
	);
	await waitFor(
		async () => {
			if (proc.exited) throw new Error(`redis-server exited: ${proc.output.slice(-1000)}`);
			return (await redisCommand(port, 'PING')) === '+PONG';
		},
		{ timeoutMs: 15000, intervalMs: 100, what: `Redis on 127.0.0.1:${port}` },
	);
	return proc;
}

/**
 * A throw-away PostgreSQL cluster in dir (initdb, trust auth on loopback, no fsync), with a user and
 * database `n8n` (password `n8n`). PostgreSQL refuses to run as root: as root it runs as the `postgres`
 * user (setpriv execs, so the PID is the postmaster's).
 */
export async function startPostgres({ port, dir, logFile }) {
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL binaries not found under /usr/lib/postgresql');
	mkdirSync(dir, { recursive: true });
	let wrap = [];
	if (isRoot) {
		const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
		chownSync(dir, uid, gid);
		wrap = ['setpriv', '--reuid=postgres', '--regid=postgres', '--init-groups'];
	}
	const as = (cmd, args) =>
		wrap.length ? [wrap[0], [...wrap.slice(1), cmd, ...args]] : [cmd, args];
	const data = join(dir, 'data');
	const [initCmd, initArgs] = as(join(bin, 'initdb'), [
		'-D',
		data,
		'-U',
		'postgres',
		'-A',
		'trust',
		'-E',
		'UTF8',
		'--no-sync',
	]);
	await run(initCmd, initArgs, { cwd: '/tmp' });
	const [cmd, args] = as(join(bin, 'postgres'), [
		'-D',
		data,
		'-p',
		String(port),
		'-c',
		'listen_addresses=127.0.0.1',
		'-c',
		`unix_socket_directories=${dir}`,
		'-c',
		'fsync=off',
		'-c',
		'synchronous_commit=off',
		'-c',
		'full_page_writes=off',
		'-c',
		'max_connections=100',
	]);
	const proc = startProcess(cmd, args, { env: process.env, cwd: '/tmp', logFile });
	await waitFor(
		async () => {
			if (proc.exited) throw new Error(`postgres exited: ${proc.output.slice(-1500)}`);
			await run('pg_isready', ['-q', '-h', '127.0.0.1', '-p', String(port)]);
			return true;
		},
		{ timeoutMs: 30000, intervalMs: 150, what: `PostgreSQL on 127.0.0.1:${port}` },
	);
	await run('psql', [
		'-h',
		'127.0.0.1',
		'-p',
		String(port),
		'-U',
		'postgres',
		'-v',
		'ON_ERROR_STOP=1',
		'-c',
		"CREATE USER n8n PASSWORD 'n8n'",
		'-c',
		'CREATE DATABASE n8n OWNER n8n',
	]);
	return proc;
}
