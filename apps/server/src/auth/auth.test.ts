import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser, registerPerson } from '../../test/factories';
import { type Agent, startTestApp, type TestApp } from '../../test/harness';
import { personsNamed, sessionsOf, storedPerson } from '../../test/records';
import { sessions, users } from '../db/schema/index';
import { DEMO_PASSWORD, demoUsers } from '../seed/demo-county';
import { resolveSession } from './service';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const MINUTE = 60_000;
const sessionToken = (agent: Agent) => agent.cookies.get('verkosto_session')!;
const tokenHash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A signed-in account of its own, so that tests may end, expire and switch off its sessions. */
async function freshAccount() {
  const user = await createUser(t.deps.db, 'Perhetyö');
  return { ...user, agent: await t.signIn(user.username) };
}

async function sessionByHash(hash: string) {
  const [row] = await t.deps.db.select().from(sessions).where(eq(sessions.tokenHash, hash));
  return row ?? null;
}
const sessionRow = (agent: Agent) => sessionByHash(tokenHash(sessionToken(agent)));

describe('the session state', () => {
  it('gives a signed-out browser a CSRF token in the body and in an httpOnly cookie, and the demo accounts', async () => {
    const agent = await t.anonymous();
    const res = await agent.get('/api/session');

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      user: null,
      csrfToken: agent.csrf,
      demo: { password: DEMO_PASSWORD },
    });
    expect(agent.csrf.length).toBeGreaterThanOrEqual(32);
    expect(agent.cookies.get('verkosto_csrf')).toBe(agent.csrf);
    const listed = res.json().demo.accounts.map((d: { username: string }) => d.username);
    expect(listed).toContain('aino.virtanen');
    // Accounts made in the app have their own passwords: only the seeded ones are offered.
    expect(listed.every((u: string) => demoUsers.some((d) => d.username === u))).toBe(true);
  });

  it('tells a signed-in browser who it is, with units, and no demo accounts', async () => {
    const aino = await t.signIn('aino.virtanen');
    const res = await aino.get('/api/session');

    expect(res.json()).toMatchObject({
      user: {
        displayName: 'Aino Virtanen',
        role: 'worker',
        units: [{ name: 'Perheneuvola', serviceDomain: 'social' }],
      },
      csrfToken: aino.csrf,
      demo: null,
      demoMode: true,
    });
  });
});

describe('signing in', () => {
  it('sets an httpOnly, SameSite=Lax session cookie, not Secure on localhost, and stores only its hash', async () => {
    const agent = await t.anonymous();

    const res = await agent.post('/api/session', { username: 'Aino.Virtanen', password: DEMO_PASSWORD });

    expect(res.statusCode).toBe(200);
    expect(res.json().user.displayName).toBe('Aino Virtanen');
    const cookie = [res.headers['set-cookie']].flat().find((c) => c?.startsWith('verkosto_session='));
    expect(cookie).toMatch(/; HttpOnly/);
    expect(cookie).toMatch(/; SameSite=Lax/);
    expect(cookie).toMatch(/; Path=\//);
    expect(cookie).not.toMatch(/Secure/);
    const token = sessionToken(agent);
    expect(res.body).not.toContain(token);
    expect(await sessionRow(agent)).toMatchObject({ tokenHash: tokenHash(token) });
    expect(JSON.stringify(await sessionsOf(t.deps.db, res.json().user.id))).not.toContain(token);
  });

  it('answers a wrong password and an unknown username alike: 401 invalid_credentials, no cookie', async () => {
    const agent = await t.anonymous();

    const wrong = await agent.post('/api/session', {
      username: 'aino.virtanen',
      password: 'Verkosto-demo-2025',
    });
    const nobody = await agent.post('/api/session', { username: 'ei.ketaan', password: DEMO_PASSWORD });

    expect(wrong.statusCode).toBe(401);
    expect(wrong.json()).toEqual({ error: { code: 'invalid_credentials', message: expect.any(String) } });
    expect(nobody.statusCode).toBe(401);
    expect(nobody.json()).toEqual(wrong.json());
    expect(agent.cookies.has('verkosto_session')).toBe(false);
  });

  it('refuses a sign-in without its fields with 400', async () => {
    const res = await (await t.anonymous()).post('/api/session', { username: 'aino.virtanen' });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ password: 'required' });
  });

  it('refuses a switched-off account, and ends its sessions', async () => {
    const account = await freshAccount();
    await t.deps.db.update(users).set({ active: false }).where(eq(users.id, account.id));

    const again = await (await t.anonymous()).post('/api/session', {
      username: account.username,
      password: DEMO_PASSWORD,
    });

    expect(again.statusCode).toBe(401);
    expect((await account.agent.get('/api/cases/mine')).statusCode).toBe(401);
  });
});

