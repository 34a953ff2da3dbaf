import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { goal, meetingOf, planContent } from './plan-fixtures';

let t: TestApp;
let a: Actors;
let pn: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

async function freshCase() {
  const person = await registerPerson(a.as.aino);
  return (await openCaseFor(a.as.aino, { unitId: pn, personId: person.id, responsibleWorkerId: a.id.aino }))
    .id;
}

const evaluate = (caseId: string, body: object) =>
  a.as.aino.post(`/api/cases/${caseId}/plan/evaluations`, body);

describe('evaluating the goals', () => {
  it('needs a plan: before the first version every goal is unknown', async () => {
    const caseId = await freshCase();
    const res = await evaluate(caseId, { scores: [{ goalId: randomUUID(), score: 0 }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'scores.0.goalId': 'invalid' });
  });

  it('refuses scores outside −2…+2, goals the current version does not have, and a goal twice', async () => {
    const caseId = await freshCase();
    const sleep = goal('Nukun yöt kotona');
    await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent({ goals: [sleep] }),
    });

    for (const score of [3, -3, 1.5]) {
      const res = await evaluate(caseId, { scores: [{ goalId: sleep.id, score }] });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ 'scores.0.score': 'invalid' });
    }
    const unknown = await evaluate(caseId, {
      scores: [
        { goalId: sleep.id, score: 0 },
        { goalId: randomUUID(), score: 1 },
        { goalId: sleep.id, score: 1 },
      ],
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.fields).toEqual({
      'scores.1.goalId': 'invalid',
      'scores.2.goalId': 'invalid',
    });
    const notOfCase = await evaluate(caseId, {
      meetingId: await meetingOf(t.deps.db, await freshCase(), a.id.aino),
      scores: [{ goalId: sleep.id, score: 0 }],
    });
    expect(notOfCase.json().error.fields).toEqual({ meetingId: 'invalid' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/plan/evaluations`)).json().reviews).toEqual([]);
  });

  it('follows a goal through versions by its id, and lists the reviews oldest first', async () => {
    const caseId = await freshCase();
    const sleep = goal('Nukun yöt kotona');
    const school = goal('Käyn koulua joka päivä');
    await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent({ goals: [sleep, school] }),
    });
    const meetingId = await meetingOf(t.deps.db, caseId, a.id.aino);

    const first = await evaluate(caseId, {
      meetingId,
      scores: [
        { goalId: sleep.id, score: -1, comment: '  Yöt vielä levottomia  ' },
        { goalId: school.id, score: 0 },
      ],
    });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      evaluatedBy: 'Aino Virtanen',
      meetingId,
      planVersionNo: 1,
      scores: [
        { goalId: sleep.id, score: -1, comment: 'Yöt vielä levottomia' },
        { goalId: school.id, score: 0, comment: null },
      ],
    });

    // Version 2 rewords the sleep goal under the same id and drops the school goal.
    await a.as.mikko.post(`/api/cases/${caseId}/plan`, {
      basedOn: 1,
      content: planContent({ goals: [{ ...sleep, familyWords: 'Nukun kaikki yöt kotona' }] }),
    });
    const dropped = await evaluate(caseId, { scores: [{ goalId: school.id, score: 1 }] });
    expect(dropped.json().error.fields).toEqual({ 'scores.0.goalId': 'invalid' });
    const second = await a.as.mikko.post(`/api/cases/${caseId}/plan/evaluations`, {
      scores: [{ goalId: sleep.id, score: 2 }],
    });
    expect(second.json()).toMatchObject({ planVersionNo: 2, meetingId: null, evaluatedBy: 'Mikko Lehtinen' });

    const list = await a.as.aino.get(`/api/cases/${caseId}/plan/evaluations`);
    expect(list.json().reviews.map((r: { id: string }) => r.id)).toEqual([first.json().id, second.json().id]);
    expect(list.json().reviews.map((r: { planVersionNo: number }) => r.planVersionNo)).toEqual([1, 2]);
    expect(await theLogRowOf(t.deps.db, list)).toMatchObject({
      action: 'read',
      recordType: 'plan',
      recordId: caseId,
      detail: { part: 'evaluations' },
    });
  });

  it('keeps a review as written: the trigger refuses a direct UPDATE or DELETE', async () => {
    const caseId = await freshCase();
    const sleep = goal('Nukun yöt kotona');
    await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent({ goals: [sleep] }),
    });
    expect((await evaluate(caseId, { scores: [{ goalId: sleep.id, score: 0 }] })).statusCode).toBe(201);
    const q = t.deps.database.raw.query;
    await expect(
      q('update goal_reviews set plan_version_no = 9 where case_id = $1', [caseId]),
    ).rejects.toThrow(/never changed or removed/);
    await expect(q('delete from goal_reviews where case_id = $1', [caseId])).rejects.toThrow(
      /never changed or removed/,
    );
  });
});
