import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { personId, unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson, signFinalEvaluation } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let kp: string;
let pn: string;

/** A shared client of our own: a child with a Perheneuvola case (Aino) and a guardian in a family. */
async function sharedClient() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { dateOfBirth: '1985-01-01' });
  // The first member is the child, the rest guardians with custody.
  await registerFamily(a.as.aino, [child.id, guardian.id]);
  const counselling = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  return { child, guardian, caseId: counselling.id };
}

const nextYear = () => `${new Date().getUTCFullYear() + 1}-06-30`;
const today = () => helsinkiDate();

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'jussi', 'sanna', 'riikka', 'ilkka']);
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

describe('a disclosure consent', () => {
  it('opens the case to the named unit only while it is in force, and withdrawal closes it at once', async () => {
    const { guardian, caseId } = await sharedClient();
    expect((await a.as.jussi.get(`/api/cases/${caseId}`)).statusCode).toBe(404);

    const recorded = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      givenByPersonId: guardian.id,
      childView: 'Haluan, että Sanna tietää.',
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'written',
      validFrom: today(),
      validTo: nextYear(),
    });
    expect(recorded.statusCode).toBe(201);
    const consent = recorded.json();
    expect(consent).toMatchObject({
      status: 'active',
      recipient: { kind: 'unit', name: 'Kehitykselliset palvelut' },
    });
    expect(await theLogRowOf(t.deps.db, recorded)).toMatchObject({
      action: 'create',
      recordType: 'consent',
      outcome: 'allowed',
    });

    const read = await a.as.jussi.get(`/api/cases/${caseId}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      accessBasis: 'consent',
      sharedByConsent: { validTo: nextYear() },
      register: 'social',
    });
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      outcome: 'allowed',
      basis: 'consent',
      detail: { consentId: consent.id },
    });
    // Read only: the consent lets nobody change the case or keep its consents.
    expect(
      (await a.as.jussi.post(`/api/cases/${caseId}/close`, { version: 1, reason: 'other' })).statusCode,
    ).toBe(404);
    expect((await a.as.jussi.get(`/api/cases/${caseId}/consents`)).statusCode).toBe(404);
    // Other units are not named: still closed to them.
    expect((await a.as.riikka.get(`/api/cases/${caseId}`)).statusCode).toBe(404);

    const withdrawn = await a.as.aino.post(`/api/consents/${consent.id}/withdraw`, {});
    expect(withdrawn.statusCode).toBe(200);
    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn', withdrawnBy: 'Aino Virtanen' });
    const after = await a.as.jussi.get(`/api/cases/${caseId}`);
    expect(after.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, after)).toMatchObject({
      outcome: 'denied',
      basis: 'no_care_relationship',
    });
  });

  it('can be withdrawn after the case has closed, and then opens nothing', async () => {
    const { guardian, caseId } = await sharedClient();
    const consent = (
      await a.as.aino.post(`/api/cases/${caseId}/consents`, {
        givenByPersonId: guardian.id,
        recipientUnitId: kp,
        purpose: 'disclosure',
        method: 'written',
        validFrom: today(),
      })
    ).json();
    await signFinalEvaluation(a.as.aino, caseId);
    expect(
      (await a.as.aino.post(`/api/cases/${caseId}/close`, { version: 1, reason: 'goals_met' })).statusCode,
    ).toBe(200);
    expect((await a.as.jussi.get(`/api/cases/${caseId}`)).statusCode).toBe(200);

    const withdrawn = await a.as.aino.post(`/api/consents/${consent.id}/withdraw`, {});

    expect(withdrawn.json()).toMatchObject({ status: 'withdrawn' });
    expect((await a.as.jussi.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('opens nothing before it begins or after it ends', async () => {
    const { guardian, caseId } = await sharedClient();
    const base = {
      givenByPersonId: guardian.id,
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'verbal',
    };
    const future = await a.as.aino.post(`/api/cases/${caseId}/consents`, { ...base, validFrom: nextYear() });
    expect(future.json().status).toBe('pending');
    const ended = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    });
    expect(ended.json().status).toBe('expired');

    expect((await a.as.jussi.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
  });

  it('may name a whole organisation, and purposes other than disclosure open no records', async () => {
    const { guardian, caseId } = await sharedClient();
    const county = (await a.as.aino.get(`/api/cases/${caseId}/consents`))
      .json()
      .recipientOrganisations.find((o: { name: string }) => o.name === 'Järvilaakson hyvinvointialue');
    const base = { givenByPersonId: guardian.id, method: 'electronic', validFrom: today() };
    await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      recipientUnitId: kp,
      purpose: 'see_plan',
    });
    expect((await a.as.jussi.get(`/api/cases/${caseId}`)).statusCode).toBe(404);

    await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      recipientOrganisationId: county.id,
      purpose: 'disclosure',
    });
    expect((await a.as.riikka.get(`/api/cases/${caseId}`)).json()).toMatchObject({ accessBasis: 'consent' });
  });

  it('shows the person page to the consented unit with the case that the consent opened', async () => {
    const { child, guardian, caseId } = await sharedClient();
    await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      givenByPersonId: guardian.id,
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'written',
      validFrom: today(),
    });

    const page = await a.as.jussi.get(`/api/persons/${child.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.json().cases.map((c: { id: string }) => c.id)).toEqual([caseId]);
  });
});

