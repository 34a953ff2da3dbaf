import { randomUUID } from 'node:crypto';
import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, type DemoKey, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson, signFinalEvaluation } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { goal, planContent } from './plan-fixtures';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;
const today = () => helsinkiDate();

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'timo', 'riikka', 'jussi', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

const g = goal('Eetu uskaltaa mennä kouluun');

/** A Perheneuvola case (Aino responsible, Timo of Perhetyö pair) with version 1 of its plan. */
async function caseWithPlan() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { dateOfBirth: '1985-01-01' });
  await registerFamily(a.as.aino, [child.id, guardian.id]);
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
    pairWorkerId: a.id.timo,
  });
  const saved = await a.as.aino.post(`/api/cases/${opened.id}/plan`, {
    basedOn: 0,
    content: planContent({ goals: [g] }),
  });
  if (saved.statusCode !== 201) throw new Error(`caseWithPlan: ${saved.statusCode} ${saved.body}`);
  return { caseId: opened.id, version: opened.version, child, guardian };
}

const latestNo = async (caseId: string) =>
  (await a.as.aino.get(`/api/cases/${caseId}/plan`)).json().current.versionNo as number;

describe('who may read and write the plan', () => {
  it.each([
    { who: 'the responsible worker', key: 'aino', basis: 'responsible_worker' },
    { who: 'the pair worker, of another unit', key: 'timo', basis: 'pair_worker' },
    { who: 'a worker of the unit', key: 'mikko', basis: 'unit_worker' },
  ] as const satisfies readonly { who: string; key: DemoKey; basis: string }[])(
    '$who reads and saves a version and an evaluation, each logged with basis $basis',
    async ({ key, basis }) => {
      const { caseId, child } = await caseWithPlan();
      const agent = a.as[key];

      const read = await agent.get(`/api/cases/${caseId}/plan`);
      expect(read.statusCode).toBe(200);
      expect(read.json()).toMatchObject({ canEdit: true, current: { versionNo: 1 } });
      expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
        action: 'read',
        recordType: 'plan',
        recordId: caseId,
        outcome: 'allowed',
        basis,
        subjectPersonIds: expect.arrayContaining([child.id]),
      });

      const saved = await agent.post(`/api/cases/${caseId}/plan`, {
        basedOn: 1,
        content: planContent({ goals: [g] }),
      });
      expect(saved.statusCode).toBe(201);
      expect(await theLogRowOf(t.deps.db, saved)).toMatchObject({ action: 'create', basis });

      const evaluated = await agent.post(`/api/cases/${caseId}/plan/evaluations`, {
        scores: [{ goalId: g.id, score: 1 }],
      });
      expect(evaluated.statusCode).toBe(201);
      expect(await theLogRowOf(t.deps.db, evaluated)).toMatchObject({
        action: 'create',
        basis,
        detail: { part: 'evaluation' },
      });
    },
  );

  it.each([
    { who: 'a worker of another unit in the same register', key: 'riikka', reason: 'no_care_relationship' },
    { who: 'a worker of the other register, without consent', key: 'jussi', reason: 'no_care_relationship' },
    { who: 'an admin', key: 'ilkka', reason: 'role' },
  ] as const satisfies readonly { who: string; key: DemoKey; reason: string }[])(
    '$who gets 404 on every route, each attempt logged as refused ($reason)',
    async ({ key, reason }) => {
      const { caseId } = await caseWithPlan();
      const agent = a.as[key];
      const attempts = [
        await agent.get(`/api/cases/${caseId}/plan`),
        await agent.get(`/api/cases/${caseId}/plan/versions/1`),
        await agent.get(`/api/cases/${caseId}/plan/evaluations`),
        await agent.post(`/api/cases/${caseId}/plan`, { basedOn: 1, content: planContent({ goals: [g] }) }),
        await agent.post(`/api/cases/${caseId}/plan/evaluations`, { scores: [{ goalId: g.id, score: 0 }] }),
      ];
      for (const res of attempts) {
        expect(res.statusCode).toBe(404);
        expect(res.json().error.code).toBe('not_found');
        expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
          recordType: 'plan',
          recordId: caseId,
          outcome: 'denied',
          basis: reason,
        });
      }
      expect(await latestNo(caseId)).toBe(1);
    },
  );

  it('opens to read under a disclosure consent, naming it in the log, but never to write', async () => {
    const { caseId, guardian } = await caseWithPlan();
    const consent = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      givenByPersonId: guardian.id,
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'written',
      validFrom: today(),
    });
    expect(consent.statusCode).toBe(201);

    const read = await a.as.jussi.get(`/api/cases/${caseId}/plan`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ canEdit: false, current: { versionNo: 1 } });
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      basis: 'consent',
      detail: { consentId: consent.json().id },
    });
    expect((await a.as.jussi.get(`/api/cases/${caseId}/plan/versions/1`)).statusCode).toBe(200);
    expect((await a.as.jussi.get(`/api/cases/${caseId}/plan/evaluations`)).statusCode).toBe(200);

    const write = await a.as.jussi.post(`/api/cases/${caseId}/plan`, {
      basedOn: 1,
      content: planContent({ goals: [g] }),
    });
    expect(write.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, write)).toMatchObject({
      action: 'create',
      outcome: 'denied',
      basis: 'no_care_relationship',
    });
    const evaluate = await a.as.jussi.post(`/api/cases/${caseId}/plan/evaluations`, {
      scores: [{ goalId: g.id, score: 0 }],
    });
    expect(evaluate.statusCode).toBe(404);
    expect(await latestNo(caseId)).toBe(1);
  });

  it('answers an unknown case 404 and logs the attempt', async () => {
    const unknown = randomUUID();
    for (const res of [
      await a.as.aino.get(`/api/cases/${unknown}/plan`),
      await a.as.aino.post(`/api/cases/${unknown}/plan`, { basedOn: 0, content: planContent() }),
    ]) {
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
        recordId: unknown,
        outcome: 'denied',
        basis: 'no_care_relationship',
      });
    }
  });
});

describe('a closed case', () => {
  it('stays readable to its own workers, tells them 409 case_closed on a write, and 404 to the unit', async () => {
    const { caseId, version } = await caseWithPlan();
    await signFinalEvaluation(a.as.aino, caseId);
    const closed = await a.as.aino.post(`/api/cases/${caseId}/close`, { version, reason: 'goals_met' });
    expect(closed.statusCode).toBe(200);

    const read = await a.as.aino.get(`/api/cases/${caseId}/plan`);
    expect(read.json()).toMatchObject({ canEdit: false, current: { versionNo: 1 } });

    for (const agent of [a.as.aino, a.as.timo]) {
      const save = await agent.post(`/api/cases/${caseId}/plan`, {
        basedOn: 1,
        content: planContent({ goals: [g] }),
      });
      expect(save.statusCode).toBe(409);
      expect(save.json().error.code).toBe('case_closed');
      const evaluate = await agent.post(`/api/cases/${caseId}/plan/evaluations`, {
        scores: [{ goalId: g.id, score: 2 }],
      });
      expect(evaluate.json().error.code).toBe('case_closed');
    }
    const unitWorker = await a.as.mikko.post(`/api/cases/${caseId}/plan`, {
      basedOn: 1,
      content: planContent({ goals: [g] }),
    });
    expect(unitWorker.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, unitWorker)).toMatchObject({ outcome: 'denied' });
    expect(await latestNo(caseId)).toBe(1);
  });
});
