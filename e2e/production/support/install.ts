/** What global setup started, as the specs see it (handed over in the environment). */

export const INSTALLATION_ENV = 'VERKOSTO_INSTALLATION';

/** A person the test identity service knows: she types `login` at its sign-in form. */
export interface InstallAccount {
  login: string;
  sub: string;
  email: string;
  name: string;
}

export interface Installation {
  /** Two instances of the server on one database, as behind a county's load balancer. */
  instanceA: string;
  instanceB: string;
  identityService: string;
  /** The county organisation the first admin's command made. */
  county: string;
  admin: { username: string; displayName: string; title: string; email: string; oneTimePassword: string };
  accounts: InstallAccount[];
}

export function installation(): Installation {
  const raw = process.env[INSTALLATION_ENV];
  if (!raw) throw new Error(`${INSTALLATION_ENV} is not set: run with -c production.config.ts`);
  return JSON.parse(raw) as Installation;
}
