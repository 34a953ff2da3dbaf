import { helsinkiDateIn } from '@verkosto/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { childCaseWithGuardian, discloseTo } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { addMember, meetingInput } from '../../../test/meetings';
import { concernAssessments } from '../../db/schema/index';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;

const daysFromToday = (days: number) => helsinkiDateIn(days);

const openCase = () => childCaseWithGuardian(a.as.aino, pn, a.id.aino);

const worry = {
  worries: 'Eetu ei ole käynyt koulussa viikkoon.',
  wouldLessen: 'Koulun ja kodin yhteinen aamusuunnitelma.',
};

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'marja', 'jussi', 'petra', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

describe('concern ratings', () => {
  it('keep each perspective apart, name the worker for their own view, and are logged', async () => {
    const { caseId } = await openCase();

    const own = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_2',
      perspective: 'worker',
      followUpOn: daysFromToday(14),
      ...worry,
    });
    await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_3_upper',
      perspective: 'guardian',
      raterLabel: 'Tiina (äiti)',
      followUpOn: daysFromToday(7),
      ...worry,
    });

    expect(own.statusCode).toBe(201);
    expect(own.json()).toMatchObject({ perspective: 'worker', raterLabel: 'Aino Virtanen', urgent: null });
    expect(await theLogRowOf(t.deps.db, own)).toMatchObject({ action: 'create', recordType: 'concern' });
    const panel = (await a.as.mikko.get(`/api/cases/${caseId}/concerns`)).json();
    expect(
      panel.assessments.map((x: { zone: string; perspective: string }) => [x.perspective, x.zone]),
    ).toEqual([
      ['worker', 'zone_2'],
      ['guardian', 'zone_3_upper'],
    ]);
    expect(panel.latestIds).toHaveLength(2);
    expect(panel.followUpDueIds).toEqual([]);
    // Perheneuvola has no number of its own: the county's emergency social services number is offered.
    expect(panel.emergencyPhone).toBe('0800 555 010');
  });

  it('need a follow-up date in zone 2 and say whose view a non-worker rating is; bad input writes nothing', async () => {
    const { caseId } = await openCase();

    const res = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_2',
      perspective: 'guardian',
      worries: '',
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      followUpOn: 'required',
      raterLabel: 'required',
      worries: 'required',
    });
    expect((await a.as.aino.get(`/api/cases/${caseId}/concerns`)).json().assessments).toEqual([]);
  });

  it('take a network member’s view under their name, never a stranger’s', async () => {
    const { caseId } = await openCase();
    const grandmother = await addMember(a.as.aino, caseId);
    const other = await openCase();
    const stranger = await addMember(a.as.aino, other.caseId);

    const ok = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'network_member',
      raterMemberId: grandmother.id,
      ...worry,
    });
    const bad = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'network_member',
      raterMemberId: stranger.id,
      ...worry,
    });

    expect(ok.json()).toMatchObject({ raterLabel: 'Maija Mäki', raterMemberId: grandmother.id });
    expect(bad.json().error.fields).toEqual({ raterMemberId: 'invalid' });
  });

  it('land in the same history when rated in a network meeting’s round, tied to that meeting', async () => {
    const { caseId } = await openCase();
    const grandmother = await addMember(a.as.aino, caseId);
    const meeting = (await a.as.aino.post(`/api/cases/${caseId}/meetings`, meetingInput([a.id.aino]))).json();
    const other = await openCase();
    const otherMeeting = (
      await a.as.aino.post(`/api/cases/${other.caseId}/meetings`, meetingInput([a.id.aino]))
    ).json();

    const inRound = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_3_lower',
      perspective: 'network_member',
      raterMemberId: grandmother.id,
      meetingId: meeting.id,
      followUpOn: daysFromToday(30),
      ...worry,
    });
    const elsewhere = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'worker',
      meetingId: otherMeeting.id,
      ...worry,
    });

    expect(inRound.json()).toMatchObject({ meetingId: meeting.id, raterLabel: 'Maija Mäki' });
    expect(elsewhere.json().error.fields).toEqual({ meetingId: 'invalid' });
    const panel = (await a.as.aino.get(`/api/cases/${caseId}/concerns`)).json();
    expect(panel.assessments.map((x: { id: string }) => x.id)).toEqual([inRound.json().id]);
  });

  it('are never changed: a new rating is made instead', async () => {
    const { caseId } = await openCase();
    const rated = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'worker',
      ...worry,
    });

    await expect(
      t.deps.db
        .update(concernAssessments)
        .set({ zone: 'zone_4' })
        .where(eq(concernAssessments.id, rated.json().id)),
    ).rejects.toThrow();
  });

  it('open to read as the case does, and are made only by its own workers', async () => {
    const { caseId, guardian } = await openCase();

    for (const outsider of [a.as.jussi, a.as.petra, a.as.ilkka]) {
      const res = await outsider.get(`/api/cases/${caseId}/concerns`);
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'concern' });
    }
    await discloseTo(a.as.aino, caseId, guardian.id, kp);
    const read = await a.as.jussi.get(`/api/cases/${caseId}/concerns`);
    expect(read.json().canEdit).toBe(false);
    const write = await a.as.jussi.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'worker',
      ...worry,
    });
    expect(write.statusCode).toBe(404);
  });
});

