import { addWorkingDays, helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { registerPerson, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;
let school: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['outi', 'aino', 'mikko', 'petra', 'sanna']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
  school = await unitId(t.deps.db, 'Koivurannan koulu');
});
afterAll(() => t.close());

const referral = (overrides: Record<string, unknown> = {}) => ({
  targetUnitId: pn,
  source: 'school',
  childFirstNames: 'Ville',
  childLastName: `Lähete${uniqueToken()}`,
  childDateOfBirth: '2016-03-14',
  guardianName: 'Riitta (äiti)',
  guardianPhone: '040 123 4567',
  reason: 'Ville väsyy koulussa ja vetäytyy; äiti toivoo tukea.',
  urgency: 'normal',
  contactConsent: true,
  ...overrides,
});

async function send(overrides: Record<string, unknown> = {}) {
  const res = await a.as.outi.post('/api/referrals', referral(overrides));
  if (res.statusCode !== 201) throw new Error(`send: ${res.statusCode} ${res.body}`);
  return res.json() as { id: string; child: string };
}
const sentBy = async (id: string) =>
  (await a.as.outi.get('/api/referrals/sent')).json().referrals.find((r: { id: string }) => r.id === id);
const unitView = async (unit = pn) => (await a.as.aino.get(`/api/units/${unit}/referrals`)).json();

async function accept(id: string) {
  const view = (await a.as.aino.get(`/api/referrals/${id}`)).json();
  const person = await registerPerson(a.as.aino, {
    firstNames: view.childFirstNames,
    lastName: view.childLastName,
    dateOfBirth: view.childDateOfBirth,
  });
  const res = await a.as.aino.post(`/api/referrals/${id}/accept`, {
    version: view.version,
    personId: person.id,
    serviceType: 'family_counselling',
    responsibleWorkerId: a.id.aino,
  });
  return { res, person };
}

describe('a referral from a school', () => {
  it('arrives in the unit’s inbox, and the sender sees it waiting for triage', async () => {
    const sent = await send();

    expect(sent).toMatchObject({
      targetUnit: 'Perheneuvola',
      status: 'received',
      receivedOn: helsinkiDate(),
    });
    expect(await sentBy(sent.id)).toMatchObject({ status: 'received', position: null });
    const inbox = (await unitView()).inbox;
    expect(inbox).toContainEqual(
      expect.objectContaining({
        id: sent.id,
        source: 'school',
        referrer: 'Outi Lindholm, Koulukuraattori',
        canTriage: true,
      }),
    );
  });

  it('refuses missing answers and a unit that keeps no client register, and saves nothing', async () => {
    const empty = await a.as.outi.post('/api/referrals', { ...referral(), reason: '', urgency: undefined });
    const toSchool = await a.as.outi.post('/api/referrals', referral({ targetUnitId: school }));

    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ reason: 'required', urgency: 'required' });
    expect(toSchool.statusCode).toBe(400);
    expect(toSchool.json().error.fields).toEqual({ targetUnitId: 'invalid' });
  });

  it('is triaged by the receiving unit only: others get 404, logged', async () => {
    const sent = await send();

    for (const key of ['petra', 'sanna', 'outi'] as const) {
      const res = await a.as[key].get(`/api/referrals/${sent.id}`);
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'referral' });
    }
    expect((await a.as.petra.get(`/api/units/${pn}/referrals`)).statusCode).toBe(404);
    const declined = await a.as.petra.post(`/api/referrals/${sent.id}/decline`, { version: 1, reason: 'x' });
    expect(declined.statusCode).toBe(404);
    expect((await sentBy(sent.id)).status).toBe('received');
  });
});

describe('the duplicate check', () => {
  it('finds the person by name and date of birth, with the units that already have an open case', async () => {
    const sent = await send();
    const view = (await a.as.aino.get(`/api/referrals/${sent.id}`)).json();
    const person = await registerPerson(a.as.sanna, {
      firstNames: 'Ville',
      lastName: view.childLastName,
      dateOfBirth: '2016-03-14',
    });
    await a.as.sanna.post('/api/cases', {
      unitId: kp,
      personId: person.id,
      serviceType: 'developmental_services',
      responsibleWorkerId: a.id.sanna,
    });

    const res = await a.as.aino.get(`/api/referrals/${sent.id}/matches`);

    expect(res.statusCode).toBe(200);
    expect(res.json().matches).toEqual([
      expect.objectContaining({
        personId: person.id,
        openCases: [{ unit: 'Kehitykselliset palvelut', serviceType: 'developmental_services' }],
      }),
    ]);
    // The referral's read, then the search with every person it showed.
    expect(await logRowsOf(t.deps.db, res)).toEqual([
      expect.objectContaining({ action: 'read', recordType: 'referral', outcome: 'allowed' }),
      expect.objectContaining({
        action: 'search',
        recordType: 'person_search',
        subjectPersonIds: [person.id],
      }),
    ]);
  });
});

