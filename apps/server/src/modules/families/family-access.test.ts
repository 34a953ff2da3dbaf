import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, OUTSIDERS, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import {
  createUser,
  openCaseFor,
  type RegisteredFamily,
  registerFamily,
  registerPerson,
} from '../../../test/factories';
import type { Agent } from '../../../test/harness';
import { startTestApp, type TestApp } from '../../../test/harness';
import { storedFamily, storedMembers } from '../../../test/records';

/**
 * A family held by a Lastensuojelu case: Riikka responsible, Sanna (Kehitykselliset palvelut) pair,
 * and a colleague of Riikka's in Lastensuojelu.
 */
let t: TestApp;
let a: Actors;
let colleague: Agent;
let family: RegisteredFamily;
let memberIds: string[];
let unknown: LightMyRequestResponse;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['riikka', 'sanna', 'jussi', 'petra', 'outi', 'ilkka']);
  colleague = await t.signIn((await createUser(t.deps.db, 'Lastensuojelu')).username);
  const child = await registerPerson(a.as.riikka);
  const parent = await registerPerson(a.as.riikka);
  memberIds = [child.id, parent.id];
  family = await registerFamily(a.as.riikka, memberIds);
  await openCaseFor(a.as.riikka, {
    unitId: await unitId(t.deps.db, 'Lastensuojelu'),
    familyId: family.id,
    responsibleWorkerId: a.id.riikka,
    pairWorkerId: a.id.sanna,
  });
  unknown = await a.as.riikka.get(`/api/families/${randomUUID()}`);
});
afterAll(() => t.close());

const allowed = () =>
  [
    { who: 'the responsible worker', agent: a.as.riikka, basis: 'responsible_worker' },
    { who: 'the pair worker from another unit', agent: a.as.sanna, basis: 'pair_worker' },
    { who: 'a colleague in the unit of the open case', agent: colleague, basis: 'unit_worker' },
  ] as const;

function expectHidden(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(404);
  expect(res.json()).toEqual(unknown.json());
  expect(res.body).not.toContain(family.name);
}

describe('reading a family', () => {
  it('opens to the responsible worker, the pair worker and a unit colleague, each logged', async () => {
    for (const { agent, basis } of allowed()) {
      const res = await agent.get(`/api/families/${family.id}`);

      expect(res.statusCode).toBe(200);
      expect(res.json()).toMatchObject({ id: family.id, name: family.name, version: 1 });
      expect(res.json().cases).toHaveLength(1);
      const row = await theLogRowOf(t.deps.db, res);
      expect(row).toMatchObject({
        action: 'read',
        recordType: 'family',
        recordId: family.id,
        outcome: 'allowed',
        basis,
      });
      expect([...row.subjectPersonIds].sort()).toEqual([...memberIds].sort());
    }
  });

  it.each(OUTSIDERS)('answers $who like an unknown id, and logs the attempt', async ({ key, reason }) => {
    const res = await a.as[key].get(`/api/families/${family.id}`);

    expectHidden(res);
    const row = await theLogRowOf(t.deps.db, res);
    expect(row).toMatchObject({ action: 'read', recordType: 'family', outcome: 'denied', basis: reason });
    expect([...row.subjectPersonIds].sort()).toEqual([...memberIds].sort());
  });

  it('answers an unknown id 404 and logs the probe naming nobody', async () => {
    expect(unknown.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, unknown)).toMatchObject({
      action: 'read',
      recordType: 'family',
      outcome: 'denied',
      subjectPersonIds: [],
    });
  });

  it('answers 401 when signed out, and logs nothing', async () => {
    const res = await (await t.anonymous()).get(`/api/families/${family.id}`);

    expect(res.statusCode).toBe(401);
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });

  it('opens to the registering worker before any case, and to no colleague', async () => {
    const person = await registerPerson(a.as.riikka);
    const fresh = await registerFamily(a.as.riikka, [person.id]);

    const own = await a.as.riikka.get(`/api/families/${fresh.id}`);
    const other = await colleague.get(`/api/families/${fresh.id}`);

    expect(own.statusCode).toBe(200);
    expect(await theLogRowOf(t.deps.db, own)).toMatchObject({ basis: 'registered_by' });
    expect(other.statusCode).toBe(404);
  });

  it("lists only the cases the reader may see, also those of a member's own", async () => {
    const child = await registerPerson(a.as.riikka);
    const both = await registerFamily(a.as.riikka, [child.id]);
    const ls = await openCaseFor(a.as.riikka, {
      unitId: await unitId(t.deps.db, 'Lastensuojelu'),
      familyId: both.id,
      responsibleWorkerId: a.id.riikka,
    });
    const kp = await openCaseFor(a.as.jussi, {
      unitId: await unitId(t.deps.db, 'Kehitykselliset palvelut'),
      personId: child.id,
      responsibleWorkerId: a.id.jussi,
    });

    const riikka = await a.as.riikka.get(`/api/families/${both.id}`);
    const jussi = await a.as.jussi.get(`/api/families/${both.id}`);

    expect(riikka.json().cases.map((c: { id: string }) => c.id)).toEqual([ls.id]);
    expect(jussi.statusCode).toBe(200);
    expect(jussi.json().cases.map((c: { id: string }) => c.id)).toEqual([kp.id]);
    expect(await theLogRowOf(t.deps.db, jussi)).toMatchObject({ basis: 'responsible_worker' });
  });
});

describe('changing a family', () => {
  const change = (version: number, name: string) => ({
    version,
    family: { name, members: [{ personId: memberIds[0], role: 'child' }] },
  });

  it.each(OUTSIDERS)(
    'answers $who like an unknown id, logs it, and changes nothing',
    async ({ key, reason }) => {
      const before = await storedMembers(t.deps.db, family.id);

      const res = await a.as[key].put(`/api/families/${family.id}`, change(1, 'Kaapattu'));

      expectHidden(res);
      expect(await storedFamily(t.deps.db, family.id)).toMatchObject({ name: family.name, version: 1 });
      expect(await storedMembers(t.deps.db, family.id)).toEqual(before);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
        action: 'update',
        recordType: 'family',
        recordId: family.id,
        outcome: 'denied',
        basis: reason,
      });
    },
  );

  it('answers an unknown id with the same 404', async () => {
    const res = await a.as.riikka.put(`/api/families/${randomUUID()}`, change(1, 'Ei ketään'));

    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(unknown.json());
  });

  it('lets the pair worker save, logged with basis pair_worker', async () => {
    const res = await a.as.sanna.put(`/api/families/${family.id}`, {
      version: 1,
      family: {
        name: family.name,
        members: memberIds.map((personId, i) => ({
          personId,
          role: i === 0 ? 'child' : 'guardian',
          isGuardian: i > 0,
        })),
      },
    });

    expect(res.statusCode).toBe(200);
    expect(res.json().version).toBe(2);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'update',
      outcome: 'allowed',
      basis: 'pair_worker',
    });
  });
});
