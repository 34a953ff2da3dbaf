import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../../test/actors';
import { unitId, userId } from '../../../test/demo';
import { type Agent, startTestApp, type TestApp } from '../../../test/harness';
import { signInThroughIdentityService, throughIdentityService } from '../../../test/oidc/idp-browser';
import { startTestIdp, type TestIdp } from '../../../test/oidc/test-idp';
import { openPrivateDatabase } from '../../../test/private-database';
import type { Database } from '../../db/client';
import { adminChanges, oidcLogins, units, users } from '../../db/schema/index';
import { hashToken } from '../service';

const REDIRECT = 'http://127.0.0.1/api/auth/oidc/callback';

let idp: TestIdp;
let database: Database;
let drop: () => Promise<void>;
let t: TestApp;
let ilkka: Agent;

const env = (extra: Record<string, string> = {}) => ({
  OIDC_ISSUER: idp.issuer,
  OIDC_CLIENT_ID: idp.clientId,
  OIDC_CLIENT_SECRET: idp.clientSecret,
  OIDC_REDIRECT_URI: REDIRECT,
  OIDC_LINK_CLAIM: 'email',
  ...extra,
});

// The identity service's people; a database of its own, as accounts are linked and deactivated here.
beforeAll(async () => {
  idp = await startTestIdp({
    redirectUris: [REDIRECT],
    accounts: [
      { login: 'aino', sub: 'idp-aino', email: 'someone.else@example.fi' },
      { login: 'uusi', sub: 'idp-uusi', email: 'Uusi.Tyontekija@Example.fi' },
      { login: 'vieras', sub: 'idp-vieras', email: 'vieras@example.fi' },
      { login: 'lahtija', sub: 'idp-lahtija', email: 'lahtija@example.fi' },
      { login: 'entra', sub: 'pairwise-1', tid: 'tenant-1', oid: 'object-1' },
    ],
  });
  const priv = await openPrivateDatabase();
  database = priv.database;
  drop = priv.drop;
  t = await startTestApp(env(), database);
  ilkka = await t.signIn(DEMO.ilkka);
  await database.db
    .update(users)
    .set({ oidcSubject: 'idp-aino' })
    .where(eq(users.id, await userId(database.db, DEMO.aino)));
});
afterAll(async () => {
  await t.app.close();
  await drop();
  await idp.close();
});

