import { defineConfig } from '@playwright/test';
import { chromiumLaunch } from './support/launch';

/**
 * The county's installation, end to end: outside demo mode, on PostgreSQL, two server instances
 * behind one database, workers signing in through an identity service. Everything is started by
 * production/support/global-setup.ts on ports picked at run time; the specs read the addresses
 * from production/support/install.ts. Launch options as in playwright.config.ts.
 */
export default defineConfig({
  testDir: './production',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: true,
  timeout: 60_000,
  // The whole walkthrough, setup included, stays well under this.
  globalTimeout: 300_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  // Its own, so that a run of either config does not clear the other's failure screenshots.
  outputDir: './production/test-results',
  globalSetup: './production/support/global-setup.ts',
  globalTeardown: './production/support/global-teardown.ts',
  use: {
    headless: true,
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
    launchOptions: chromiumLaunch,
    trace: 'off',
    screenshot: 'only-on-failure',
  },
});
