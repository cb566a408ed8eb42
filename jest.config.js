/**
 * Nest 12 ships pure ESM, so jest runs in its native ESM mode (see package.json "test").
 *
 * Two projects (issue 19): `unit` (src/**\/*.spec.ts, scripts/ and test/unit: pure code, no database, no global setup)
 * and `integration` (test/**\/*.e2e-spec.ts against PostgreSQL). A project's globalSetup runs only when one of
 * its tests runs, so `npm test -- --selectProjects unit`, or any single unit spec, never starts PostgreSQL.
 * `npm test` still runs both.
 */
const shared = {
  testEnvironment: 'node',
  rootDir: '.',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },
};

export default {
  projects: [
    { ...shared, displayName: 'unit', roots: ['<rootDir>/src', '<rootDir>/test/unit', '<rootDir>/scripts'], testMatch: ['**/*.spec.ts'] },
    {
      ...shared,
      displayName: 'integration',
      roots: ['<rootDir>/test'],
      testMatch: ['**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/setup/global-setup.ts',
      globalTeardown: '<rootDir>/test/setup/global-teardown.ts',
    },
  ],
  testTimeout: 60000,
  maxWorkers: 2,
};
