import { readFileSync } from 'node:fs';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../src/app';
import { type Config, loadConfig } from '../src/config';
import { createFieldProtector } from '../src/crypto/protect';
import { type Database, openPglite, openPostgres } from '../src/db/client';
import type { AppDeps } from '../src/deps';
import { DEMO_PASSWORD } from '../src/seed/demo-county';
import { TEST_SECRET_KEY } from './keys';

export const dbKind = (process.env.VERKOSTO_TEST_DB ?? 'pglite') as 'pglite' | 'postgres';

/** Opens this test file's database: a clone of the migrated template (PGlite) or the run's database (PostgreSQL). */
export async function openTestDatabase(): Promise<Database> {
  // Files share a worker's modules (isolate: false); a worker never serves two projects, but say so if it did.
  if (dbKind !== (process.env.VERKOSTO_TEST_DB ?? 'pglite'))
    throw new Error(`test worker opened for ${dbKind} runs a ${process.env.VERKOSTO_TEST_DB} file`);
  if (dbKind === 'postgres') return openPostgres(inject('postgresUrl'), 4);
  const template = readFileSync(inject('pgliteTemplate'));
  return openPglite(null, new Blob([template]));
}

export interface TestApp {
  app: FastifyInstance;
  deps: AppDeps;
  signIn(username: string): Promise<Agent>;
  anonymous(): Promise<Agent>;
  close(): Promise<void>;
}

export async function startTestApp(env: Record<string, string> = {}, database?: Database): Promise<TestApp> {
  const db = database ?? (await openTestDatabase());
  const config: Config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DEMO_MODE: '1',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    WEB_DIST: '/nonexistent',
    ...env,
  });
  const deps: AppDeps = { config, database: db, db: db.db, protector: createFieldProtector(TEST_SECRET_KEY) };
  const app = await buildApp(deps);
  // Tests find the access-log rows of one request by its id (the log stores it; the app does not send it).
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', String(request.id));
  });
  await app.ready();
  const anonymous = async () => {
    const agent = new Agent(app);
    await agent.refreshSession();
    return agent;
  };
  return {
    app,
    deps,
    anonymous,
    async signIn(username) {
      const agent = await anonymous();
      const res = await agent.post('/api/session', { username, password: DEMO_PASSWORD });
      if (res.statusCode !== 200)
        throw new Error(`sign-in of ${username} failed: ${res.statusCode} ${res.body}`);
      agent.csrf = res.json().csrfToken;
      return agent;
    },
    async close() {
      await app.close();
      await db.close();
    },
  };
}

type Method = 'GET' | 'POST' | 'PUT' | 'DELETE';

/** A browser-like client: keeps cookies and sends the CSRF header on state-changing requests. */
export class Agent {
  cookies = new Map<string, string>();
  csrf = '';
  /** The client's address, as the rate limit sees it. */
  remoteAddress = '127.0.0.1';

  constructor(private readonly app: FastifyInstance) {}

  async refreshSession() {
    const res = await this.get('/api/session');
    this.csrf = res.json().csrfToken;
    return res;
  }

  async request(method: Method, url: string, body?: unknown, headers: Record<string, string> = {}) {
    const cookie = [...this.cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const res: LightMyRequestResponse = await this.app.inject({
      method,
      url,
      remoteAddress: this.remoteAddress,
      headers: {
        ...(cookie ? { cookie } : {}),
        ...(method !== 'GET' ? { 'x-csrf-token': this.csrf } : {}),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: body as object }),
    });
    for (const c of res.cookies as { name: string; value: string; expires?: Date; maxAge?: number }[]) {
      const gone = c.value === '' || (c.expires && c.expires.getTime() < Date.now()) || c.maxAge === 0;
      if (gone) this.cookies.delete(c.name);
      else this.cookies.set(c.name, c.value);
    }
    return res;
  }

  get(url: string) {
    return this.request('GET', url);
  }
  post(url: string, body?: unknown) {
    return this.request('POST', url, body ?? {});
  }
  put(url: string, body: unknown) {
    return this.request('PUT', url, body);
  }
  delete(url: string) {
    return this.request('DELETE', url);
  }
}
