import { stopAll } from './stack';

/** Stops the servers and the identity service, drops the database and stops a throwaway cluster. */
export default async function globalTeardown() {
  await stopAll();
}
