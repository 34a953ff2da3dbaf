import { configDefaults, defineConfig } from 'vitest/config';

const onPostgres = Boolean(process.env.TEST_DATABASE_URL);

/** Server integration tests run on embedded PGlite always, and on PostgreSQL too when TEST_DATABASE_URL is set. */
function serverProject(kind: 'pglite' | 'postgres') {
  return {
    test: {
      name: `server-${kind}`,
      include: ['apps/server/src/**/*.test.ts', 'apps/server/test/**/*.test.ts'],
      // test/postgres/ and test/pglite/ are about one kind of database itself (several instances,
      // backups), so each runs in its own project only.
      exclude: [
        ...configDefaults.exclude,
        `apps/server/test/${kind === 'pglite' ? 'postgres' : 'pglite'}/**`,
      ],
      globalSetup: ['apps/server/test/global-setup.ts'],
      env: { VERKOSTO_TEST_DB: kind },
      testTimeout: 30_000,
      // A worker keeps the server's modules between files: each file opens its own app and database.
      isolate: false,
      hookTimeout: 60_000,
    },
  };
}

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'domain', include: ['packages/domain/src/**/*.test.ts'] } },
      { test: { name: 'web', include: ['apps/web/test/**/*.test.ts'] } },
      { test: { name: 'e2e-support', include: ['e2e/support/**/*.test.ts'] } },
      serverProject('pglite'),
      ...(onPostgres ? [serverProject('postgres')] : []),
    ],
  },
});
