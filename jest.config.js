/**
 * Nest 12 ships pure ESM, so jest runs in its native ESM mode (see package.json "test").
 *
 * Three projects (issue 19): `unit` (src/**\/*.spec.ts, scripts/ and test/unit: pure code, no database, no global setup),
 * `simulation` (scripts/simulation: the seeded marketplace simulation, pure but slow) and `integration`
 * (test/**\/*.e2e-spec.ts against PostgreSQL). A project's globalSetup runs only when one of its tests runs, so
 * `npm test -- --selectProjects unit`, or any single unit spec, never starts PostgreSQL.
 * `npm test` still runs all three.
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
    {
      ...shared,
      displayName: 'unit',
      roots: ['<rootDir>/src', '<rootDir>/test/unit', '<rootDir>/scripts'],
      testMatch: ['**/*.spec.ts'],
      testPathIgnorePatterns: ['/node_modules/', '<rootDir>/scripts/simulation/'],
    },
    // The marketplace simulation runs the whole engine over weeks of generated traffic: no database, but a third
    // of the pure specs' CPU on its own, so it is its own project and the unit set stays a quick edit-test loop.
    { ...shared, displayName: 'simulation', roots: ['<rootDir>/scripts/simulation'], testMatch: ['**/*.spec.ts'] },
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
