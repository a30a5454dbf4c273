/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test'],
	testMatch: ['**/*.test.ts'],
	setupFiles: ['<rootDir>/test/setup-env.js'],
	transform: {
		'^.+\\.ts$': [
			'ts-jest',
			{ tsconfig: { isolatedModules: true, esModuleInterop: true, resolveJsonModule: true } },
		],
	},
	testTimeout: 60000,
};
