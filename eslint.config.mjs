import js from '@eslint/js';
import { config as n8nConfig } from '@n8n/node-cli/eslint';
import globals from 'globals';

/** Every rule of @n8n/eslint-plugin-community-nodes that n8n's configuration turns on. */
const communityNodeRules = [
	...new Set(
		n8nConfig.flatMap((entry) =>
			Object.keys(entry.rules ?? {}).filter((rule) => rule.startsWith('@n8n/community-nodes/')),
		),
	),
];

export default [
	{
		ignores: [
			'dist/**',
			'node_modules/**',
			'coverage/**',
			'.n8n-sandbox/**',
			'.e2e/**',
			'bench/.baseline/**',
			'bench/results/**',
			'.queue/**',
		],
	},
	// n8n's own configuration, as the official starter uses it: @eslint/js and typescript-eslint
	// recommended, @n8n/eslint-plugin-community-nodes (what n8n Cloud enforces), import-x, and
	// eslint-plugin-n8n-nodes-base for nodes, credentials and package.json.
	...n8nConfig,
	// Tests, benchmarks and the development tools are not shipped: n8n Cloud's restrictions on
	// globals and imports are about the package's runtime code, and tests report skips on the console.
	{
		files: ['test/**', 'bench/**', 'sandbox/**', 'scripts/**', 'e2e/**'],
		rules: {
			...Object.fromEntries(communityNodeRules.map((rule) => [rule, 'off'])),
			'no-console': 'off',
		},
	},
	// The benchmarks load n8n's built-in node, fetched at bench time, by path.
	{ files: ['bench/**'], rules: { '@typescript-eslint/no-require-imports': 'off' } },
	// The JavaScript beside the package: the HighLevel sandbox, the scripts and the tool configs.
	{
		files: ['**/*.js', '**/*.mjs'],
		...js.configs.recommended,
		languageOptions: { ecmaVersion: 2022, globals: { ...globals.node } },
		rules: {
			...js.configs.recommended.rules,
			'no-unused-vars': ['error', { ignoreRestSiblings: true }],
		},
	},
	{ files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
];
