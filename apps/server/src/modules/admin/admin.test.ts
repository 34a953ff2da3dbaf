import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { childCaseWithGuardian, uniqueToken } from '../../../test/factories';
import { type Agent, startTestApp, type TestApp } from '../../../test/harness';
import { openPrivateDatabase } from '../../../test/private-database';
import { adminChanges, organisations, units } from '../../db/schema/index';

let t: TestApp;
let ilkka: Agent;
let county: string;
let drop: () => Promise<void>;
// A database of its own: the organisations made here are public purchasers that other files would list.
beforeAll(async () => {
  const priv = await openPrivateDatabase();
  drop = priv.drop;
  t = await startTestApp({}, priv.database);
  ilkka = await t.signIn(DEMO.ilkka);
  const orgs = (await ilkka.get('/api/admin/organisations')).json().organisations as {
    id: string;
    kind: string;
  }[];
  county = orgs.find((o) => o.kind === 'county')!.id;
});
afterAll(async () => {
  await t.app.close();
  await drop();
});

const name = (what: string) => `${what} ${uniqueToken()}`;

async function newOrganisation(parentId: string | null = county) {
  const res = await ilkka.post('/api/admin/organisations', {
    name: name('Hyvinvointialue'),
    kind: 'municipality',
    parentId,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; name: string; version: number };
}

async function newUnit(organisationId: string, serviceDomain = 'social') {
  const res = await ilkka.post('/api/admin/units', {
    organisationId,
    name: name('Perheneuvola'),
    serviceDomain,
    serviceTypes: ['family_counselling'],
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; version: number; register: string | null };
}

async function newAccount(organisationId: string, unitIds: string[], role = 'worker') {
  const username = `testi.${uniqueToken().toLowerCase()}`;
  const res = await ilkka.post('/api/admin/users', {
    username,
    displayName: 'Testi Työntekijä',
    title: 'Sosiaalityöntekijä',
    role,
    organisationId,
    unitIds,
    email: `${username}@example.fi`,
  });
  expect(res.statusCode).toBe(201);
  const body = res.json() as { user: { id: string; version: number }; oneTimePassword: string };
  return { ...body.user, username, oneTimePassword: body.oneTimePassword };
}

async function signInWith(username: string, password: string) {
  const agent = await t.anonymous();
  const res = await agent.post('/api/session', { username, password });
  if (res.statusCode === 200) agent.csrf = res.json().csrfToken;
  return { agent, res };
}

const count = async (table: typeof organisations | typeof units) =>
  (await t.deps.db.select({ n: sql<number>`count(*)::int` }).from(table))[0]!.n;

describe('who keeps the county structure', () => {
  const routes = [
    ['GET', '/api/admin/organisations'],
    ['GET', '/api/admin/units'],
    ['GET', '/api/admin/users'],
    ['GET', '/api/admin/changes'],
    ['POST', '/api/admin/organisations'],
    ['POST', '/api/admin/units'],
    ['POST', '/api/admin/users'],
  ] as const;

  it('is not there for workers, team leads or purchasers: 404, and nothing made', async () => {
    const before = await count(organisations);
    for (const who of [DEMO.aino, DEMO.marja, DEMO.paula]) {
      const agent = await t.signIn(who);
      for (const [method, url] of routes) {
        const res =
          method === 'GET' ? await agent.get(url) : await agent.post(url, { name: 'X', kind: 'county' });
        expect(res.statusCode, `${who} ${method} ${url}`).toBe(404);
      }
    }
    expect(await count(organisations)).toBe(before);
  });

  it('asks a signed-out browser to sign in', async () => {
    const anonymous = await t.anonymous();
    expect((await anonymous.get('/api/admin/users')).statusCode).toBe(401);
  });
});

describe('building the structure', () => {
  it('adds an organisation, a social and a health unit and a worker who signs in with a one-time password', async () => {
    const organisation = await newOrganisation();
    const social = await newUnit(organisation.id, 'social');
    const health = await newUnit(organisation.id, 'health');
    const worker = await newAccount(organisation.id, [social.id]);

    expect(social.register).toBe('social');
    expect(health.register).toBe('health');
    expect(worker.oneTimePassword.length).toBeGreaterThanOrEqual(12);
    const { res } = await signInWith(worker.username, worker.oneTimePassword);
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ mustChangePassword: true, units: [{ id: social.id }] });

    const listed = (await ilkka.get('/api/admin/users')).json().users as { id: string }[];
    expect(listed.find((u) => u.id === worker.id)).toMatchObject({
      active: true,
      mustChangePassword: true,
      organisation: { id: organisation.id },
    });
    expect(JSON.stringify(listed)).not.toMatch(/argon2|passwordHash/);

    const orgs = (await ilkka.get('/api/admin/organisations')).json().organisations as { id: string }[];
    const countyName = (orgs.find((o) => o.id === county) as { name?: string }).name;
    expect(orgs.find((o) => o.id === organisation.id)).toMatchObject({
      parent: { id: county, name: countyName },
      unitCount: 2,
      userCount: 1,
    });
  });

  it('writes every change to the change log with who made it, never a password', async () => {
    const organisation = await newOrganisation();
    const unit = await newUnit(organisation.id);
    const worker = await newAccount(organisation.id, [unit.id]);

    const log = (await ilkka.get(`/api/admin/changes?recordId=${worker.id}`)).json();
    expect(log.changes).toEqual([
      expect.objectContaining({
        action: 'create',
        recordType: 'user',
        record: { id: worker.id, name: 'Testi Työntekijä' },
        actor: expect.objectContaining({ name: 'Ilkka Aaltonen' }),
        fields: expect.arrayContaining(['username', 'role', 'unitIds']),
      }),
    ]);
    const rows = await t.deps.db
      .select()
      .from(adminChanges)
      .where(sql`${adminChanges.recordId} = ${worker.id}`);
    expect(JSON.stringify(rows)).not.toContain(worker.oneTimePassword);
    const units = (await ilkka.get('/api/admin/changes?recordType=unit')).json().changes as {
      record: { id: string };
    }[];
    expect(units.map((c) => c.record.id)).toContain(unit.id);
  });

  it('keeps the change log append-only', async () => {
    await newOrganisation();
    await expect(t.deps.db.execute(sql`update admin_changes set action = 'update'`)).rejects.toThrow();
    await expect(t.deps.db.execute(sql`delete from admin_changes`)).rejects.toThrow();
  });
});

