/** Jest in ESM mode (the @actions/* and @octokit/* majors are ESM-only), TypeScript through SWC. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      { jsc: { parser: { syntax: 'typescript' }, target: 'es2023' }, module: { type: 'es6' }, sourceMaps: 'inline' },
    ],
  },
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/test/fixtures/'],
  testTimeout: 60000,
  // One temporary folder per run (TMPDIR for tests and what they start), removed at the end.
  // Four workers on a 2-core machine (Jest's default is cores - 1 = 1): the GitHub end-to-end suites spend most
  // of their time waiting on the emulator's list lag and settle time, so the workers running them mostly wait
  // while the others keep both cores busy (measured here on 146 suites: 182 s with four workers, 200-212 s
  // with three).
  maxWorkers: 4,
  testSequencer: '<rootDir>/test/jest-sequencer.cjs',
  globalSetup: '<rootDir>/test/jest-global-setup.mjs',
  globalTeardown: '<rootDir>/test/jest-global-teardown.mjs',
  reporters: ['default', ['<rootDir>/scripts/jest-count-reporter.cjs', {}]],
};
