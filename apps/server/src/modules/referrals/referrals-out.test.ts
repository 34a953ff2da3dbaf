import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { childCaseWithGuardian } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'sanna', 'petra']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

const out = (caseId: string) => a.as.aino.get(`/api/cases/${caseId}/referrals-out`);

describe('referrals out', () => {
  it('to a directory service close their loop step by step as the worker records them', async () => {
    const { caseId } = await childCaseWithGuardian(a.as.aino, pn, a.id.aino);
    const service = (await a.as.aino.get('/api/service-directory')).json().services[0];

    const sent = await a.as.aino.post(`/api/cases/${caseId}/referrals-out`, {
      serviceId: service.id,
      reason: 'Vertaistuki vanhemmalle',
      urgency: 'normal',
      contactConsent: true,
    });
    const skip = await a.as.aino.post(`/api/referrals-out/${sent.json().id}/status`, {
      version: 1,
      status: 'completed',
    });
    const received = await a.as.aino.post(`/api/referrals-out/${sent.json().id}/status`, {
      version: 1,
      status: 'received',
    });
    const accepted = await a.as.aino.post(`/api/referrals-out/${sent.json().id}/status`, {
      version: 2,
      status: 'accepted',
    });

    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      status: 'sent',
      target: { kind: 'service', name: service.name },
      followsUnit: false,
    });
    expect(skip.statusCode).toBe(400);
    expect(received.json().status).toBe('received');
    expect(accepted.json().status).toBe('accepted');
    expect((await out(caseId)).json().referrals).toEqual([expect.objectContaining({ status: 'accepted' })]);
    expect((await a.as.petra.get(`/api/cases/${caseId}/referrals-out`)).statusCode).toBe(404);
  });

  it('to a Verkosto unit arrive in its inbox, and follow its triage', async () => {
    const { caseId, child } = await childCaseWithGuardian(a.as.aino, pn, a.id.aino);

    const sent = await a.as.aino.post(`/api/cases/${caseId}/referrals-out`, {
      targetUnitId: kp,
      reason: 'Motoriikan arvio',
      urgency: 'soon',
      contactConsent: true,
    });

    expect(sent.statusCode).toBe(201);
    expect(sent.json()).toMatchObject({
      status: 'sent',
      followsUnit: true,
      target: { name: 'Kehitykselliset palvelut' },
    });
    const inbox = (await a.as.sanna.get(`/api/units/${kp}/referrals`)).json().inbox;
    const arrived = inbox.find(
      (r: { childLastName: string; reason: string }) => r.childLastName === child.lastName,
    );
    expect(arrived).toMatchObject({ source: 'other_unit', reason: 'Motoriikan arvio', urgency: 'soon' });
    expect(arrived.guardianName).not.toBeNull();

    await a.as.sanna.post(`/api/referrals/${arrived.id}/decline`, { version: 1, reason: 'Ei tarvetta nyt' });
    expect((await out(caseId)).json().referrals[0]).toMatchObject({ status: 'declined' });
    const manual = await a.as.aino.post(`/api/referrals-out/${sent.json().id}/status`, {
      version: 1,
      status: 'accepted',
    });
    expect(manual.statusCode).toBe(400);
  });
});
