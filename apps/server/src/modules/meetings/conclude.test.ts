import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { addMember, meetingInput } from '../../../test/meetings';

let t: TestApp;
let a: Actors;
let pn: string;

async function networkMeeting() {
  const child = await registerPerson(a.as.aino);
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  const grandmother = await addMember(a.as.aino, opened.id);
  const uncle = await addMember(a.as.aino, opened.id, {
    name: 'Pekka Eno',
    clientChoice: 'not_wanted',
    invited: false,
  });
  const res = await a.as.aino.post(
    `/api/cases/${opened.id}/meetings`,
    meetingInput([a.id.aino], { participantMemberIds: [grandmother.id] }),
  );
  return { caseId: opened.id, grandmother, uncle, meeting: res.json() };
}

function conclusion(
  m: { meeting: { participants: { id: string }[] }; grandmother: { id: string; name: string } },
  overrides: Record<string, unknown> = {},
) {
  const goalId = randomUUID();
  const participantId = m.meeting.participants[0]!.id;
  return {
    note: {
      version: 0,
      sections: {
        jointDiscussion: 'Jokainen kertoi huolensa vuorollaan.',
        plansAgreed: 'Mummi hakee tiistaisin.',
      },
      views: [
        { participantId: null, text: 'Haluan että mummi hakee.', ownWords: true },
        { participantId, text: 'Tiistait sopivat minulle.' },
      ],
      attendance: [{ participantId, attendance: 'attended' }],
    },
    plan: {
      basedOn: 0,
      content: {
        goals: [
          {
            id: goalId,
            familyWords: 'Eetu uskaltaa mennä kouluun.',
            professionalWording: 'Koulupoissaolot vähenevät.',
          },
        ],
        actions: [
          {
            id: randomUUID(),
            what: 'Hakee Eetun koulusta tiistaisin',
            owner: { kind: 'member', id: m.grandmother.id, name: m.grandmother.name },
            dueOn: '2027-01-31',
            goalId,
          },
          {
            id: randomUUID(),
            what: 'Sovitaan koulun kanssa joustot',
            owner: { kind: 'worker', id: a.id.aino, name: 'Aino Virtanen' },
            status: 'done',
          },
        ],
        howWeLessenConcern: 'Tavataan kuukauden välein.',
        reevaluationOn: '2027-02-15',
        nextComposition: [{ kind: 'member', id: m.grandmother.id, name: m.grandmother.name }],
      },
    },
    nextMeeting: {
      startsAt: '2027-02-15T12:00:00.000Z',
      durationMinutes: 90,
      setting: 'familiar_place',
      place: 'Koulun neuvotteluhuone',
      workerIds: [a.id.aino],
      participantMemberIds: [m.grandmother.id],
    },
    ...overrides,
  };
}

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

describe('ending a network meeting', () => {
  it('signs the note and creates the plan version, a map snapshot and the next evaluation together', async () => {
    const m = await networkMeeting();

    const res = await a.as.aino.post(`/api/meetings/${m.meeting.id}/conclude`, conclusion(m));

    expect(res.statusCode).toBe(200);
    const { meeting, planVersionNo, snapshotId, nextMeetingId } = res.json();
    expect(meeting).toMatchObject({
      status: 'held',
      note: { status: 'signed', views: [{ ownWords: true }, { name: 'Maija Mäki' }] },
      participants: [{ attendance: 'attended' }],
    });
    expect(planVersionNo).toBe(1);
    const plan = (await a.as.aino.get(`/api/cases/${m.caseId}/plan`)).json();
    expect(plan.current).toMatchObject({ versionNo: 1, meetingId: m.meeting.id });
    const network = (await a.as.aino.get(`/api/cases/${m.caseId}/network`)).json();
    expect(network.snapshots.map((s: { id: string }) => s.id)).toEqual([snapshotId]);
    const next = (await a.as.aino.get(`/api/meetings/${nextMeetingId}`)).json();
    expect(next).toMatchObject({
      type: 'network_meeting',
      status: 'planned',
      startsAt: '2027-02-15T12:00:00.000Z',
      participants: [{ name: 'Maija Mäki' }],
      // The open action is carried over; the one done is not.
      agenda: ['Hakee Eetun koulusta tiistaisin (Maija Mäki)'],
    });
    const rows = await logRowsOf(t.deps.db, res);
    expect(rows.map((r) => [r.action, r.recordType])).toEqual(
      expect.arrayContaining([
        ['sign', 'meeting_note'],
        ['create', 'plan'],
        ['create', 'network'],
        ['create', 'meeting'],
      ]),
    );
  });

  it('saves nothing when the plan changed meanwhile: 409, the note still a draft to retry', async () => {
    const m = await networkMeeting();
    const first = conclusion(m);
    await a.as.aino.post(`/api/cases/${m.caseId}/plan`, first.plan);

    const res = await a.as.aino.post(`/api/meetings/${m.meeting.id}/conclude`, first);

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    const meeting = (await a.as.aino.get(`/api/meetings/${m.meeting.id}`)).json();
    expect(meeting).toMatchObject({ status: 'planned', note: null });
    expect((await a.as.aino.get(`/api/cases/${m.caseId}/network`)).json().snapshots).toEqual([]);
    expect((await a.as.aino.get(`/api/cases/${m.caseId}/meetings`)).json().meetings).toHaveLength(1);

    const retried = await a.as.aino.post(
      `/api/meetings/${m.meeting.id}/conclude`,
      conclusion(m, { plan: { ...first.plan, basedOn: 1 } }),
    );
    expect(retried.statusCode).toBe(200);
    expect(retried.json().planVersionNo).toBe(2);
  });

  it('refuses a next meeting with someone the client does not want, and saves nothing', async () => {
    const m = await networkMeeting();
    const base = conclusion(m);

    const res = await a.as.aino.post(
      `/api/meetings/${m.meeting.id}/conclude`,
      conclusion(m, { nextMeeting: { ...base.nextMeeting, participantMemberIds: [m.uncle.id] } }),
    );

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'nextMeeting.participantMemberIds': 'not_wanted_by_client' });
    expect((await a.as.aino.get(`/api/meetings/${m.meeting.id}`)).json().note).toBeNull();
    expect((await a.as.aino.get(`/api/cases/${m.caseId}/plan`)).json().current).toBeNull();
  });
});
