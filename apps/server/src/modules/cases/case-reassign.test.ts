import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['marja', 'aino', 'mikko', 'sanna', 'petra']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

const freshCase = async () => {
  const person = await registerPerson(a.as.aino);
  return openCaseFor(a.as.aino, { unitId: pn, personId: person.id, responsibleWorkerId: a.id.aino });
};

describe('rebalancing caseloads', () => {
  it('lets the unit’s team lead move a case to another worker and pair, logged with who held it', async () => {
    const opened = await freshCase();

    const res = await a.as.marja.post(`/api/cases/${opened.id}/reassign`, {
      version: 1,
      responsibleWorkerId: a.id.mikko,
      pairWorkerId: a.id.sanna,
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      version: 2,
      responsibleWorker: { displayName: 'Mikko Lehtinen' },
      pairWorker: { displayName: 'Sanna Koskinen' },
    });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'update',
      recordType: 'case',
      detail: { reassigned: { responsible: [a.id.aino, a.id.mikko], pair: [null, a.id.sanna] } },
    });
  });

  it('is the team lead’s: a worker or another unit’s worker gets 404; a worker outside the unit is refused', async () => {
    const opened = await freshCase();

    const byWorker = await a.as.aino.post(`/api/cases/${opened.id}/reassign`, {
      version: 1,
      responsibleWorkerId: a.id.mikko,
    });
    const byOther = await a.as.petra.post(`/api/cases/${opened.id}/reassign`, {
      version: 1,
      responsibleWorkerId: a.id.petra,
    });
    const outside = await a.as.marja.post(`/api/cases/${opened.id}/reassign`, {
      version: 1,
      responsibleWorkerId: a.id.petra,
    });
    const stale = await a.as.marja.post(`/api/cases/${opened.id}/reassign`, {
      version: 5,
      responsibleWorkerId: a.id.mikko,
    });

    expect(byWorker.statusCode).toBe(404);
    expect(byOther.statusCode).toBe(404);
    expect(outside.statusCode).toBe(400);
    expect(outside.json().error.fields).toEqual({ responsibleWorkerId: 'worker_not_in_unit' });
    expect(stale.statusCode).toBe(409);
    expect((await a.as.aino.get(`/api/cases/${opened.id}`)).json()).toMatchObject({
      version: 1,
      responsibleWorker: { displayName: 'Aino Virtanen' },
    });
  });
});
