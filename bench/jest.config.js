/** Benchmarks run through the same engine harness as the tests, one file at a time, and only print figures. */
const base = require('../jest.config');

module.exports = {
	...base,
	roots: ['<rootDir>/bench'],
	rootDir: '..',
	testMatch: ['**/*.bench.ts'],
	testTimeout: 600000,
};
