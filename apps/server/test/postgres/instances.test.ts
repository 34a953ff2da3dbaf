import type { AddressInfo } from 'node:net';
import { eq, isNull } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, openPostgres } from '../../src/db/client';
import { outbox, users } from '../../src/db/schema/index';
import { DEMO_PASSWORD } from '../../src/seed/demo-county';
import { TEST_SECRET_KEY } from '../keys';
import { createPostgresDatabase } from '../postgres-cluster';
import { Browser, type Instance, startInstance } from './instances';

/**
 * Two real server processes behind one PostgreSQL, as a county runs them behind a load balancer:
 * whatever a user or the outbox depends on must live in the database, not in one process.
 */

let created: { url: string; drop(): Promise<void> };
let database: Database;
let a: Instance;
let b: Instance;
let smtp: SMTPServer;
const received: { to: string[] }[] = [];
let onMail = () => {};

beforeAll(async () => {
  const base = process.env.TEST_DATABASE_URL;
  if (!base) throw new Error('TEST_DATABASE_URL is not set');
  created = await createPostgresDatabase(base, 'verkosto_instances');
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address) });
        callback();
        onMail();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  const env = {
    DATABASE_URL: created.url,
    VERKOSTO_SECRET_KEY: TEST_SECRET_KEY.toString('base64'),
    DEMO_MODE: '1',
    LOG_LEVEL: 'warn',
    LOGIN_LOCKOUT_ATTEMPTS: '3',
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    SMTP_URL: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
    MAIL_POLL_SECONDS: '0.2',
    WEB_DIST: '/nonexistent',
  };
  // Started together on an empty database: they take turns to migrate and seed, so both come up.
  [a, b] = await Promise.all([startInstance(env), startInstance(env)]);
  database = await openPostgres(created.url, 2);
});

afterAll(async () => {
  await Promise.all([a?.stop(), b?.stop()]);
  await database?.close();
  await new Promise<void>((resolve) => (smtp ? smtp.close(resolve) : resolve()));
  await created?.drop();
});

describe('two instances behind one PostgreSQL', () => {
  it('start together on an empty database, and the demo county is there once', async () => {
    for (const instance of [a, b]) {
      const res = await fetch(`${instance.url}/api/health`);
      expect(await res.json()).toMatchObject({ status: 'ok', database: 'postgres', demoMode: true });
    }
    expect(await database.db.$count(users, eq(users.username, 'aino.virtanen'))).toBe(1);
  });

  it('share sessions: signed in on one, the other knows the user, and signing out on it ends the session', async () => {
    const browser = new Browser();
    expect((await browser.signIn(a.url, 'aino.virtanen', DEMO_PASSWORD)).status).toBe(200);
    const onB = await browser.session(b.url);
    expect(onB.user).toMatchObject({ displayName: expect.stringContaining('Aino') });
    expect((await browser.request(b.url, 'GET', '/api/my-work')).status).toBe(200);

    expect((await browser.request(b.url, 'DELETE', '/api/session')).status).toBe(204);
    expect((await browser.session(a.url)).user).toBeNull();
  });

  it('count failed sign-ins across both: three wrong passwords alternating between them lock the account on both', async () => {
    const browser = new Browser();
    const wrong = (base: string) => browser.signIn(base, 'mikko.lehtinen', 'not the password');
    expect((await wrong(a.url)).status).toBe(401);
    expect((await wrong(b.url)).status).toBe(401);
    const third = await wrong(a.url);
    expect(third.status).toBe(423);
    expect(third.json().error.code).toBe('account_locked');
    for (const instance of [b, a]) {
      const right = await browser.signIn(instance.url, 'mikko.lehtinen', DEMO_PASSWORD);
      expect(right.status).toBe(423);
    }
  });

  it('send each outbox mail exactly once although both run the sender', async () => {
    const addresses = Array.from({ length: 45 }, (_, i) => `kutsu-${i}@example.fi`);
    const all = () => addresses.every((to) => received.some((m) => m.to.includes(to)));
    const arrived = new Promise<void>((resolve) => {
      onMail = () => all() && resolve();
    });
    await database.db.insert(outbox).values(
      addresses.map((toAddress) => ({
        toAddress,
        subject: 'Kutsu tapaamiseen',
        body: 'Aika: 1.12.2026 klo 13.00',
      })),
    );
    await arrived;
    // Stopped (one by its stdin closing, as when the test runner dies), nothing more can arrive.
    expect(await Promise.all([a.stop('SIGTERM'), b.stop('stdin')])).toEqual([0, 0]);

    for (const to of addresses)
      expect(
        received.filter((m) => m.to.includes(to)),
        to,
      ).toHaveLength(1);
    // Every row of the outbox left it, each once.
    expect(await database.db.$count(outbox, isNull(outbox.sentAt))).toBe(0);
    expect(received).toHaveLength(await database.db.$count(outbox));
    expect(a.stderr() + b.stderr()).not.toContain('example.fi');
  });
});
