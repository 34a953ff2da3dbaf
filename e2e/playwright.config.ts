import { mkdtempSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './support/launch';

const port = Number(process.env.E2E_PORT ?? 4817);
// A fresh embedded database for every run, seeded with the demo county on first start.
const dataDir = process.env.E2E_DATA_DIR ?? mkdtempSync(join(tmpdir(), 'verkosto-e2e-'));
process.env.E2E_DATA_DIR = dataDir;

/**
 * The specs run in shards, each with a server and a demo county of its own, side by side: a spec
 * sees only the specs of its shard before it, one at a time, as it would in a single run. The
 * files go to the shard with less so far, the largest first (size stands for duration).
 */
const shards = Math.max(1, Number(process.env.E2E_SHARDS ?? 2));
const specsDir = new URL('./specs/', import.meta.url).pathname;
const files = readdirSync(specsDir)
  .filter((f) => f.endsWith('.spec.ts'))
  .map((f) => ({ f, size: statSync(join(specsDir, f)).size }))
  .sort((a, b) => b.size - a.size || a.f.localeCompare(b.f));
const shardFiles: string[][] = Array.from({ length: shards }, () => []);
const load = Array.from({ length: shards }, () => 0);
for (const { f, size } of files) {
  const lightest = load.indexOf(Math.min(...load));
  shardFiles[lightest]!.push(f);
  load[lightest]! += size;
}

const server = (shard: number) => ({
  command: 'npx tsx ../apps/server/src/main.ts',
  url: `http://127.0.0.1:${port + shard}/api/health`,
  reuseExistingServer: false,
  timeout: 120_000,
  stdout: 'ignore' as const,
  stderr: 'pipe' as const,
  env: {
    HOST: '127.0.0.1',
    PORT: String(port + shard),
    DATA_DIR: join(dataDir, `shard-${shard + 1}`),
    DEMO_MODE: '1',
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    NODE_ENV: 'test',
  },
});

export default defineConfig({
  testDir: './specs',
  fullyParallel: false,
  workers: shards,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  globalTeardown: './support/teardown.ts',
  projects: shardFiles.map((names, shard) => ({
    name: `demo-${shard + 1}`,
    testMatch: names,
    workers: 1,
    use: { baseURL: `http://127.0.0.1:${port + shard}` },
  })),
  use: {
    headless: true,
    locale: 'fi-FI',
    // The county's users are in Finland; the specs' dates (support/dates.ts) are Helsinki days too.
    timezoneId: 'Europe/Helsinki',
    launchOptions: chromiumLaunch,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
  webServer: shardFiles.map((_, shard) => server(shard)),
});
