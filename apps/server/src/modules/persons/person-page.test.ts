import type { CaseSummary } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { caseOf, familyId, personId, unitId } from '../../../test/demo';
import { openCaseFor, registerPerson, signFinalEvaluation } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'sanna', 'jussi', 'petra', 'timo']);
});
afterAll(() => t.close());

const caseIds = (body: { cases: CaseSummary[] }) => body.cases.map((c) => c.id).sort();

describe('a person registered before any case', () => {
  it('opens to the registering worker only, until a case is opened', async () => {
    const person = await registerPerson(a.as.petra);

    const own = await a.as.petra.get(`/api/persons/${person.id}`);
    const colleague = await a.as.timo.get(`/api/persons/${person.id}`);

    expect(own.statusCode).toBe(200);
    expect(own.json().cases).toEqual([]);
    expect(await theLogRowOf(t.deps.db, own)).toMatchObject({ outcome: 'allowed', basis: 'registered_by' });
    expect(colleague.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, colleague)).toMatchObject({ outcome: 'denied' });
  });

  it('closes to the registering worker once another unit opens the first case', async () => {
    const person = await registerPerson(a.as.petra);
    const kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
    await openCaseFor(a.as.jussi, { unitId: kp, personId: person.id, responsibleWorkerId: a.id.jussi });

    const registrar = await a.as.petra.get(`/api/persons/${person.id}`);
    const responsible = await a.as.jussi.get(`/api/persons/${person.id}`);

    expect(registrar.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, registrar)).toMatchObject({ basis: 'no_care_relationship' });
    expect(responsible.statusCode).toBe(200);
    expect(await theLogRowOf(t.deps.db, responsible)).toMatchObject({ basis: 'responsible_worker' });
  });

  it('opens through a case of a family the person belongs to', async () => {
    const child = await registerPerson(a.as.petra);
    const parent = await registerPerson(a.as.petra);
    const family = await a.as.petra.post('/api/families', {
      name: 'Perhe Perhetyön',
      members: [
        { personId: child.id, role: 'child' },
        { personId: parent.id, role: 'guardian', isGuardian: true },
      ],
    });
    const pt = await unitId(t.deps.db, 'Perhetyö');
    await openCaseFor(a.as.petra, {
      unitId: pt,
      familyId: family.json().id,
      responsibleWorkerId: a.id.petra,
    });

    const res = await a.as.timo.get(`/api/persons/${parent.id}`);

    expect(res.statusCode).toBe(200);
    expect(res.json().families).toEqual([
      { id: family.json().id, name: 'Perhe Perhetyön', role: 'guardian', isGuardian: true },
    ]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ basis: 'unit_worker' });
  });
});

describe('a person whose only case is closed', () => {
  it('stays open to the responsible and pair workers, and closes to the unit', async () => {
    const person = await registerPerson(a.as.aino);
    const pn = await unitId(t.deps.db, 'Perheneuvola');
    const opened = await openCaseFor(a.as.aino, {
      unitId: pn,
      personId: person.id,
      responsibleWorkerId: a.id.aino,
      pairWorkerId: a.id.sanna,
    });
    expect((await a.as.mikko.get(`/api/persons/${person.id}`)).statusCode).toBe(200);
    await signFinalEvaluation(a.as.aino, opened.id);
    const close = await a.as.aino.post(`/api/cases/${opened.id}/close`, { version: 1, reason: 'no_need' });
    expect(close.statusCode).toBe(200);

    const colleague = await a.as.mikko.get(`/api/persons/${person.id}`);
    const responsible = await a.as.aino.get(`/api/persons/${person.id}`);
    const pair = await a.as.sanna.get(`/api/persons/${person.id}`);

    expect(colleague.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, colleague)).toMatchObject({ basis: 'no_care_relationship' });
    expect(responsible.statusCode).toBe(200);
    expect(responsible.json().cases).toMatchObject([{ id: opened.id, status: 'closed' }]);
    expect(pair.statusCode).toBe(200);
  });

  it('can no longer be changed, even by the responsible worker', async () => {
    const person = await registerPerson(a.as.aino);
    const pn = await unitId(t.deps.db, 'Perheneuvola');
    const opened = await openCaseFor(a.as.aino, {
      unitId: pn,
      personId: person.id,
      responsibleWorkerId: a.id.aino,
    });
    await signFinalEvaluation(a.as.aino, opened.id);
    await a.as.aino.post(`/api/cases/${opened.id}/close`, { version: 1, reason: 'moved_away' });

    const res = await a.as.aino.put(`/api/persons/${person.id}`, {
      version: 1,
      person: { firstNames: 'Suljettu', lastName: person.lastName, dateOfBirth: person.dateOfBirth },
    });

    expect(res.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'update', outcome: 'denied' });
  });
});

describe("Eetu Mäki's page (demo): a Perheneuvola and a Kehitykselliset palvelut case", () => {
  let eetu: string;
  let pnCase: string;
  let kpCase: string;
  beforeAll(async () => {
    eetu = await personId(t.deps.db, 'Eetu Juhani', 'Mäki');
    pnCase = await caseOf(t.deps.db, 'Perheneuvola', eetu);
    kpCase = await caseOf(t.deps.db, 'Kehitykselliset palvelut', eetu);
  });

  it('lists both cases to Aino: her own, and the other only because she is its pair worker', async () => {
    const res = await a.as.aino.get(`/api/persons/${eetu}`);

    expect(res.statusCode).toBe(200);
    expect(caseIds(res.json())).toEqual([pnCase, kpCase].sort());
    expect(res.json().families).toMatchObject([{ name: 'Mäen perhe', role: 'child', isGuardian: false }]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ basis: 'responsible_worker' });
  });

  it('lists only the Perheneuvola case to Mikko, her colleague who is no pair worker', async () => {
    const res = await a.as.mikko.get(`/api/persons/${eetu}`);

    expect(res.statusCode).toBe(200);
    expect(caseIds(res.json())).toEqual([pnCase]);
    // Of the other case, only that it exists and whom to contact (issue 3: shared clients); its id only
    // so that a legal basis can be stated for it.
    expect(res.json().otherServices).toEqual([
      {
        caseId: kpCase,
        unit: 'Kehitykselliset palvelut',
        organisation: expect.any(String),
        register: 'health',
        contact: 'Sanna Koskinen',
        contactTitle: expect.any(String),
      },
    ]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ basis: 'unit_worker' });
  });

  it('lists only the Kehitykselliset palvelut case to Jussi, who works there', async () => {
    const res = await a.as.jussi.get(`/api/persons/${eetu}`);

    expect(caseIds(res.json())).toEqual([kpCase]);
  });

  it('is hidden from Petra at Perhetyö, who has no case of the family', async () => {
    const res = await a.as.petra.get(`/api/persons/${eetu}`);

    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain('Mäki');
  });

  it("opens Eetu's guardian Tiina to Aino through the family's case, not to Jussi", async () => {
    const tiina = await personId(t.deps.db, 'Tiina', 'Mäki');

    const aino = await a.as.aino.get(`/api/persons/${tiina}`);
    const jussi = await a.as.jussi.get(`/api/persons/${tiina}`);

    expect(aino.statusCode).toBe(200);
    expect(caseIds(aino.json())).toEqual([pnCase]);
    expect(aino.json().families).toMatchObject([
      { id: await familyId(t.deps.db, 'Mäen perhe'), isGuardian: true },
    ]);
    expect(jussi.statusCode).toBe(404);
  });
});