describe('bad input changes nothing', () => {
  it('refuses a unit without a service domain, field by field', async () => {
    const before = await count(units);
    const res = await ilkka.post('/api/admin/units', { organisationId: county, name: 'Nimetön' });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toMatchObject({ serviceDomain: 'required' });
    expect(await count(units)).toBe(before);
  });

  it('refuses a username already in use, units of another organisation and a worker without units', async () => {
    const organisation = await newOrganisation();
    const own = await newUnit(organisation.id);
    const perheneuvola = await unitId(t.deps.db, 'Perheneuvola');
    const base = { displayName: 'Testi', role: 'worker', organisationId: organisation.id };

    const taken = await ilkka.post('/api/admin/users', { ...base, username: DEMO.aino, unitIds: [own.id] });
    const foreign = await ilkka.post('/api/admin/users', {
      ...base,
      username: 'testi.vieras',
      unitIds: [perheneuvola],
    });
    const none = await ilkka.post('/api/admin/users', { ...base, username: 'testi.tyhja', unitIds: [] });

    expect(taken.json().error.fields).toEqual({ username: 'taken' });
    expect(foreign.json().error.fields).toEqual({ unitIds: 'not_in_organisation' });
    expect(none.json().error.fields).toEqual({ unitIds: 'required' });
    const usernames = ((await ilkka.get('/api/admin/users')).json().users as { username: string }[]).map(
      (u) => u.username,
    );
    expect(usernames).not.toContain('testi.vieras');
    expect(usernames).not.toContain('testi.tyhja');
  });

  it('refuses an organisation as its own ancestor', async () => {
    const parent = await newOrganisation();
    const child = await newOrganisation(parent.id);

    const res = await ilkka.put(`/api/admin/organisations/${parent.id}`, {
      version: parent.version,
      organisation: { name: parent.name, kind: 'municipality', parentId: child.id },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'organisation.parentId': 'parent_cycle' });
  });

  it('answers an edit over an older version with 409 and keeps the newer one', async () => {
    const organisation = await newOrganisation();
    const edit = (newName: string) =>
      ilkka.put(`/api/admin/organisations/${organisation.id}`, {
        version: organisation.version,
        organisation: { name: newName, kind: 'municipality', parentId: county },
      });

    expect((await edit('Ensimmäinen')).statusCode).toBe(200);
    const stale = await edit('Toinen');

    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    const stored = (
      (await ilkka.get('/api/admin/organisations')).json().organisations as { id: string; name: string }[]
    ).find((o) => o.id === organisation.id);
    expect(stored).toMatchObject({ name: 'Ensimmäinen' });
  });

  it("keeps a unit's service domain once it has cases: its records stay in their register", async () => {
    const perheneuvola = (await ilkka.get('/api/admin/units'))
      .json()
      .units.find((u: { name: string }) => u.name === 'Perheneuvola');
    const res = await ilkka.put(`/api/admin/units/${perheneuvola.id}`, {
      version: perheneuvola.version,
      unit: { ...perheneuvola, organisationId: perheneuvola.organisation.id, serviceDomain: 'health' },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'unit.serviceDomain': 'in_use' });
  });
});

