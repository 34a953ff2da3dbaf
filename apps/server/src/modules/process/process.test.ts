import { addMonths, addWorkingDays, helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { signFinalEvaluation } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import {
  meetingOf,
  moveTo,
  providerAndPurchaser,
  purchasedFamilyCase,
  reviewMeetingWithPurchaser,
} from '../../../test/process';

let t: TestApp;
let a: Actors;
let ids: { kompassi: string; county: string; worker: string };

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['kaisa', 'paula', 'aino', 'petra', 'ilkka']);
  ids = { ...(await providerAndPurchaser(t)), worker: a.id.kaisa };
});
afterAll(() => t.close());

const newCase = () => purchasedFamilyCase(a.as.kaisa, ids);
const processOf = async (caseId: string) => (await a.as.kaisa.get(`/api/cases/${caseId}/process`)).json();

describe('a new referral', () => {
  it('starts at referral with the Social Welfare Act clocks counted in working days from today', async () => {
    const { caseId } = await newCase();
    const today = helsinkiDate();

    const res = await a.as.kaisa.get(`/api/cases/${caseId}/process`);

    expect(res.statusCode).toBe(200);
    const view = res.json();
    expect(view).toMatchObject({ phase: 'referral', purchased: true, canEdit: true, assessmentMeetings: 0 });
    expect(view.template.template.serviceType).toBe('family_work');
    expect(view.reachedOn).toEqual({ referral: today });
    expect(view.clocks).toEqual([
      expect.objectContaining({
        key: 'assessment_started',
        source: 'Sosiaalihuoltolaki 36 §',
        startedOn: today,
        deadline: addWorkingDays(today, 7),
        state: 'running',
        workingDaysLeft: 7,
      }),
      expect.objectContaining({
        key: 'assessment_finished',
        deadline: addMonths(today, 3),
        state: 'running',
      }),
    ]);
    expect(view.next).toEqual({ phase: 'intake', allowed: true, refusal: null, warnings: [] });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'read',
      recordType: 'process',
      recordId: caseId,
      outcome: 'allowed',
    });
  });
});

describe('changing phase', () => {
  it('moves only to the next phase, logging who, when and why', async () => {
    const { caseId } = await newCase();

    const skip = await a.as.kaisa.post(`/api/cases/${caseId}/phase`, {
      version: 1,
      to: 'assessment',
      reason: 'x',
    });
    const res = await a.as.kaisa.post(`/api/cases/${caseId}/phase`, {
      version: 1,
      to: 'intake',
      reason: 'Aloitustapaaminen sovittu',
    });

    expect(skip.statusCode).toBe(409);
    expect(skip.json().error.code).toBe('phase_not_allowed');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'intake', caseVersion: 2 });
    expect(res.json().phaseChanges).toEqual([
      expect.objectContaining({
        from: 'referral',
        to: 'intake',
        reason: 'Aloitustapaaminen sovittu',
        changedBy: 'Kaisa Rantanen',
        warnings: [],
      }),
    ]);
    expect(res.json().reachedOn.intake).toBe(helsinkiDate());
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'update', recordType: 'process' });
  });

  it('answers a stale version 409 and changes nothing', async () => {
    const { caseId } = await newCase();
    await moveTo(a.as.kaisa, caseId, 'intake');

    const res = await a.as.kaisa.post(`/api/cases/${caseId}/phase`, {
      version: 1,
      to: 'assessment',
      reason: 'x',
    });

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect((await processOf(caseId)).phase).toBe('intake');
  });

  it('asks to confirm leaving the assessment with fewer visits than the template expects, and records it', async () => {
    const { caseId } = await newCase();
    await moveTo(a.as.kaisa, caseId, 'intake');
    await moveTo(a.as.kaisa, caseId, 'assessment');
    await meetingOf(a.as.kaisa, caseId, a.id.kaisa, { type: 'assessment_visit', setting: 'home' });
    const before = await processOf(caseId);
    expect(before.assessmentMeetings).toBe(1);
    expect(before.next).toMatchObject({ phase: 'network_review', warnings: ['fewer_assessment_meetings'] });
    // The assessment is met once the review phase is reached: the clock stops.
    expect(before.clocks[0].state).toBe('met');

    const unconfirmed = await a.as.kaisa.post(`/api/cases/${caseId}/phase`, {
      version: before.caseVersion,
      to: 'network_review',
      reason: 'Perhe ei ehdi useampaan',
    });
    const confirmed = await a.as.kaisa.post(`/api/cases/${caseId}/phase`, {
      version: before.caseVersion,
      to: 'network_review',
      reason: 'Perhe ei ehdi useampaan',
      acknowledgedWarnings: ['fewer_assessment_meetings'],
    });

    expect(unconfirmed.statusCode).toBe(409);
    expect(unconfirmed.json().error.code).toBe('warnings_not_confirmed');
    expect(confirmed.statusCode).toBe(200);
    expect(confirmed.json().phaseChanges.at(-1)).toMatchObject({ warnings: ['fewer_assessment_meetings'] });
    expect(confirmed.json().clocks.map((c: { state: string }) => c.state)).toEqual(['met', 'met']);
  });

  it('is for the case’s own workers: others get 404 and a logged refusal', async () => {
    const { caseId } = await newCase();

    for (const key of ['aino', 'petra', 'paula'] as const) {
      const res = await a.as[key].post(`/api/cases/${caseId}/phase`, {
        version: 1,
        to: 'intake',
        reason: 'x',
      });
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'process' });
    }
    expect((await a.as.paula.get(`/api/cases/${caseId}/process`)).statusCode).toBe(404);
    expect((await processOf(caseId)).phase).toBe('referral');
  });
});

