import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../test/factories';
import { Agent, startTestApp, type TestApp } from '../../test/harness';
import { users } from '../db/schema/index';
import { DEMO_PASSWORD } from '../seed/demo-county';

/**
 * Sign-in limits, with small values: an account locks after 2 failed sign-ins, a client may try
 * 3 times a minute. Served on all interfaces, so cookies must be Secure. Each test signs in from an
 * address of its own: the rate limit counts per client.
 */
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp({
    LOGIN_LOCKOUT_ATTEMPTS: '2',
    LOGIN_LOCKOUT_MINUTES: '15',
    LOGIN_RATE_LIMIT_PER_MINUTE: '3',
    HOST: '0.0.0.0',
  });
});
afterAll(() => t.close());

async function clientAt(remoteAddress: string) {
  const agent = await t.anonymous();
  agent.remoteAddress = remoteAddress;
  return agent;
}

async function lockedUntil(userId: string) {
  const [row] = await t.deps.db
    .select({ lockedUntil: users.lockedUntil })
    .from(users)
    .where(eq(users.id, userId));
  return row?.lockedUntil ?? null;
}

describe('account lockout', () => {
  it('locks the account after the allowed failures: 423 account_locked, even with the right password', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const client = await clientAt('10.0.1.1');
    const attempt = (password: string) => client.post('/api/session', { username: user.username, password });

    const first = await attempt('väärin-1');
    const second = await attempt('väärin-2');
    const right = await attempt(DEMO_PASSWORD);

    expect(first.statusCode).toBe(401);
    expect(first.json().error.code).toBe('invalid_credentials');
    expect(second.statusCode).toBe(423);
    expect(second.json().error.code).toBe('account_locked');
    expect(right.statusCode).toBe(423);
    expect(right.json().error.code).toBe('account_locked');
    expect(client.cookies.has('verkosto_session')).toBe(false);
    const until = (await lockedUntil(user.id))!.getTime();
    expect(until).toBeGreaterThan(Date.now() + 14 * 60_000);
    expect(until).toBeLessThanOrEqual(Date.now() + 15 * 60_000);
  });

  it('counts wrong guesses sent at the same moment, each of them', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const clients = await Promise.all([1, 2, 3, 4].map((n) => clientAt(`10.0.7.${n}`)));
    const answers = await Promise.all(
      clients.map((c, n) => c.post('/api/session', { username: user.username, password: `väärin-${n}` })),
    );
    expect(answers.map((a) => a.statusCode)).toContain(423);
    expect(await lockedUntil(user.id)).not.toBeNull();
  });

  it('opens again once the lock time has passed', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const client = await clientAt('10.0.1.2');
    await client.post('/api/session', { username: user.username, password: 'väärin' });
    await client.post('/api/session', { username: user.username, password: 'väärin' });
    await t.deps.db
      .update(users)
      .set({ lockedUntil: new Date(Date.now() - 1000) })
      .where(eq(users.id, user.id));

    const res = await (await clientAt('10.0.1.3')).post('/api/session', {
      username: user.username,
      password: DEMO_PASSWORD,
    });

    expect(res.statusCode).toBe(200);
    expect(await lockedUntil(user.id)).toBeNull();
  });

  it('counts only failures in a row: a successful sign-in starts the count again', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const client = await clientAt('10.0.1.4');
    const attempt = async (password: string) => {
      const res = await client.post('/api/session', { username: user.username, password });
      if (res.statusCode === 200) client.csrf = res.json().csrfToken;
      return res;
    };

    const codes = [
      (await attempt('väärin')).statusCode,
      (await attempt(DEMO_PASSWORD)).statusCode,
      (await attempt('väärin')).statusCode,
    ];

    expect(codes).toEqual([401, 200, 401]);
  });
});

describe('sign-in rate limit', () => {
  it('answers 429 rate_limited once a client has tried too often, even with the right password', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const client = await clientAt('10.0.2.1');
    const wrong = () => client.post('/api/session', { username: 'ei.ketaan', password: 'arvaus' });

    const tries = [await wrong(), await wrong(), await wrong()];
    const fourth = await client.post('/api/session', { username: user.username, password: DEMO_PASSWORD });

    expect(tries.map((r) => r.statusCode)).toEqual([401, 401, 401]);
    expect(fourth.statusCode).toBe(429);
    expect(fourth.json()).toEqual({ error: { code: 'rate_limited', message: expect.any(String) } });
    expect(client.cookies.has('verkosto_session')).toBe(false);
  });

  it('does not hold back another client', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const busy = await clientAt('10.0.2.2');
    for (let i = 0; i < 4; i += 1)
      await busy.post('/api/session', { username: 'ei.ketaan', password: 'arvaus' });

    const other = await (await clientAt('10.0.2.3')).post('/api/session', {
      username: user.username,
      password: DEMO_PASSWORD,
    });

    expect(other.statusCode).toBe(200);
  });
});

describe('cookies when served beyond localhost', () => {
  it('marks the session and CSRF cookies Secure, and asks browsers to upgrade to HTTPS', async () => {
    const user = await createUser(t.deps.db, 'Perhetyö');
    const client = new Agent(t.app);
    client.remoteAddress = '10.0.3.1';
    const state = await client.refreshSession();

    const res = await client.post('/api/session', { username: user.username, password: DEMO_PASSWORD });

    const csrf = [state.headers['set-cookie']].flat().find((c) => c?.startsWith('verkosto_csrf='));
    const session = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('verkosto_session='));
    expect(csrf).toMatch(/; Secure/);
    expect(session).toMatch(/; Secure/);
    expect(session).toMatch(/; HttpOnly/);
    expect(session).toMatch(/; SameSite=Lax/);
    expect(res.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  });
});