describe('accepting into the waiting list', () => {
  it('opens a case in its referral phase dated on the referral; the clocks run from it', async () => {
    const sent = await send({ urgency: 'soon' });

    const { res, person } = await accept(sent.id);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'waiting', decidedBy: 'Aino Virtanen', canTriage: false });
    const caseId = res.json().caseId;
    const opened = (await a.as.aino.get(`/api/cases/${caseId}`)).json();
    expect(opened).toMatchObject({
      phase: 'referral',
      openedOn: helsinkiDate(),
      subject: { person: { id: person.id } },
    });
    const listed = (await unitView()).waitingList.find((w: { caseId: string }) => w.caseId === caseId);
    expect(listed).toMatchObject({
      client: `Ville ${person.lastName}`,
      urgency: 'soon',
      waitedWorkingDays: 0,
      responsibleWorker: 'Aino Virtanen',
    });
    expect(listed.clocks[0]).toMatchObject({
      key: 'assessment_started',
      deadline: addWorkingDays(helsinkiDate(), 7),
    });
    expect(await sentBy(sent.id)).toMatchObject({ status: 'waiting', position: listed.position });
  });

  it('orders the list by urgency, then by waiting time, and lets a started case leave it', async () => {
    const normal = await send({ urgency: 'normal' });
    const urgent = await send({ urgency: 'urgent' });
    const first = (await accept(normal.id)).res.json();
    const second = (await accept(urgent.id)).res.json();

    const list = (await unitView()).waitingList;
    const place = (caseId: string) => list.findIndex((w: { caseId: string }) => w.caseId === caseId);
    expect(place(second.caseId)).toBeLessThan(place(first.caseId));
    expect(list.map((w: { position: number }) => w.position)).toEqual(
      list.map((_: unknown, i: number) => i + 1),
    );

    const started = await a.as.aino.post(`/api/cases/${second.caseId}/phase`, {
      version: 1,
      to: 'intake',
      reason: 'Ensikäynti sovittu',
    });
    expect(started.statusCode).toBe(200);
    expect((await unitView()).waitingList.map((w: { caseId: string }) => w.caseId)).not.toContain(
      second.caseId,
    );
    expect((await sentBy(urgent.id)).status).toBe('started');
  });

  it('is decided once: a second decision answers 409 and a refused one leaves the referral as it was', async () => {
    const sent = await send();
    const badWorker = await a.as.aino.post(`/api/referrals/${sent.id}/accept`, {
      version: 1,
      personId: (await registerPerson(a.as.aino)).id,
      serviceType: 'family_counselling',
      responsibleWorkerId: a.id.petra,
    });
    expect(badWorker.statusCode).toBe(400);
    expect(badWorker.json().error.fields).toEqual({ responsibleWorkerId: 'worker_not_in_unit' });
    expect((await a.as.aino.get(`/api/referrals/${sent.id}`)).json()).toMatchObject({
      status: 'received',
      caseId: null,
    });

    await accept(sent.id);
    const again = await a.as.mikko.post(`/api/referrals/${sent.id}/decline`, { version: 2, reason: 'x' });

    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('referral_decided');
  });
});

describe('redirecting and declining', () => {
  it('sends the referral on to another unit’s inbox, and the sender follows it with the message', async () => {
    const sent = await send();

    const res = await a.as.aino.post(`/api/referrals/${sent.id}/redirect`, {
      version: 1,
      toUnitId: kp,
      messageToReferrer: 'Kehitykselliset palvelut arvioi ensin.',
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'redirected', redirectedTo: 'Kehitykselliset palvelut' });
    const kpInbox = (await a.as.sanna.get(`/api/units/${kp}/referrals`)).json().inbox;
    expect(kpInbox).toContainEqual(expect.objectContaining({ childLastName: sent.child.split(' ')[1] }));
    const mine = (await a.as.outi.get('/api/referrals/sent'))
      .json()
      .referrals.filter((r: { child: string }) => r.child === sent.child);
    expect(mine).toEqual([
      expect.objectContaining({
        status: 'redirected',
        messageToReferrer: 'Kehitykselliset palvelut arvioi ensin.',
      }),
      expect.objectContaining({ status: 'received', targetUnit: 'Kehitykselliset palvelut' }),
    ]);
  });

  it('declines with a reason the sender sees', async () => {
    const sent = await send();

    const res = await a.as.aino.post(`/api/referrals/${sent.id}/decline`, {
      version: 1,
      reason: 'Ohjattu koulun oppilashuoltoon.',
    });

    expect(res.statusCode).toBe(200);
    expect(await sentBy(sent.id)).toMatchObject({
      status: 'declined',
      declineReason: 'Ohjattu koulun oppilashuoltoon.',
    });
    expect((await unitView()).inbox.map((r: { id: string }) => r.id)).not.toContain(sent.id);
  });
});
