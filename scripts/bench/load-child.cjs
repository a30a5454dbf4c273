/**
 * One fresh process of `bench/load.bench.ts`: loads part of a package as n8n does, with n8n-core's
 * own loader, and prints what it measured as one JSON line.
 *
 * Usage: node scripts/bench/load-child.cjs <package root> node|credential|all|lazy [file]
 * `node` and `credential` time `loader.loadNodeFromFile` / `loadCredentialFromFile` (require of the
 * file and everything it imports, then n8n's processing); `all` and `lazy` time `loadAll()` of
 * PackageDirectoryLoader / LazyPackageDirectoryLoader. n8n-core itself is loaded before timing.
 */
const { LazyPackageDirectoryLoader, PackageDirectoryLoader } = require('n8n-core');

const [root, kind, file] = process.argv.slice(2);

function countProperties(properties) {
	let count = 0;
	const visit = (property) => {
		count++;
		if (property.type !== 'collection' && property.type !== 'fixedCollection') return;
		for (const option of property.options ?? []) {
			if (Array.isArray(option.values)) option.values.forEach(visit);
			else if (option.type) visit(option);
		}
	};
	(properties ?? []).forEach(visit);
	return count;
}

function describe(entry) {
	return {
		name: entry.name,
		version: entry.version,
		bytes: Buffer.byteLength(JSON.stringify(entry)),
		topLevelProperties: (entry.properties ?? []).length,
		totalProperties: countProperties(entry.properties),
	};
}

(async () => {
	const Loader = kind === 'lazy' ? LazyPackageDirectoryLoader : PackageDirectoryLoader;
	const loader = new Loader(root);
	const started = process.hrtime.bigint();
	if (kind === 'node') loader.loadNodeFromFile(file, loader.packageJson.version);
	else if (kind === 'credential') loader.loadCredentialFromFile(file);
	else await loader.loadAll();
	const ms = Number(process.hrtime.bigint() - started) / 1e6;
	process.stdout.write(
		JSON.stringify({
			kind,
			file,
			ms,
			lazy: loader.isLazyLoaded,
			nodes: loader.types.nodes.map(describe),
			credentials: loader.types.credentials.map(describe),
		}) + '\n',
	);
})().catch((error) => {
	console.error(error);
	process.exit(1);
});
