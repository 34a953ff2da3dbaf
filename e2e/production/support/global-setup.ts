import { INSTALLATION_ENV } from './install';
import { startInstallation, stopAll } from './stack';

/** Starts the installation and hands its addresses and the first admin's one-time password to the specs. */
export default async function globalSetup() {
  try {
    process.env[INSTALLATION_ENV] = JSON.stringify(await startInstallation());
  } catch (error) {
    // Global teardown does not run after a failed setup: stop what did start.
    await stopAll();
    throw error;
  }
}
