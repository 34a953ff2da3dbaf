import { familyWorkTemplate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, signInActors } from '../../../test/actors';
import { startTestApp, type TestApp } from '../../../test/harness';
import { providerAndPurchaser, purchasedFamilyCase } from '../../../test/process';

let t: TestApp;
let a: Actors;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['ilkka', 'kaisa']);
});
afterAll(() => t.close());

// Other test files share the database on PostgreSQL: versions are read, never assumed.
const current = async () =>
  (await a.as.ilkka.get('/api/process-templates'))
    .json()
    .templates.find((x: { template: { serviceType: string } }) => x.template.serviceType === 'family_work');

describe('process templates', () => {
  it('lists a template for every service type', async () => {
    const res = await a.as.kaisa.get('/api/process-templates');

    expect(res.statusCode).toBe(200);
    expect(res.json().templates).toHaveLength(7);
  });

  it('saves an edit as a new version; running cases keep theirs, new ones start with it', async () => {
    const ids = { ...(await providerAndPurchaser(t)), worker: a.id.kaisa };
    const running = await purchasedFamilyCase(a.as.kaisa, ids);
    const before = await current();
    const edited = { ...before.template, assessmentMeetings: { min: 3, max: 6 } };

    const res = await a.as.ilkka.put('/api/process-templates/family_work', {
      baseVersion: before.version,
      template: edited,
    });
    const stale = await a.as.ilkka.put('/api/process-templates/family_work', {
      baseVersion: before.version,
      template: edited,
    });
    const started = await purchasedFamilyCase(a.as.kaisa, ids);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: before.version + 1, createdBy: 'Ilkka Aaltonen' });
    expect(stale.statusCode).toBe(409);
    const runningView = (await a.as.kaisa.get(`/api/cases/${running.caseId}/process`)).json();
    const startedView = (await a.as.kaisa.get(`/api/cases/${started.caseId}/process`)).json();
    expect(runningView.template.version).toBe(before.version);
    expect(startedView.template).toMatchObject({
      version: before.version + 1,
      template: { assessmentMeetings: { min: 3, max: 6 } },
    });
  });

  it('refuses an invalid template with the field that is wrong, and saves nothing', async () => {
    const before = await current();

    const res = await a.as.ilkka.put('/api/process-templates/family_work', {
      baseVersion: before.version,
      template: { ...familyWorkTemplate, assessmentMeetings: { min: 5, max: 3 } },
    });
    const noClose = await a.as.ilkka.put('/api/process-templates/family_work', {
      baseVersion: before.version,
      template: { ...familyWorkTemplate, phases: ['referral', 'intake'] },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'template.assessmentMeetings.max': 'invalid' });
    expect(noClose.statusCode).toBe(400);
    expect(noClose.json().error.fields).toMatchObject({ 'template.phases': 'invalid' });
    expect((await current()).version).toBe(before.version);
  });

  it('is kept by admins only', async () => {
    const before = await current();

    const res = await a.as.kaisa.put('/api/process-templates/family_work', {
      baseVersion: before.version,
      template: familyWorkTemplate,
    });

    expect(res.statusCode).toBe(404);
  });
});