describe('the urgent path (zone 4)', () => {
  it('stays flagged on the case and for the team lead until the notification and its outcome are recorded', async () => {
    const { caseId } = await openCase();
    const rated = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_4',
      perspective: 'worker',
      worries: 'Lapsi kertoi, ettei uskalla mennä kotiin.',
    });
    const id = rated.json().id;
    expect(rated.json().urgent).toMatchObject({ version: 1, complete: false });
    expect((await a.as.aino.get(`/api/cases/${caseId}/concerns`)).json().openUrgentIds).toEqual([id]);
    const team = (await a.as.marja.get('/api/team/concerns')).json();
    expect(team.openUrgent.map((u: { assessmentId: string }) => u.assessmentId)).toContain(id);

    const partial = await a.as.aino.put(`/api/concerns/${id}/urgent`, {
      version: 1,
      notificationMadeAt: new Date().toISOString(),
      notifiedTo: 'Järvilaakson lastensuojelu',
      notificationReference: 'LS-2026-118',
    });
    expect(partial.json().urgent).toMatchObject({ version: 2, complete: false, updatedBy: 'Aino Virtanen' });
    const stale = await a.as.mikko.put(`/api/concerns/${id}/urgent`, { version: 1, outcome: 'x' });
    expect(stale.statusCode).toBe(409);

    const done = await a.as.aino.put(`/api/concerns/${id}/urgent`, {
      ...partial.json().urgent,
      version: 2,
      notificationMadeAt: partial.json().urgent.notificationMadeAt,
      outcome: 'Sosiaalityöntekijä tapasi lapsen samana päivänä; lapsi on turvassa isovanhemmillaan.',
      complete: undefined,
      updatedBy: undefined,
      updatedAt: undefined,
    });
    expect(done.statusCode).toBe(200);
    expect(done.json().urgent).toMatchObject({ complete: true, notificationReference: 'LS-2026-118' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/concerns`)).json().openUrgentIds).toEqual([]);
    const after = (await a.as.marja.get('/api/team/concerns')).json();
    expect(after.openUrgent.map((u: { assessmentId: string }) => u.assessmentId)).not.toContain(id);
  });

  it('has nothing to record for a rating below zone 4', async () => {
    const { caseId } = await openCase();
    const rated = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'worker',
      ...worry,
    });

    const res = await a.as.aino.put(`/api/concerns/${rated.json().id}/urgent`, { version: 1, outcome: 'x' });

    expect(res.statusCode).toBe(400);
  });
});

describe('follow-ups', () => {
  it('fall due on their date until the same rater rates again, and show on the team lead’s page', async () => {
    const { caseId } = await openCase();
    // Agreed for today: due now.
    const early = await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_2',
      perspective: 'worker',
      followUpOn: daysFromToday(0),
      ...worry,
    });
    const later = await openCase();
    await a.as.aino.post(`/api/cases/${later.caseId}/concerns`, {
      zone: 'zone_2',
      perspective: 'worker',
      followUpOn: daysFromToday(1),
      ...worry,
    });

    expect((await a.as.aino.get(`/api/cases/${caseId}/concerns`)).json().followUpDueIds).toEqual([
      early.json().id,
    ]);
    const team = (await a.as.marja.get('/api/team/concerns')).json();
    expect(team.overdueFollowUps).toContainEqual(
      expect.objectContaining({
        assessmentId: early.json().id,
        caseId,
        unit: 'Perheneuvola',
        raterLabel: 'Aino Virtanen',
      }),
    );
    expect(team.overdueFollowUps.map((f: { caseId: string }) => f.caseId)).not.toContain(later.caseId);
    expect((await a.as.aino.get('/api/team/concerns')).statusCode).toBe(404);

    await a.as.aino.post(`/api/cases/${caseId}/concerns`, {
      zone: 'zone_1',
      perspective: 'worker',
      ...worry,
    });
    expect((await a.as.aino.get(`/api/cases/${caseId}/concerns`)).json().followUpDueIds).toEqual([]);
  });
});
