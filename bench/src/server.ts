import type { AddressInfo } from 'node:net';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../apps/server/src/app';
import { loadConfig } from '../../apps/server/src/config';
import type { FieldProtector } from '../../apps/server/src/crypto/protect';
import type { Database } from '../../apps/server/src/db/client';
import { DEMO_PASSWORD } from '../../apps/server/src/seed/demo-county';

export interface RunningApp {
  app: FastifyInstance;
  /** Always http://127.0.0.1:<port>. */
  baseUrl: string;
  close(): Promise<void>;
}

/** The real app on the bench's database, listening on 127.0.0.1 on a free port, without logs. */
export async function startApp(
  database: Database,
  protector: FieldProtector,
  databaseUrl: string | null,
): Promise<RunningApp> {
  const config = loadConfig({
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: '0',
    LOG_LEVEL: 'silent',
    DEMO_MODE: '1',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
    WEB_DIST: '/nonexistent-verkosto-bench-web',
    ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
  });
  const app = await buildApp({ config, database, db: database.db, protector });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  return { app, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

export interface SignedIn {
  /** The Cookie header value: the session cookie. */
  cookie: string;
  csrfToken: string;
}

function cookieValue(response: Response, name: string): string {
  for (const line of response.headers.getSetCookie()) {
    const [pair] = line.split(';');
    const eq = pair?.indexOf('=') ?? -1;
    if (pair && eq > 0 && pair.slice(0, eq).trim() === name) return pair.slice(eq + 1).trim();
  }
  throw new Error(`no ${name} cookie in the answer`);
}

async function csrfTokenOf(response: Response): Promise<string> {
  const body: unknown = await response.json();
  const token =
    typeof body === 'object' && body !== null ? (body as { csrfToken?: unknown }).csrfToken : null;
  if (typeof token !== 'string') throw new Error(`no CSRF token in the answer (${response.status})`);
  return token;
}

/** Signs in over HTTP as a browser would: the CSRF cookie and header first, then the session cookie. */
export async function signIn(baseUrl: string, username: string): Promise<SignedIn> {
  const anonymous = await fetch(`${baseUrl}/api/session`);
  const csrfCookie = cookieValue(anonymous, 'verkosto_csrf');
  const csrf = await csrfTokenOf(anonymous);
  const response = await fetch(`${baseUrl}/api/session`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-csrf-token': csrf,
      cookie: `verkosto_csrf=${csrfCookie}`,
    },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in of ${username} failed: ${response.status}`);
  const session = cookieValue(response, 'verkosto_session');
  return { cookie: `verkosto_session=${session}`, csrfToken: await csrfTokenOf(response) };
}