async function newAccount(email: string) {
  const unit = await unitId(database.db, 'Perheneuvola');
  const [unitRow] = await database.db
    .select({ org: units.organisationId })
    .from(units)
    .where(eq(units.id, unit));
  const res = await ilkka.post('/api/admin/users', {
    username: `oidc.${Math.random().toString(36).slice(2, 10)}`,
    displayName: 'Uusi Työntekijä',
    title: 'Perhetyöntekijä',
    role: 'worker',
    organisationId: unitRow!.org,
    unitIds: [unit],
    email,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().user as { id: string; version: number };
}

async function sessionUser(agent: Agent) {
  return (await agent.get('/api/session')).json().user as { id: string; mustChangePassword: boolean } | null;
}

describe('signing in through the identity service', () => {
  it('offers both ways on the sign-in page', async () => {
    const state = (await (await t.anonymous()).get('/api/session')).json();
    expect(state.signIn).toEqual({ password: true, oidc: true });
    const doc = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/api/auth/oidc/start', '/api/auth/oidc/callback']),
    );
  });

  it('signs in the person linked to an account and takes her back to where she was going', async () => {
    const agent = await t.anonymous();
    const { res, location } = await signInThroughIdentityService(agent, 'aino', '/cases?q=1');
    expect(res.statusCode).toBe(302);
    expect(location).toBe('/cases?q=1');
    expect((await sessionUser(agent))?.id).toBe(await userId(database.db, DEMO.aino));
    expect((await agent.get('/api/cases/mine')).statusCode).toBe(200);
  });

  it('never sends the browser to another site afterwards', async () => {
    for (const returnTo of ['//evil.example/x', 'https://evil.example/', '/\\evil.example', '/api/session']) {
      const { location } = await signInThroughIdentityService(await t.anonymous(), 'aino', returnTo);
      expect(location).toBe('/');
    }
  });

  it('links a first sign-in to the account with that e-mail once, logged, and finds her by subject after', async () => {
    const account = await newAccount('uusi.tyontekija@example.fi');
    const agent = await t.anonymous();
    expect((await signInThroughIdentityService(agent, 'uusi')).location).toBe('/cases');
    const me = await sessionUser(agent);
    expect(me?.id).toBe(account.id);
    // A one-time password binds only password sign-in.
    expect(me?.mustChangePassword).toBe(false);
    const log = await database.db
      .select()
      .from(adminChanges)
      .where(and(eq(adminChanges.recordId, account.id), eq(adminChanges.action, 'link_identity')));
    expect(log).toHaveLength(1);
    expect(log[0]).toMatchObject({ actorUserId: account.id, version: account.version + 1 });
    expect(log[0]!.changes).toEqual({ oidcSubject: true });

    // Her e-mail changes at the county: the subject still finds her.
    await database.db.update(users).set({ email: 'toinen@example.fi' }).where(eq(users.id, account.id));
    const again = await t.anonymous();
    await signInThroughIdentityService(again, 'uusi');
    expect((await sessionUser(again))?.id).toBe(account.id);
  });

  it('sends a person with no account back to sign-in with a reason, and makes no session', async () => {
    const agent = await t.anonymous();
    const { location } = await signInThroughIdentityService(agent, 'vieras');
    expect(location).toBe('/sign-in?error=oidc_no_account');
    expect(agent.cookies.has('verkosto_session')).toBe(false);
    expect(await sessionUser(agent)).toBeNull();
  });

  it('refuses a deactivated account, linked or not', async () => {
    const account = await newAccount('lahtija@example.fi');
    const first = await t.anonymous();
    await signInThroughIdentityService(first, 'lahtija');
    expect((await sessionUser(first))?.id).toBe(account.id);
    const linked = (await ilkka.get('/api/admin/users'))
      .json()
      .users.find((u: { id: string }) => u.id === account.id);
    const off = await ilkka.post(`/api/admin/users/${account.id}/deactivate`, { version: linked.version });
    expect(off.statusCode).toBe(200);
    expect(await sessionUser(first)).toBeNull();
    const agent = await t.anonymous();
    expect((await signInThroughIdentityService(agent, 'lahtija')).location).toBe(
      '/sign-in?error=oidc_inactive',
    );
    expect(await sessionUser(agent)).toBeNull();
  });

  it('refuses a callback whose state is not the one this browser started with', async () => {
    const victim = await t.anonymous();
    const attacker = await t.anonymous();
    const start = await attacker.get('/api/auth/oidc/start');
    const callback = await throughIdentityService(start.headers.location as string, 'aino');
    // The attacker's code, sent to the victim's browser (which started no sign-in, or another one).
    const res = await victim.get(`${callback.pathname}${callback.search}`);
    expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    await victim.get('/api/auth/oidc/start');
    const other = await victim.get(`${callback.pathname}${callback.search}`);
    expect(other.headers.location).toBe('/sign-in?error=oidc_failed');
    expect(await sessionUser(victim)).toBeNull();
  });

  it('refuses an ID token whose nonce is not the one sent', async () => {
    const agent = await t.anonymous();
    const start = await agent.get('/api/auth/oidc/start');
    const callback = await throughIdentityService(start.headers.location as string, 'aino');
    const pending = hashToken(agent.cookies.get('verkosto_oidc')!);
    await database.db
      .update(oidcLogins)
      .set({ nonce: 'another-nonce' })
      .where(eq(oidcLogins.stateHash, pending));
    const res = await agent.get(`${callback.pathname}${callback.search}`);
    expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    expect(await sessionUser(agent)).toBeNull();
  });

  it('uses a code once: the same callback again opens nothing', async () => {
    const agent = await t.anonymous();
    const start = await agent.get('/api/auth/oidc/start');
    const state = agent.cookies.get('verkosto_oidc')!;
    const callback = await throughIdentityService(start.headers.location as string, 'aino');
    expect((await agent.get(`${callback.pathname}${callback.search}`)).headers.location).toBe('/');
    const replay = await t.anonymous();
    replay.cookies.set('verkosto_oidc', state);
    expect((await replay.get(`${callback.pathname}${callback.search}`)).headers.location).toBe(
      '/sign-in?error=oidc_failed',
    );
    expect(await sessionUser(replay)).toBeNull();
  });

  it('sends the browser back with a reason when the identity service cannot be reached', async () => {
    const down = await startTestApp(env({ OIDC_ISSUER: 'http://127.0.0.1:9' }), database);
    try {
      const res = await (await down.anonymous()).get('/api/auth/oidc/start');
      expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    } finally {
      await down.app.close();
    }
  });
});

describe('a county that signs workers in only through its identity service', () => {
  let only: TestApp;
  beforeAll(async () => {
    only = await startTestApp(env({ PASSWORD_SIGN_IN: '0', OIDC_SUBJECT_CLAIMS: 'tid,oid' }), database);
  });
  afterAll(() => only.app.close());

  it('offers no password form, no demo accounts, and refuses passwords', async () => {
    const agent = await only.anonymous();
    const state = (await agent.get('/api/session')).json();
    expect(state.signIn).toEqual({ password: false, oidc: true });
    expect(state.demo).toBeNull();
    const res = await agent.post('/api/session', { username: DEMO.aino, password: 'Verkosto-demo-2026' });
    expect(res.statusCode).toBe(403);
    expect(res.json().error.code).toBe('password_sign_in_off');
    expect(agent.cookies.has('verkosto_session')).toBe(false);
  });

  it('names a person by several claims when so configured (Entra ID: tenant and object)', async () => {
    await database.db
      .update(users)
      .set({ oidcSubject: 'tenant-1:object-1' })
      .where(eq(users.id, await userId(database.db, DEMO.mikko)));
    const agent = await only.anonymous();
    expect((await signInThroughIdentityService(agent, 'entra')).location).toBe('/cases');
    expect((await sessionUser(agent))?.id).toBe(await userId(database.db, DEMO.mikko));
    // A token without the configured claims names nobody: the identity service is set up wrong.
    expect((await signInThroughIdentityService(await only.anonymous(), 'aino')).location).toBe(
      '/sign-in?error=oidc_failed',
    );
  });
});