describe('recording consents', () => {
  it('takes consent only from the client or a guardian, to another unit, and writes nothing otherwise', async () => {
    const { caseId } = await sharedClient();
    const stranger = await registerPerson(a.as.aino);
    const base = { recipientUnitId: kp, purpose: 'disclosure', method: 'written', validFrom: today() };

    const fromStranger = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      givenByPersonId: stranger.id,
    });
    expect(fromStranger.statusCode).toBe(400);
    expect(fromStranger.json().error.fields).toEqual({ givenByPersonId: 'invalid' });

    const panel = (await a.as.aino.get(`/api/cases/${caseId}/consents`)).json();
    expect(panel.consents).toEqual([]);
    expect(panel.givers.map((g: { role: string }) => g.role).sort()).toEqual(['client', 'guardian']);
    expect(panel.recipientUnits.map((u: { id: string }) => u.id)).not.toContain(pn);

    const both = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      givenByPersonId: panel.givers[0].id,
      recipientOrganisationId: kp,
    });
    expect(both.statusCode).toBe(400);
    const backwards = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      givenByPersonId: panel.givers[0].id,
      validTo: '2020-01-01',
    });
    expect(backwards.json().error.fields).toEqual({ validTo: 'invalid' });
  });

  it('is for the case’s own workers: others, admins and the signed-out get 404 or 401', async () => {
    const { guardian, caseId } = await sharedClient();
    const body = {
      givenByPersonId: guardian.id,
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'written',
      validFrom: today(),
    };

    expect((await a.as.mikko.post(`/api/cases/${caseId}/consents`, body)).statusCode).toBe(201);
    for (const outsider of [a.as.sanna, a.as.riikka, a.as.ilkka]) {
      const res = await outsider.post(`/api/cases/${caseId}/consents`, body);
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'consent' });
    }
    expect((await (await t.anonymous()).get(`/api/cases/${caseId}/consents`)).statusCode).toBe(401);
    expect(
      (await a.as.riikka.post('/api/consents/00000000-0000-4000-8000-000000000000/withdraw', {})).statusCode,
    ).toBe(404);
  });

  it('lets the demo guardian share Eetu’s family counselling case with developmental services', async () => {
    const eetu = await personId(t.deps.db, 'Eetu Juhani', 'Mäki');
    const tiina = await personId(t.deps.db, 'Tiina', 'Mäki');
    const cases = (await a.as.aino.get(`/api/persons/${eetu}`)).json().cases as {
      id: string;
      unit: { name: string };
    }[];
    const counselling = cases.find((c) => c.unit.name === 'Perheneuvola')!;
    const panel = (await a.as.aino.get(`/api/cases/${counselling.id}/consents`)).json();
    expect(panel.givers).toEqual(
      expect.arrayContaining([expect.objectContaining({ id: tiina, role: 'guardian' })]),
    );
  });
});

describe('a consent for a multi-agency team', () => {
  it('names a team of the case’s unit, for team consultation only', async () => {
    const { guardian, caseId } = await sharedClient();
    const panel = (await a.as.aino.get(`/api/cases/${caseId}/consents`)).json();
    const team = panel.recipientTeams.find(
      (x: { name: string }) => x.name === 'Lasten ja nuorten monialainen tiimi',
    );
    const base = { givenByPersonId: guardian.id, method: 'written', validFrom: today() };

    const wrongPurpose = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      recipientTeamId: team.id,
      purpose: 'disclosure',
    });
    const noTeam = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      recipientUnitId: kp,
      purpose: 'team_consultation',
    });
    const ok = await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      ...base,
      recipientTeamId: team.id,
      purpose: 'team_consultation',
    });

    expect(wrongPurpose.statusCode).toBe(400);
    expect(wrongPurpose.json().error.fields).toEqual({ recipientTeamId: 'invalid' });
    expect(noTeam.statusCode).toBe(400);
    expect(ok.statusCode).toBe(201);
    expect(ok.json().recipient).toEqual({
      kind: 'team',
      id: team.id,
      name: 'Lasten ja nuorten monialainen tiimi',
    });
    // A team consent opens no case: the other unit still cannot read it.
    expect((await a.as.jussi.get(`/api/cases/${caseId}`)).statusCode).toBe(404);
  });
});
