import { rmSync } from 'node:fs';

/** Removes the run's embedded database once the server has stopped. */
export default function teardown() {
  const dir = process.env.E2E_DATA_DIR;
  if (dir?.includes('verkosto-e2e-')) rmSync(dir, { recursive: true, force: true });
}
