import type { CaseFormOptions, CaseSummary } from '@verkosto/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { caseOf, personId, unitId } from '../../../test/demo';
import { openCaseFor, registerPerson, signFinalEvaluation } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { storedMembers } from '../../../test/records';

let t: TestApp;
let a: Actors;
const demo: Record<string, string> = {};
const own: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'sanna', 'petra', 'outi', 'ilkka']);
  const db = t.deps.db;
  const eetu = await personId(db, 'Eetu Juhani', 'Mäki');
  demo.eetuPn = await caseOf(db, 'Perheneuvola', eetu);
  demo.eetuKp = await caseOf(db, 'Kehitykselliset palvelut', eetu);
  demo.alvaPn = await caseOf(db, 'Perheneuvola', await personId(db, 'Alva', 'Lindgren'));
  demo.oskariPn = await caseOf(db, 'Perheneuvola', await personId(db, 'Oskari', 'Kivelä'));
  demo.venlaPnClosed = await caseOf(db, 'Perheneuvola', await personId(db, 'Venla', 'Rautio'));
  demo.aleksiLpsy = await caseOf(db, 'Lastenpsykiatrian poliklinikka', await personId(db, 'Aleksi', 'Heino'));

  const pn = await unitId(db, 'Perheneuvola');
  const pt = await unitId(db, 'Perhetyö');
  const open = async (agent: keyof Actors['as'], unit: string, pair?: string) =>
    (
      await openCaseFor(a.as[agent], {
        unitId: unit,
        personId: (await registerPerson(a.as[agent])).id,
        responsibleWorkerId: a.id[agent],
        ...(pair ? { pairWorkerId: pair } : {}),
      })
    ).id;
  own.ainoClosed = await open('aino', pn);
  await signFinalEvaluation(a.as.aino, own.ainoClosed);
  await a.as.aino.post(`/api/cases/${own.ainoClosed}/close`, { version: 1, reason: 'no_need' });
  own.mikkoPairInPt = await open('petra', pt, a.id.mikko);
  own.mikkoPairInPtClosed = await open('petra', pt, a.id.mikko);
  await signFinalEvaluation(a.as.petra, own.mikkoPairInPtClosed);
  await a.as.petra.post(`/api/cases/${own.mikkoPairInPtClosed}/close`, { version: 1, reason: 'no_need' });
});
afterAll(() => t.close());

async function myCases(key: keyof Actors['as']) {
  const res = await a.as[key].get('/api/cases/mine');
  expect(res.statusCode).toBe(200);
  const cases = (res.json() as { cases: CaseSummary[] }).cases;
  return { res, cases, ids: cases.map((c) => c.id) };
}

/** Every person the shown cases are about: their person and every member of their family. */
async function subjectsOf(cases: CaseSummary[]) {
  const ids = new Set<string>();
  for (const c of cases) {
    if (c.subject.person) ids.add(c.subject.person.id);
    if (c.subject.family)
      for (const m of await storedMembers(t.deps.db, c.subject.family.id)) ids.add(m.personId);
  }
  return [...ids].sort();
}

describe('my cases', () => {
  it("lists Aino's own, her pair case in another unit and her unit's open cases", async () => {
    const { ids } = await myCases('aino');

    expect(ids).toEqual(
      expect.arrayContaining([demo.eetuPn, demo.eetuKp, demo.alvaPn, demo.oskariPn, own.ainoClosed]),
    );
    expect(ids).not.toContain(demo.venlaPnClosed);
    expect(ids).not.toContain(demo.aleksiLpsy);
    expect(ids).not.toContain(own.mikkoPairInPt);
  });

  it("lists Mikko's closed case as its responsible, his pair cases, and no other unit's case", async () => {
    const { ids } = await myCases('mikko');

    expect(ids).toEqual(
      expect.arrayContaining([
        demo.venlaPnClosed,
        demo.oskariPn,
        demo.eetuPn,
        own.mikkoPairInPt,
        own.mikkoPairInPtClosed,
      ]),
    );
    expect(ids).not.toContain(demo.eetuKp);
    expect(ids).not.toContain(own.ainoClosed);
  });

  it('lists only cases where the actor is responsible, pair, or in the unit of an open case', async () => {
    for (const key of ['aino', 'mikko', 'sanna', 'petra'] as const) {
      const session = await a.as[key].get('/api/session');
      const units = new Set(session.json().user.units.map((u: { id: string }) => u.id));
      const { cases } = await myCases(key);

      expect(cases.length).toBeGreaterThan(0);
      for (const c of cases) {
        const mine = c.responsibleWorker.id === a.id[key] || c.pairWorker?.id === a.id[key];
        expect(mine || (c.status === 'open' && units.has(c.unit.id))).toBe(true);
      }
    }
  });

  it('logs one case_list row naming exactly the persons of the cases shown', async () => {
    const { res, cases } = await myCases('aino');

    const rows = await logRowsOf(t.deps.db, res);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      action: 'read',
      recordType: 'case_list',
      recordId: null,
      outcome: 'allowed',
      actorUserId: a.id.aino,
      detail: { shown: cases.length },
    });
    expect([...rows[0]!.subjectPersonIds].sort()).toEqual(await subjectsOf(cases));
  });

  it.each([
    ['an admin, though a member of Perheneuvola', 'ilkka'],
    ['a school worker, whose unit holds no cases', 'outi'],
  ] as const)('shows %s nothing, and logs that nobody was shown', async (_, key) => {
    const { res, cases } = await myCases(key);

    expect(cases).toEqual([]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      recordType: 'case_list',
      subjectPersonIds: [],
    });
  });

  it('answers 401 when signed out', async () => {
    const res = await (await t.anonymous()).get('/api/cases/mine');

    expect(res.statusCode).toBe(401);
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });
});

describe('case form options', () => {
  let options: CaseFormOptions;
  let res: LightMyRequestResponse;
  beforeAll(async () => {
    res = await a.as.aino.get('/api/cases/form-options');
    options = res.json();
  });

  it("offers the actor's own units with their workers, never an admin", async () => {
    expect(res.statusCode).toBe(200);
    expect(options.units.map((u) => u.name)).toEqual(['Perheneuvola']);
    const workers = options.units[0]!.workers.map((w) => w.displayName);
    expect(workers).toEqual(expect.arrayContaining(['Aino Virtanen', 'Mikko Lehtinen', 'Marja Kallio']));
    expect(workers).not.toContain('Ilkka Aaltonen');
  });

  it('offers pair workers of every unit, never an admin, and public purchasers only', async () => {
    const pairs = options.pairWorkers.map((w) => w.displayName);
    expect(pairs).toEqual(expect.arrayContaining(['Sanna Koskinen', 'Laura Mäkelä', 'Kaisa Rantanen']));
    expect(pairs).not.toContain('Ilkka Aaltonen');
    expect(options.purchasers.map((p) => p.name).sort()).toEqual([
      'Järvilaakson hyvinvointialue',
      'Järvilaakson kaupunki',
    ]);
  });

  it('holds no client data, so writes no access-log row', async () => {
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
    expect(res.body).not.toContain('Mäki');
  });

  it('offers a school worker no unit to open a case in', async () => {
    const school = await a.as.outi.get('/api/cases/form-options');

    expect(school.json().units).toEqual([]);
  });

  it('answers 401 when signed out', async () => {
    expect((await (await t.anonymous()).get('/api/cases/form-options')).statusCode).toBe(401);
  });
});