describe('deactivating and resetting accounts', () => {
  async function workerWithCase() {
    const perheneuvola = await unitId(t.deps.db, 'Perheneuvola');
    const organisationId = (await ilkka.get('/api/admin/units'))
      .json()
      .units.find((u: { id: string }) => u.id === perheneuvola).organisation.id;
    const worker = await newAccount(organisationId, [perheneuvola]);
    const aino = await t.signIn(DEMO.aino);
    const { caseId } = await childCaseWithGuardian(aino, perheneuvola, worker.id);
    return { worker, caseId };
  }

  it("ends the worker's session on the next request, and her cases wait in the team lead's list", async () => {
    const { worker, caseId } = await workerWithCase();
    const { agent } = await signInWith(worker.username, worker.oneTimePassword);
    expect((await agent.get('/api/session')).json().user).not.toBeNull();

    const res = await ilkka.post(`/api/admin/users/${worker.id}/deactivate`, { version: worker.version });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ active: false });
    expect((await agent.get('/api/session')).json().user).toBeNull();
    expect((await signInWith(worker.username, worker.oneTimePassword)).res.statusCode).toBe(401);
    const marja = await t.signIn(DEMO.marja);
    const waiting = (await marja.get('/api/cases/without-active-worker')).json().cases as { id: string }[];
    expect(waiting.map((c) => c.id)).toContain(caseId);
    expect((await (await t.signIn(DEMO.aino)).get('/api/cases/without-active-worker')).statusCode).toBe(404);
  });

  it('a reset gives a new one-time password, ends the sessions, and the old password no longer works', async () => {
    const { worker } = await workerWithCase();
    const { agent } = await signInWith(worker.username, worker.oneTimePassword);

    const res = await ilkka.post(`/api/admin/users/${worker.id}/reset-password`, { version: worker.version });

    expect(res.statusCode).toBe(200);
    const fresh = res.json().oneTimePassword as string;
    expect(fresh).not.toBe(worker.oneTimePassword);
    expect((await agent.get('/api/session')).json().user).toBeNull();
    expect((await signInWith(worker.username, worker.oneTimePassword)).res.statusCode).toBe(401);
    const again = await signInWith(worker.username, fresh);
    expect(again.res.json().user).toMatchObject({ mustChangePassword: true });
  });
});
