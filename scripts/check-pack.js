// Checks the output of `npm pack --dry-run --json`: the tarball holds only dist/, README.md, LICENSE
// and package.json; every node and credential the package.json "n8n" section points at is there with
// its codex file and icons; nothing of the tests is packed and there are no runtime dependencies.
const { readFileSync } = require('node:fs');
const { dirname, join, normalize } = require('node:path');

/** @type {Record<string, any>} */
const pkg = require('../package.json');
const [report] = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const files = new Set(report.files.map((f) => f.path));
const problems = [];

const expectFile = (path, why) => {
	if (!files.has(path)) problems.push(`missing ${path} (${why})`);
};

const TOP_LEVEL = ['package.json', 'README.md', 'LICENSE'];
for (const path of TOP_LEVEL) expectFile(path, 'a package always ships it');
for (const path of files) {
	if (!TOP_LEVEL.includes(path) && !path.startsWith('dist/'))
		problems.push(`not allowed in the tarball: ${path} (only dist/, ${TOP_LEVEL.join(', ')})`);
}

for (const entry of [...pkg.n8n.nodes, ...pkg.n8n.credentials]) {
	expectFile(entry, 'listed in package.json n8n section');
	const loaded = require(join('..', entry));
	for (const Type of Object.values(loaded).filter((value) => typeof value === 'function')) {
		const instance = new Type();
		const description = instance.description ?? instance;
		const icons =
			typeof description.icon === 'string'
				? [description.icon]
				: Object.values(description.icon ?? {});
		for (const icon of icons) {
			expectFile(
				normalize(join(dirname(entry), icon.replace(/^file:/, ''))),
				`icon of ${description.name}`,
			);
		}
	}
	if (entry.endsWith('.node.js')) expectFile(entry.replace(/\.js$/, '.json'), 'codex');
}
for (const path of files) {
	if (/(^|\/)test\//.test(path) || path.endsWith('.test.js'))
		problems.push(`test file packed: ${path}`);
}
if (Object.keys(pkg.dependencies ?? {}).length)
	problems.push('package.json has runtime dependencies');
if (pkg.main !== undefined && !files.has(normalize(pkg.main)))
	problems.push(`package.json main points at ${pkg.main}, which is not packed`);

if (problems.length) {
	console.error(`npm pack check failed:\n  ${problems.join('\n  ')}`);
	process.exit(1);
}
console.log(
	`npm pack check: ${files.size} files, ${pkg.n8n.nodes.length} nodes, ${pkg.n8n.credentials.length} credentials, icons and codex present`,
);