describe('CSRF protection', () => {
  /** A request with the agent's cookies and the given x-csrf-token, or none. */
  const send = (
    agent: Agent,
    method: 'POST' | 'PUT' | 'DELETE',
    url: string,
    token: string | null,
    body?: object,
  ) =>
    t.app.inject({
      method,
      url,
      headers: {
        cookie: [...agent.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        ...(token === null ? {} : { 'x-csrf-token': token }),
      },
      ...(body ? { payload: body } : {}),
    });

  const forgeries = (other: Agent) =>
    [
      ['no token', null],
      ['a wrong token', 'forged-token-forged-token-forged-token'],
      ["another session's token", other.csrf],
    ] as const;

  it('refuses a POST and a PUT without the right token with 403, changing nothing', async () => {
    const { agent } = await freshAccount();
    const other = await t.signIn('mikko.lehtinen');
    const person = await registerPerson(agent);
    for (const [, token] of forgeries(other)) {
      const lastName = `Väärennös${Math.random()}`;
      const body = { firstNames: 'X', lastName, dateOfBirth: '2010-01-01' };

      const create = await send(agent, 'POST', '/api/persons', token, body);
      const edit = await send(agent, 'PUT', `/api/persons/${person.id}`, token, { version: 1, person: body });

      for (const res of [create, edit]) {
        expect(res.statusCode).toBe(403);
        expect(res.json().error.code).toBe('csrf_failed');
      }
      expect(await personsNamed(t.deps.db, lastName)).toEqual([]);
      expect(await storedPerson(t.deps.db, person.id)).toMatchObject({
        version: 1,
        lastName: person.lastName,
      });
    }
  });

  it('refuses a sign-out without the right token with 403, and the session lives on', async () => {
    const { agent } = await freshAccount();
    const other = await t.signIn('mikko.lehtinen');
    for (const [, token] of forgeries(other)) {
      const res = await send(agent, 'DELETE', '/api/session', token);

      expect(res.statusCode).toBe(403);
      expect((await agent.get('/api/cases/mine')).statusCode).toBe(200);
    }
  });

  it('refuses a sign-in without the token of the signed-out browser (login CSRF)', async () => {
    const agent = await t.anonymous();

    const res = await send(agent, 'POST', '/api/session', null, {
      username: 'aino.virtanen',
      password: DEMO_PASSWORD,
    });

    expect(res.statusCode).toBe(403);
    expect(res.headers['set-cookie'] ?? '').not.toContain('verkosto_session=');
  });
});

describe('signing out', () => {
  it('ends the session on the server: the old cookie then gets 401', async () => {
    const { agent } = await freshAccount();
    const oldCookie = sessionToken(agent);
    const stolen = await t.anonymous();
    stolen.cookies.set('verkosto_session', oldCookie);

    const res = await agent.delete('/api/session');

    expect(res.statusCode).toBe(204);
    expect(agent.cookies.has('verkosto_session')).toBe(false);
    expect(await sessionByHash(tokenHash(oldCookie))).toBeNull();
    const replay = await stolen.get('/api/cases/mine');
    expect(replay.statusCode).toBe(401);
    expect(replay.json().error.code).toBe('unauthenticated');
    expect((await stolen.get('/api/session')).json().user).toBeNull();
  });
});

describe('session expiry', () => {
  const config = () => t.deps.config;
  const resolveAt = (agent: Agent, now: Date) =>
    resolveSession({ db: t.deps.db, config: config(), token: sessionToken(agent), now });

  it('keeps a session that has been idle less than the idle limit', async () => {
    const { agent } = await freshAccount();
    const now = new Date(Date.now() + (config().session.idleMinutes - 1) * MINUTE);

    expect(await resolveAt(agent, now)).not.toBeNull();
  });

  it('ends a session idle longer than the limit, for good', async () => {
    const { agent } = await freshAccount();
    const now = new Date(Date.now() + (config().session.idleMinutes + 1) * MINUTE);

    expect(await resolveAt(agent, now)).toBeNull();
    expect(await sessionRow(agent)).toBeNull();
    expect((await agent.get('/api/cases/mine')).statusCode).toBe(401);
  });

  it('ends an active session at its absolute limit', async () => {
    const { agent } = await freshAccount();
    const row = (await sessionRow(agent))!;
    expect(row.expiresAt.getTime() - row.createdAt.getTime()).toBeCloseTo(
      config().session.absoluteHours * 60 * MINUTE,
      -4,
    );
    // Active until a minute before the limit: never idle.
    const lastSeen = new Date(row.expiresAt.getTime() - MINUTE);
    await t.deps.db
      .update(sessions)
      .set({ lastSeenAt: lastSeen })
      .where(eq(sessions.tokenHash, row.tokenHash));

    expect(await resolveAt(agent, new Date(row.expiresAt.getTime() - 1000))).not.toBeNull();
    expect(await resolveAt(agent, new Date(row.expiresAt.getTime() + 1000))).toBeNull();
  });

  it('answers 401 through the API once the session has been idle too long, and clears the cookie', async () => {
    const { agent } = await freshAccount();
    const row = (await sessionRow(agent))!;
    const idleSince = new Date(Date.now() - (config().session.idleMinutes + 1) * MINUTE);
    await t.deps.db
      .update(sessions)
      .set({ lastSeenAt: idleSince })
      .where(eq(sessions.tokenHash, row.tokenHash));

    const res = await agent.get('/api/cases/mine');

    expect(res.statusCode).toBe(401);
    expect([res.headers['set-cookie']].flat().join()).toMatch(/verkosto_session=;/);
    expect(await sessionByHash(row.tokenHash)).toBeNull();
  });

  it('answers a change sent with an expired session 401, not a CSRF refusal, and changes nothing', async () => {
    const { agent } = await freshAccount();
    const row = (await sessionRow(agent))!;
    await t.deps.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, row.tokenHash));
    const lastName = `Vanhentunut${Date.now()}`;

    const res = await agent.post('/api/persons', { firstNames: 'Ei', lastName, dateOfBirth: '2015-01-01' });

    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
    expect(await personsNamed(t.deps.db, lastName)).toEqual([]);
  });

  it('answers 401 through the API once the absolute limit has passed', async () => {
    const { agent } = await freshAccount();
    const row = (await sessionRow(agent))!;
    await t.deps.db
      .update(sessions)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(sessions.tokenHash, row.tokenHash));

    expect((await agent.get('/api/cases/mine')).statusCode).toBe(401);
  });

  it('keeps an active user signed in: a request moves the last-seen time', async () => {
    const { agent } = await freshAccount();
    const row = (await sessionRow(agent))!;
    const fiveMinutesAgo = new Date(Date.now() - 5 * MINUTE);
    await t.deps.db
      .update(sessions)
      .set({ lastSeenAt: fiveMinutesAgo })
      .where(eq(sessions.tokenHash, row.tokenHash));

    expect((await agent.get('/api/cases/mine')).statusCode).toBe(200);
    expect((await sessionRow(agent))!.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - MINUTE);
  });
});