describe('the network review', () => {
  async function inReview() {
    const c = await newCase();
    await moveTo(a.as.kaisa, c.caseId, 'intake');
    await moveTo(a.as.kaisa, c.caseId, 'assessment');
    for (let i = 0; i < 3; i++) {
      await meetingOf(a.as.kaisa, c.caseId, a.id.kaisa, { type: 'assessment_visit', setting: 'home' });
    }
    const view = await moveTo(a.as.kaisa, c.caseId, 'network_review');
    return { ...c, version: view.caseVersion as number };
  }

  it('decides how the work goes on; leaving the phase any other way is refused', async () => {
    const { caseId, version } = await inReview();
    const meeting = await reviewMeetingWithPurchaser(a.as.kaisa, caseId, a.id.kaisa, a.id.paula);

    const plain = await a.as.kaisa.post(`/api/cases/${caseId}/phase`, {
      version,
      to: 'active_work',
      reason: 'x',
    });
    const res = await a.as.kaisa.post(`/api/cases/${caseId}/review-decision`, {
      version,
      meetingId: meeting.id,
      decision: 'continue',
      nextReviewOn: '2027-03-01',
      note: 'Jatketaan kolme kuukautta',
    });

    expect(plain.statusCode).toBe(409);
    expect(plain.json().error.code).toBe('review_decision_required');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      phase: 'active_work',
      reviewDecision: {
        decision: 'continue',
        meetingId: meeting.id,
        nextReviewOn: '2027-03-01',
        purchaserPresent: true,
        decidedBy: 'Kaisa Rantanen',
      },
    });
  });

  it('of a purchased case needs the purchaser among the participants', async () => {
    const { caseId, version } = await inReview();
    const held = await meetingOf(a.as.kaisa, caseId, a.id.kaisa, {
      type: 'network_meeting',
      startsAt: new Date(Date.now() - 3_600_000).toISOString(),
    });

    const res = await a.as.kaisa.post(`/api/cases/${caseId}/review-decision`, {
      version,
      meetingId: held.id,
      decision: 'close',
    });

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('purchaser_not_participant');
    expect(await processOf(caseId)).toMatchObject({ phase: 'network_review', reviewDecision: null });
  });

  it('guiding elsewhere records the guidance on the case and moves it to closing', async () => {
    const { caseId, version } = await inReview();
    const meeting = await reviewMeetingWithPurchaser(a.as.kaisa, caseId, a.id.kaisa, a.id.paula);
    const service = (await a.as.kaisa.get('/api/service-directory')).json().services[0];

    const missing = await a.as.kaisa.post(`/api/cases/${caseId}/review-decision`, {
      version,
      meetingId: meeting.id,
      decision: 'guide_elsewhere',
    });
    const res = await a.as.kaisa.post(`/api/cases/${caseId}/review-decision`, {
      version,
      meetingId: meeting.id,
      decision: 'guide_elsewhere',
      serviceId: service.id,
    });

    expect(missing.statusCode).toBe(400);
    expect(missing.json().error.fields).toEqual({ serviceId: 'required' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ phase: 'closing', reviewDecision: { serviceName: service.name } });
    const guidance = (await a.as.kaisa.get(`/api/cases/${caseId}/resources`)).json().guidance;
    expect(guidance.map((g: { service: { name: string } }) => g.service.name)).toContain(service.name);
    // A closing case asks for its final evaluation on the worker's own page.
    const due = (await a.as.kaisa.get('/api/my-work')).json().summariesDue;
    expect(due).toContainEqual(expect.objectContaining({ caseId, kind: 'final', dueOn: null }));
  });
  it('is recorded in a network meeting that has been held, not one still ahead', async () => {
    const { caseId, version } = await inReview();
    const ahead = await meetingOf(a.as.kaisa, caseId, a.id.kaisa, { type: 'network_meeting' });

    const res = await a.as.kaisa.post(`/api/cases/${caseId}/review-decision`, {
      version,
      meetingId: ahead.id,
      decision: 'close',
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ meetingId: 'invalid' });
    expect((await processOf(caseId)).reviewMeetings).toEqual([]);
  });
});

describe('closing', () => {
  it('needs the signed final evaluation; the close is then the last phase change', async () => {
    const { caseId } = await newCase();

    const early = await a.as.kaisa.post(`/api/cases/${caseId}/close`, {
      version: 1,
      reason: 'family_declined',
    });
    await signFinalEvaluation(a.as.kaisa, caseId);
    const res = await a.as.kaisa.post(`/api/cases/${caseId}/close`, {
      version: 1,
      reason: 'family_declined',
      note: 'Perhe ei halunnut jatkaa',
    });

    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('final_evaluation_unsigned');
    expect(res.statusCode).toBe(200);
    const view = await processOf(caseId);
    expect(view).toMatchObject({
      phase: 'closed',
      status: 'closed',
      finalEvaluationSigned: true,
      next: null,
    });
    expect(view.phaseChanges.at(-1)).toMatchObject({
      from: 'referral',
      to: 'closed',
      reason: 'Perhe ei halunnut jatkaa',
    });
  });
});
