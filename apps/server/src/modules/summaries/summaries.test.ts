import { helsinkiDate } from '@verkosto/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { startTestApp, type TestApp } from '../../../test/harness';
import { pdfText } from '../../../test/pdf-text';
import { meetingOf, providerAndPurchaser, purchasedFamilyCase } from '../../../test/process';

let t: TestApp;
let a: Actors;
let ids: { kompassi: string; county: string; worker: string };

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['kaisa', 'aino', 'petra', 'ilkka']);
  ids = { ...(await providerAndPurchaser(t)), worker: a.id.kaisa };
});
afterAll(() => t.close());

const today = () => helsinkiDate();
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000).toISOString();

async function caseWithMeetings() {
  const c = await purchasedFamilyCase(a.as.kaisa, ids);
  await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, {
    type: 'assessment_visit',
    setting: 'home',
    startsAt: daysAgo(3),
  });
  await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, {
    type: 'assessment_visit',
    setting: 'home',
    startsAt: daysAgo(2),
  });
  await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, {
    type: 'intake',
    setting: 'office',
    startsAt: daysAgo(40),
  });
  return c;
}

const draft = (caseId: string, body: Record<string, unknown> = {}) =>
  a.as.kaisa.post(`/api/cases/${caseId}/summaries`, {
    kind: 'period',
    periodStart: helsinkiDate(new Date(Date.now() - 10 * 86_400_000)),
    periodEnd: today(),
    ...body,
  });

describe('drafting a summary', () => {
  it('writes each section from the period’s record, in the language asked, and logs the create', async () => {
    const { caseId, family } = await caseWithMeetings();

    const fi = await draft(caseId);
    const sv = await draft(caseId, { language: 'sv' });

    expect(fi.statusCode).toBe(201);
    expect(fi.json()).toMatchObject({
      kind: 'period',
      client: family.name,
      status: 'draft',
      version: 1,
      canEdit: true,
      purchaserConsent: false,
      facts: { meetings: { held: 2, byType: { assessment_visit: 2 }, bySetting: { home: 2 } } },
    });
    expect(fi.json().sections.meetings).toContain('tavattiin 2 kertaa');
    expect(fi.json().sections.meetings).toContain('arviointikäynti: 2');
    expect(fi.json().sections.evaluation).toBe('');
    expect(sv.json().sections.meetings).toContain('träffades vi 2 gånger');
    expect(await theLogRowOf(t.deps.db, fi)).toMatchObject({ action: 'create', recordType: 'summary' });
  });

  it('refuses a period that ends before it starts, and saves nothing', async () => {
    const { caseId } = await caseWithMeetings();

    const res = await draft(caseId, { periodStart: '2026-05-02', periodEnd: '2026-05-01' });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ periodEnd: 'invalid' });
    expect((await a.as.kaisa.get(`/api/cases/${caseId}/summaries`)).json()).toEqual({
      summaries: [],
      canDraft: true,
    });
  });
});

describe('editing and signing', () => {
  it('saves over the version seen, answers 409 to a stale save, and once signed never changes', async () => {
    const { caseId } = await caseWithMeetings();
    const drafted = (await draft(caseId)).json();
    const sections = { ...drafted.sections, evaluation: 'Perhe löysi arkeen uusia keinoja.' };

    const saved = await a.as.kaisa.put(`/api/summaries/${drafted.id}`, { version: 1, sections });
    const stale = await a.as.kaisa.put(`/api/summaries/${drafted.id}`, { version: 1, sections });
    const signed = await a.as.kaisa.post(`/api/summaries/${drafted.id}/sign`, { version: 2 });
    const after = await a.as.kaisa.put(`/api/summaries/${drafted.id}`, { version: 3, sections });

    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({
      version: 2,
      sections: { evaluation: 'Perhe löysi arkeen uusia keinoja.' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().error.code).toBe('stale_version');
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', signedBy: 'Kaisa Rantanen', canEdit: false });
    expect(await theLogRowOf(t.deps.db, signed)).toMatchObject({ action: 'sign', recordType: 'summary' });
    expect(after.statusCode).toBe(409);
    expect(after.json().error.code).toBe('record_signed');
    // Not even the database lets a signed summary change.
    await expect(
      t.deps.db.execute(sql`update summaries set sections = '{}'::jsonb where id = ${drafted.id}`),
    ).rejects.toThrow();
    await expect(t.deps.db.execute(sql`delete from summaries where id = ${drafted.id}`)).rejects.toThrow();
  });

  it('has one signed final evaluation per case', async () => {
    const { caseId } = await caseWithMeetings();
    const first = (await draft(caseId, { kind: 'final' })).json();
    const second = (await draft(caseId, { kind: 'final' })).json();
    await a.as.kaisa.post(`/api/summaries/${first.id}/sign`, { version: 1 });

    const signAnother = await a.as.kaisa.post(`/api/summaries/${second.id}/sign`, { version: 1 });
    const draftAnother = await draft(caseId, { kind: 'final' });

    expect(signAnother.statusCode).toBe(409);
    expect(signAnother.json().error.code).toBe('final_evaluation_exists');
    expect(draftAnother.statusCode).toBe(409);
  });
});

describe('the PDF', () => {
  it('prints the family’s names and the worker’s text with Finnish letters, and never an address', async () => {
    const { caseId, family, guardian } = await caseWithMeetings();
    const drafted = (await draft(caseId)).json();
    await a.as.kaisa.put(`/api/summaries/${drafted.id}`, {
      version: 1,
      sections: { ...drafted.sections, evaluation: 'Äiti kertoi, että yöt sujuvat nyt rauhallisemmin.' },
    });
    await a.as.kaisa.post(`/api/summaries/${drafted.id}/sign`, { version: 2 });

    const res = await a.as.kaisa.get(`/api/summaries/${drafted.id}/pdf`);

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="period-summary-${today()}.pdf"`);
    const text = await pdfText(res.rawPayload);
    expect(text).toContain(family.name);
    expect(text).toContain('Kausiyhteenveto');
    expect(text).toContain('Äiti kertoi, että yöt sujuvat nyt rauhallisemmin.');
    expect(text).toContain('Allekirjoittanut: Kaisa Rantanen');
    expect(text).not.toContain('Piilotie');
    expect(text).not.toContain(guardian.lastName);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'read', recordType: 'summary' });
  });
});

describe('who may see a summary', () => {
  it('is the case’s: others get 404 on the summary and its PDF, logged as refused', async () => {
    const { caseId } = await caseWithMeetings();
    const drafted = (await draft(caseId)).json();

    for (const key of ['aino', 'petra', 'ilkka'] as const) {
      for (const path of [`/api/summaries/${drafted.id}`, `/api/summaries/${drafted.id}/pdf`]) {
        const res = await a.as[key].get(path);
        expect(res.statusCode).toBe(404);
        expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'summary' });
      }
      expect((await a.as[key].get(`/api/cases/${caseId}/summaries`)).statusCode).toBe(404);
    }
  });
});
