import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { startTestApp, type TestApp } from '../../../test/harness';
import { meetingOf, providerAndPurchaser, purchasedFamilyCase } from '../../../test/process';

let t: TestApp;
let a: Actors;
let ids: { kompassi: string; county: string; worker: string };

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['kaisa', 'paula', 'aino']);
  ids = { ...(await providerAndPurchaser(t)), worker: a.id.kaisa };
});
afterAll(() => t.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

/** A purchased case with two delivered meetings, a planned one, and a signed and a draft summary. */
async function deliveredCase() {
  const c = await purchasedFamilyCase(a.as.kaisa, ids);
  await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, {
    type: 'assessment_visit',
    setting: 'home',
    startsAt: daysAgo(5),
  });
  await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, {
    type: 'intake',
    setting: 'office',
    startsAt: daysAgo(9),
  });
  await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, { type: 'home_visit', setting: 'home' });
  const period = {
    periodStart: helsinkiDate(new Date(Date.now() - 30 * 86_400_000)),
    periodEnd: helsinkiDate(),
  };
  const signed = (
    await a.as.kaisa.post(`/api/cases/${c.caseId}/summaries`, { kind: 'period', ...period })
  ).json();
  await a.as.kaisa.post(`/api/summaries/${signed.id}/sign`, { version: 1 });
  const draft = (
    await a.as.kaisa.post(`/api/cases/${c.caseId}/summaries`, { kind: 'period', ...period })
  ).json();
  return { ...c, signedId: signed.id as string, draftId: draft.id as string };
}

async function consentToCounty(caseId: string, guardianId: string) {
  const res = await a.as.kaisa.post(`/api/cases/${caseId}/consents`, {
    givenByPersonId: guardianId,
    recipientOrganisationId: ids.county,
    purpose: 'receive_summaries',
    method: 'written',
    validFrom: helsinkiDate(),
  });
  if (res.statusCode !== 201) throw new Error(`consent: ${res.statusCode} ${res.body}`);
  return res.json().id as string;
}

const shownCase = async (caseId: string) => {
  const res = await a.as.paula.get('/api/purchaser/cases');
  return { res, shown: res.json().cases.find((c: { caseId: string }) => c.caseId === caseId) };
};

describe("the purchaser's page", () => {
  it('shows the delivered meetings of a bought case, and no summary without consent', async () => {
    const { caseId, signedId, family } = await deliveredCase();

    const { res, shown } = await shownCase(caseId);

    expect(res.statusCode).toBe(200);
    expect(shown).toMatchObject({
      client: family.name,
      provider: 'Perhetyö Kompassi Oy',
      unit: 'Kompassin perhetyö',
      meetings: { held: 2, byType: { assessment_visit: 1, intake: 1 }, bySetting: { home: 1, office: 1 } },
      consent: false,
      summaries: [],
    });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      recordType: 'purchased_cases',
      basis: 'purchaser',
      outcome: 'allowed',
    });
    const summary = await a.as.paula.get(`/api/summaries/${signedId}`);
    expect(summary.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, summary)).toMatchObject({ outcome: 'denied', recordType: 'summary' });
    expect((await a.as.paula.get(`/api/summaries/${signedId}/pdf`)).statusCode).toBe(404);
  });

  it('under a consent in force lists the signed summaries only, and opens them and their PDF', async () => {
    const { caseId, signedId, draftId, guardian } = await deliveredCase();
    const consentId = await consentToCounty(caseId, guardian.id);

    const { shown } = await shownCase(caseId);
    const summary = await a.as.paula.get(`/api/summaries/${signedId}`);
    const pdf = await a.as.paula.get(`/api/summaries/${signedId}/pdf`);

    expect(shown.consent).toBe(true);
    expect(shown.summaries.map((s: { id: string }) => s.id)).toEqual([signedId]);
    expect(summary.statusCode).toBe(200);
    expect(summary.json()).toMatchObject({ status: 'signed', canEdit: false });
    expect(await theLogRowOf(t.deps.db, summary)).toMatchObject({ outcome: 'allowed', basis: 'purchaser' });
    expect(pdf.statusCode).toBe(200);
    expect((await a.as.paula.get(`/api/summaries/${draftId}`)).statusCode).toBe(404);
    expect(
      (await a.as.paula.put(`/api/summaries/${draftId}`, { version: 1, sections: summary.json().sections }))
        .statusCode,
    ).toBe(404);

    await a.as.kaisa.post(`/api/consents/${consentId}/withdraw`, {});
    expect((await a.as.paula.get(`/api/summaries/${signedId}`)).statusCode).toBe(404);
    expect((await shownCase(caseId)).shown.summaries).toEqual([]);
  });

  it('is the purchaser’s alone, and opens nothing of the case itself', async () => {
    const { caseId } = await deliveredCase();

    expect((await a.as.aino.get('/api/purchaser/cases')).statusCode).toBe(404);
    expect((await a.as.kaisa.get('/api/purchaser/cases')).statusCode).toBe(404);
    for (const path of [
      `/api/cases/${caseId}`,
      `/api/cases/${caseId}/meetings`,
      `/api/cases/${caseId}/summaries`,
    ]) {
      expect((await a.as.paula.get(path)).statusCode).toBe(404);
    }
  });
});
