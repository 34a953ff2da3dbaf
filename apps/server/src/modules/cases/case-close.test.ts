import { randomUUID } from 'node:crypto';
import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, OUTSIDERS, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson, signFinalEvaluation } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { storedCase } from '../../../test/records';

let t: TestApp;
let a: Actors;
let pn: string;
beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'sanna', 'jussi', 'petra', 'outi', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

/** A fresh Perheneuvola case: Aino responsible, Sanna (Kehitykselliset palvelut) pair. */
async function freshCase() {
  const person = await registerPerson(a.as.aino);
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: person.id,
    responsibleWorkerId: a.id.aino,
    pairWorkerId: a.id.sanna,
  });
  return { caseId: opened.id, personId: person.id };
}

const today = () => helsinkiDate();

describe('closing a case', () => {
  it('closes with a reason and a note: 200, version + 1, logged as a close', async () => {
    const { caseId, personId } = await freshCase();

    await signFinalEvaluation(a.as.aino, caseId);
    const res = await a.as.aino.post(`/api/cases/${caseId}/close`, {
      version: 1,
      reason: 'goals_met',
      note: '  Tavoitteet saavutettiin.  ',
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'closed',
      phase: 'closed',
      closedOn: today(),
      closingReason: 'goals_met',
      closingNote: 'Tavoitteet saavutettiin.',
      version: 2,
      accessBasis: 'responsible_worker',
    });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'close',
      recordType: 'case',
      recordId: caseId,
      outcome: 'allowed',
      basis: 'responsible_worker',
      subjectPersonIds: [personId],
    });
  });

  it('refuses a stale version with 409 and leaves the case open', async () => {
    const { caseId } = await freshCase();

    await signFinalEvaluation(a.as.aino, caseId);
    const res = await a.as.aino.post(`/api/cases/${caseId}/close`, { version: 7, reason: 'no_need' });

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect(await storedCase(t.deps.db, caseId)).toMatchObject({
      status: 'open',
      version: 1,
      closingReason: null,
    });
  });

  it('refuses closing twice with 409 case_closed, keeping the first reason', async () => {
    const { caseId } = await freshCase();
    await signFinalEvaluation(a.as.aino, caseId);
    await a.as.aino.post(`/api/cases/${caseId}/close`, { version: 1, reason: 'moved_away' });

    const res = await a.as.aino.post(`/api/cases/${caseId}/close`, { version: 2, reason: 'other' });

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('case_closed');
    expect(await storedCase(t.deps.db, caseId)).toMatchObject({ closingReason: 'moved_away', version: 2 });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'close', basis: 'responsible_worker' });
  });

  it('lets a unit colleague close an open case', async () => {
    const { caseId } = await freshCase();

    await signFinalEvaluation(a.as.mikko, caseId);
    const res = await a.as.mikko.post(`/api/cases/${caseId}/close`, { version: 1, reason: 'transferred' });

    expect(res.statusCode).toBe(200);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'close', basis: 'unit_worker' });
  });

  it.each([
    ['an unknown reason', { version: 1, reason: 'bored' }, { reason: 'invalid' }],
    ['no version', { reason: 'goals_met' }, { version: 'required' }],
    [
      'a note over 2000 characters',
      { version: 1, reason: 'other', note: 'x'.repeat(2001) },
      { note: 'too_long' },
    ],
  ])('refuses %s with 400 and leaves the case open', async (_, body, fields) => {
    const { caseId } = await freshCase();

    const res = await a.as.aino.post(`/api/cases/${caseId}/close`, body);

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual(fields);
    expect(await storedCase(t.deps.db, caseId)).toMatchObject({ status: 'open' });
  });

  it.each(OUTSIDERS)(
    'answers $who like an unknown id, logs it, and leaves the case open',
    async ({ key, reason }) => {
      const { caseId, personId } = await freshCase();
      const unknown = await a.as.aino.post(`/api/cases/${randomUUID()}/close`, {
        version: 1,
        reason: 'other',
      });

      const res = await a.as[key].post(`/api/cases/${caseId}/close`, { version: 1, reason: 'other' });

      expect(unknown.statusCode).toBe(404);
      expect(res.statusCode).toBe(404);
      expect(res.json()).toEqual(unknown.json());
      expect(await storedCase(t.deps.db, caseId)).toMatchObject({ status: 'open', version: 1 });
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
        action: 'close',
        recordType: 'case',
        outcome: 'denied',
        basis: reason,
        subjectPersonIds: [personId],
      });
    },
  );

  it('answers 401 when signed out, and leaves the case open', async () => {
    const { caseId } = await freshCase();

    const res = await (await t.anonymous()).post(`/api/cases/${caseId}/close`, {
      version: 1,
      reason: 'other',
    });

    expect(res.statusCode).toBe(401);
    expect(await storedCase(t.deps.db, caseId)).toMatchObject({ status: 'open' });
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });
});

describe('a closed case', () => {
  let caseId: string;
  beforeAll(async () => {
    ({ caseId } = await freshCase());
    await signFinalEvaluation(a.as.aino, caseId);
    await a.as.aino.post(`/api/cases/${caseId}/close`, { version: 1, reason: 'goals_met' });
  });

  it('stays readable to the responsible worker', async () => {
    const res = await a.as.aino.get(`/api/cases/${caseId}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', accessBasis: 'responsible_worker' });
  });

  it('stays readable to the pair worker', async () => {
    const res = await a.as.sanna.get(`/api/cases/${caseId}`);

    expect(res.statusCode).toBe(200);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ basis: 'pair_worker' });
  });

  it('closes to a unit colleague, who gets 404 and a logged refusal', async () => {
    const read = await a.as.mikko.get(`/api/cases/${caseId}`);
    const close = await a.as.mikko.post(`/api/cases/${caseId}/close`, { version: 2, reason: 'other' });

    expect(read.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      outcome: 'denied',
      basis: 'no_care_relationship',
    });
    expect(close.statusCode).toBe(404);
    expect(close.json().error.code).toBe('not_found');
  });
});
