/**
 * Multi-process scale-out and fault tests (`npm run test:reliability`): real API/worker child
 * processes from dist/, real PostgreSQL and Redis. Kept out of `npm test` (its testMatch never
 * matches `*.reliability-spec.ts`); one file at a time because each starts its own fleet.
 */
export default {
  testEnvironment: 'node',
  rootDir: '.',
  roots: ['<rootDir>/test/reliability'],
  testMatch: ['**/*.reliability-spec.ts'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: { '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json' }] },

  globalSetup: '<rootDir>/test/reliability/support/global-setup.ts',
  testTimeout: 600000,
  maxWorkers: 1,
  // Children are killed in each file's afterAll; fetch keep-alive sockets to them must not hold jest open.
  forceExit: true,
};
