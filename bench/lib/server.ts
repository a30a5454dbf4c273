import type { Server } from 'node:http';

import { FakeHighLevel } from '../../test/helpers/fakeHighLevel';

/**
 * A FakeHighLevel whose listen queue holds a whole run's connections. n8n's engine opens one
 * connection per item, all at once; with Node's default backlog (511) the kernel drops the excess
 * SYNs and clients retry after 1 s, 3 s…, which stretched wall time (not CPU) several-fold.
 * The kernel caps the backlog at net.core.somaxconn (4096 here).
 */
export async function startBenchServer(backlog = 8192): Promise<FakeHighLevel> {
	const fake = await new FakeHighLevel().start();
	const server = (fake as unknown as { server: Server }).server;
	const port = Number(new URL(fake.baseUrl).port);
	await new Promise<void>((resolve) => server.close(() => resolve()));
	await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', backlog, resolve));
	return fake;
}
