import { randomUUID } from 'node:crypto';
import { helsinkiDate } from '@verkosto/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsFor, logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, OUTSIDERS, signInActors } from '../../../test/actors';
import { caseOf, personId, unitId, userId } from '../../../test/demo';
import { openCaseFor, type RegisteredPerson, registerFamily, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { casesOfPerson } from '../../../test/records';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('a case held by another register', () => {
  it('answers 404 to a Perheneuvola worker and logs the attempt', async () => {
    const aleksi = await personId(t.deps.db, 'Aleksi', 'Heino');
    const psychiatryCase = await caseOf(t.deps.db, 'Lastenpsykiatrian poliklinikka', aleksi);
    const aino = await t.signIn('aino.virtanen');

    const res = await aino.get(`/api/cases/${psychiatryCase}`);

    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(res.body).not.toContain('Heino');
    const [row] = await logRowsFor(t.deps.db, await userId(t.deps.db, 'aino.virtanen'), psychiatryCase);
    expect(row).toMatchObject({
      action: 'read',
      recordType: 'case',
      outcome: 'denied',
      basis: 'no_care_relationship',
    });
    expect(row?.subjectPersonIds).toContain(aleksi);
  });

  it('opens to the responsible worker, with the basis logged', async () => {
    const aleksi = await personId(t.deps.db, 'Aleksi', 'Heino');
    const psychiatryCase = await caseOf(t.deps.db, 'Lastenpsykiatrian poliklinikka', aleksi);
    const laura = await t.signIn('laura.makela');

    const res = await laura.get(`/api/cases/${psychiatryCase}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      register: 'health',
      accessBasis: 'responsible_worker',
      unit: { name: 'Lastenpsykiatrian poliklinikka' },
    });
    const [row] = await logRowsFor(t.deps.db, await userId(t.deps.db, 'laura.makela'), psychiatryCase);
    expect(row).toMatchObject({ outcome: 'allowed', basis: 'responsible_worker' });
  });
});

describe('opening a case', () => {
  let a: Actors;
  let pn: string;
  let person: RegisteredPerson;
  beforeAll(async () => {
    a = await signInActors(t, ['aino', 'sanna', 'jussi', 'ilkka']);
    pn = await unitId(t.deps.db, 'Perheneuvola');
    person = await registerPerson(a.as.aino);
  });
  const today = () => helsinkiDate();

  it('opens in the actor’s own unit: 201, the actor’s basis, logged as a create', async () => {
    const res = await a.as.aino.post('/api/cases', {
      unitId: pn,
      personId: person.id,
      serviceType: 'family_counselling',
      responsibleWorkerId: a.id.aino,
      pairWorkerId: a.id.sanna,
    });

    expect(res.statusCode).toBe(201);
    const opened = res.json();
    expect(opened).toMatchObject({
      unit: { id: pn, name: 'Perheneuvola', serviceDomain: 'social' },
      register: 'social',
      status: 'open',
      phase: 'referral',
      openedOn: today(),
      version: 1,
      subject: { person: { id: person.id, lastName: person.lastName }, family: null },
      responsibleWorker: { id: a.id.aino, displayName: 'Aino Virtanen' },
      pairWorker: { id: a.id.sanna, displayName: 'Sanna Koskinen' },
      accessBasis: 'responsible_worker',
    });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'case',
      recordId: opened.id,
      outcome: 'allowed',
      basis: 'own_unit',
      subjectPersonIds: [person.id],
      actorUnitId: pn,
    });
  });

  it('logs every member of a family case as a subject', async () => {
    const parent = await registerPerson(a.as.aino);
    const family = await registerFamily(a.as.aino, [person.id, parent.id]);

    const res = await a.as.aino.post('/api/cases', {
      unitId: pn,
      familyId: family.id,
      serviceType: 'family_counselling',
      responsibleWorkerId: a.id.aino,
    });

    expect(res.statusCode).toBe(201);
    expect(res.json().subject).toEqual({ person: null, family: { id: family.id, name: family.name } });
    const row = await theLogRowOf(t.deps.db, res);
    expect([...row.subjectPersonIds].sort()).toEqual([person.id, parent.id].sort());
  });

  it('refuses another unit with 400, logs the refusal, and writes nothing', async () => {
    const other = await registerPerson(a.as.aino);
    const kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');

    const res = await a.as.aino.post('/api/cases', {
      unitId: kp,
      personId: other.id,
      serviceType: 'developmental_services',
      responsibleWorkerId: a.id.jussi,
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', fields: { unitId: 'invalid' } });
    expect(await casesOfPerson(t.deps.db, other.id)).toEqual([]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'case',
      outcome: 'denied',
      basis: 'no_care_relationship',
      subjectPersonIds: [other.id],
    });
  });

  const badCases: [string, () => Record<string, unknown>, Record<string, string>][] = [
    [
      'a responsible worker from another unit',
      () => ({ responsibleWorkerId: a.id.jussi }),
      { responsibleWorkerId: 'worker_not_in_unit' },
    ],
    [
      'an admin as the responsible worker',
      () => ({ responsibleWorkerId: a.id.ilkka }),
      { responsibleWorkerId: 'worker_not_in_unit' },
    ],
    ['an admin as the pair worker', () => ({ pairWorkerId: a.id.ilkka }), { pairWorkerId: 'invalid' }],
    ['the same worker twice', () => ({ pairWorkerId: a.id.aino }), { pairWorkerId: 'same_worker_twice' }],
    ['no subject', () => ({ personId: undefined }), { personId: 'subject_required' }],
    ['an unregistered person', () => ({ personId: randomUUID() }), { personId: 'invalid' }],
    ['a service type that does not exist', () => ({ serviceType: 'astrology' }), { serviceType: 'invalid' }],
  ];

  it.each(badCases)('refuses %s with 400 naming the field, and writes nothing', async (_, change, fields) => {
    const subject = await registerPerson(a.as.aino);

    const res = await a.as.aino.post('/api/cases', {
      unitId: pn,
      personId: subject.id,
      serviceType: 'family_counselling',
      responsibleWorkerId: a.id.aino,
      ...change(),
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', fields });
    expect(await casesOfPerson(t.deps.db, subject.id)).toEqual([]);
  });

  it('lets no admin open a case, even in their own unit', async () => {
    const res = await a.as.ilkka.post('/api/cases', {
      unitId: pn,
      personId: person.id,
      serviceType: 'family_counselling',
      responsibleWorkerId: a.id.aino,
    });

    expect(res.statusCode).toBe(400);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      outcome: 'denied',
      basis: 'role',
    });
  });

  it('answers 401 when signed out, and writes nothing', async () => {
    const subject = await registerPerson(a.as.aino);
    const res = await (await t.anonymous()).post('/api/cases', {
      unitId: pn,
      personId: subject.id,
      serviceType: 'family_counselling',
      responsibleWorkerId: a.id.aino,
    });

    expect(res.statusCode).toBe(401);
    expect(await casesOfPerson(t.deps.db, subject.id)).toEqual([]);
  });
});

describe('reading a case', () => {
  let a: Actors;
  let person: RegisteredPerson;
  let caseId: string;
  let unknown: LightMyRequestResponse;
  beforeAll(async () => {
    a = await signInActors(t, ['aino', 'mikko', 'sanna', 'jussi', 'petra', 'outi', 'ilkka']);
    person = await registerPerson(a.as.aino);
    const opened = await openCaseFor(a.as.aino, {
      unitId: await unitId(t.deps.db, 'Perheneuvola'),
      personId: person.id,
      responsibleWorkerId: a.id.aino,
      pairWorkerId: a.id.sanna,
    });
    caseId = opened.id;
    unknown = await a.as.aino.get(`/api/cases/${randomUUID()}`);
  });

  it.each([
    { who: 'the responsible worker', key: 'aino', basis: 'responsible_worker' },
    { who: 'the pair worker from another unit', key: 'sanna', basis: 'pair_worker' },
    { who: 'a colleague in the unit while the case is open', key: 'mikko', basis: 'unit_worker' },
  ] as const)('opens to $who, with basis $basis in the answer and the log', async ({ key, basis }) => {
    const res = await a.as[key].get(`/api/cases/${caseId}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: caseId, accessBasis: basis });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'read',
      recordType: 'case',
      recordId: caseId,
      outcome: 'allowed',
      basis,
      subjectPersonIds: [person.id],
      actorUserId: a.id[key],
    });
  });

  it.each(OUTSIDERS)('answers $who like an unknown id, and logs the attempt', async ({ key, reason }) => {
    const res = await a.as[key].get(`/api/cases/${caseId}`);

    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(unknown.json());
    expect(res.body).not.toContain(person.lastName);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'read',
      recordType: 'case',
      recordId: caseId,
      outcome: 'denied',
      basis: reason,
      subjectPersonIds: [person.id],
    });
  });

  it('answers an unknown id 404, logged naming nobody', async () => {
    expect(unknown.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, unknown)).toMatchObject({ outcome: 'denied', subjectPersonIds: [] });
  });

  it('answers 401 when signed out, and logs nothing', async () => {
    const res = await (await t.anonymous()).get(`/api/cases/${caseId}`);

    expect(res.statusCode).toBe(401);
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });
});
