#!/usr/bin/env node
'use strict';
// Runs the HighLevel sandbox standalone:
//   node sandbox/cli.js [--port 4010] [--token T] [--location-id L] [--webhook-url URL]...
//                       [--rate-max 100] [--rate-interval-ms 10000] [--rate-daily 200000] [--ready-file F]
//                       [--webhook-events A,B]  (only these event types are sent; default all)
//                       [--keys-file F]  (keeps the webhook signing keys across restarts)
//                       [--log-limit 5000]  (request log entries kept)
//                       [--rate-window fixed|sliding]  (fixed: the count resets each interval; sliding:
//                       every request accepted within the last interval counts)
// Prints one JSON line {"event":"ready","url",...} when listening. SIGINT/SIGTERM stop it.
const fs = require('node:fs');
const { createSandbox } = require('./server');

function parse(argv) {
	const o = { webhookUrls: [], rateLimit: {} };
	for (let i = 0; i < argv.length; i++) {
		const a = argv[i];
		const v = () => argv[++i];
		if (a === '--port') o.port = Number(v());
		else if (a === '--host') o.host = v();
		else if (a === '--token') o.token = v();
		else if (a === '--location-id') o.locationId = v();
		else if (a === '--webhook-url') o.webhookUrls.push(v());
		else if (a === '--rate-max') o.rateLimit.max = Number(v());
		else if (a === '--rate-interval-ms') o.rateLimit.intervalMs = Number(v());
		else if (a === '--rate-daily') o.rateLimit.daily = Number(v());
		else if (a === '--log-limit') o.logLimit = Number(v());
		else if (a === '--rate-window') o.rateLimit.window = v();
		else if (a === '--api-docs') o.apiDocsDir = v();
		else if (a === '--ready-file') o.readyFile = v();
		else if (a === '--keys-file') o.keysFile = v();
		else if (a === '--webhook-events')
			o.webhookEvents = v()
				.split(',')
				.map((x) => x.trim())
				.filter(Boolean);
		else if (a === '--help' || a === '-h') {
			console.log(fs.readFileSync(__filename, 'utf8').split('\n').slice(2, 11).join('\n'));
			process.exit(0);
		} else throw new Error(`unknown argument ${a}`);
	}
	return o;
}

(async () => {
	const opts = parse(process.argv.slice(2));
	const sb = createSandbox(opts);
	const url = await sb.start();
	const ready = {
		event: 'ready',
		url,
		port: sb.port,
		token: sb.config.token,
		locationId: sb.config.locationId,
		control: `${url}/__sandbox`,
		pid: process.pid,
		apiSpecs: sb.apiDocsDir
			? 'HighLevel OpenAPI files'
			: 'operations of this package only (set HIGHLEVEL_API_DOCS for every operation)',
	};
	if (opts.readyFile) fs.writeFileSync(opts.readyFile, JSON.stringify(ready));
	console.log(JSON.stringify(ready));
	const stop = async () => {
		await sb.stop();
		process.exit(0);
	};
	process.on('SIGINT', stop);
	process.on('SIGTERM', stop);
})().catch((e) => {
	console.error(e.message || e);
	process.exit(1);
});
