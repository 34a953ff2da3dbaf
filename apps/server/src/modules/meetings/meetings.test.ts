import { helsinkiDate } from '@verkosto/domain';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { addMember, meetingInput } from '../../../test/meetings';
import { meetingNotes } from '../../db/schema/index';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;

async function caseWithNetwork() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { dateOfBirth: '1985-01-01' });
  await registerFamily(a.as.aino, [child.id, guardian.id]);
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  const grandmother = await addMember(a.as.aino, opened.id, { email: 'mummi@example.fi' });
  const uncle = await addMember(a.as.aino, opened.id, {
    name: 'Pekka Eno',
    relation: 'eno',
    clientChoice: 'not_wanted',
    invited: false,
  });
  return { child, guardian, caseId: opened.id, grandmother, uncle };
}

async function plannedMeeting(caseId: string, participantMemberIds: string[] = []) {
  const res = await a.as.aino.post(
    `/api/cases/${caseId}/meetings`,
    meetingInput([a.id.aino, a.id.mikko], { participantMemberIds }),
  );
  if (res.statusCode !== 201) throw new Error(`plannedMeeting: ${res.statusCode} ${res.body}`);
  return res.json();
}

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'jussi', 'petra', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

describe('meetings on a case', () => {
  it('are planned with a pair of workers and the members the client wants, and logged', async () => {
    const { caseId, grandmother } = await caseWithNetwork();

    const res = await a.as.aino.post(
      `/api/cases/${caseId}/meetings`,
      meetingInput([a.id.aino, a.id.mikko], { participantMemberIds: [grandmother.id] }),
    );

    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      type: 'network_meeting',
      status: 'planned',
      workers: [{ displayName: 'Aino Virtanen' }, { displayName: 'Mikko Lehtinen' }],
      participants: [{ memberId: grandmother.id, name: 'Maija Mäki', attendance: null }],
      note: null,
      canEdit: true,
    });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'meeting',
      recordId: caseId,
      outcome: 'allowed',
    });
    const list = await a.as.mikko.get(`/api/cases/${caseId}/meetings`);
    expect(list.json().meetings.map((m: { id: string }) => m.id)).toEqual([res.json().id]);
  });

  it('never include someone the client does not want, nor strangers to the case', async () => {
    const { caseId, uncle } = await caseWithNetwork();
    const other = await caseWithNetwork();

    const unwanted = await a.as.aino.post(
      `/api/cases/${caseId}/meetings`,
      meetingInput([a.id.aino], { participantMemberIds: [uncle.id] }),
    );
    const stranger = await a.as.aino.post(
      `/api/cases/${caseId}/meetings`,
      meetingInput([a.id.aino], { participantMemberIds: [other.grandmother.id] }),
    );
    const badWorker = await a.as.aino.post(`/api/cases/${caseId}/meetings`, meetingInput([a.id.ilkka]));

    expect(unwanted.statusCode).toBe(400);
    expect(unwanted.json().error.fields).toEqual({ participantMemberIds: 'not_wanted_by_client' });
    expect(stranger.json().error.fields).toEqual({ participantMemberIds: 'invalid' });
    expect(badWorker.json().error.fields).toEqual({ workerIds: 'invalid' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/meetings`)).json().meetings).toEqual([]);
  });

  it('answer 409 to a change over a stale version', async () => {
    const { caseId } = await caseWithNetwork();
    const meeting = await plannedMeeting(caseId);
    const change = meetingInput([a.id.aino], { durationMinutes: 60 });

    const first = await a.as.aino.put(`/api/meetings/${meeting.id}`, { version: 1, meeting: change });
    const second = await a.as.mikko.put(`/api/meetings/${meeting.id}`, { version: 1, meeting: change });

    expect(first.statusCode).toBe(200);
    expect(second.statusCode).toBe(409);
    expect(second.json().error.code).toBe('stale_version');
  });

  it('are hidden from other units and admins (404, logged), and read-only under a disclosure consent', async () => {
    const { caseId, guardian } = await caseWithNetwork();
    const meeting = await plannedMeeting(caseId);

    for (const outsider of [a.as.petra, a.as.jussi, a.as.ilkka]) {
      const res = await outsider.get(`/api/meetings/${meeting.id}`);
      expect(res.statusCode).toBe(404);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ outcome: 'denied', recordType: 'meeting' });
    }
    await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      givenByPersonId: guardian.id,
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'written',
      validFrom: helsinkiDate(),
    });
    const read = await a.as.jussi.get(`/api/meetings/${meeting.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json().canEdit).toBe(false);
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({ basis: 'consent' });
    const write = await a.as.jussi.put(`/api/meetings/${meeting.id}/note`, { version: 0, sections: {} });
    expect(write.statusCode).toBe(404);
    const missing = await a.as.aino.get('/api/meetings/00000000-0000-4000-8000-000000000000');
    expect(missing.statusCode).toBe(404);
  });
});

describe('the meeting note', () => {
  it('saves drafts over their version, keeps the client’s own words, and records attendance', async () => {
    const { caseId, child, grandmother } = await caseWithNetwork();
    const meeting = await plannedMeeting(caseId, [grandmother.id]);
    const participantId = meeting.participants[0].id;

    const first = await a.as.aino.put(`/api/meetings/${meeting.id}/note`, {
      version: 0,
      sections: { informationShared: 'Koulun kuulumiset' },
      views: [
        { participantId: null, text: 'Minua jännittää välitunnit.', ownWords: true },
        { participantId, text: 'Mummi voi hakea koulusta tiistaisin.' },
      ],
      attendance: [{ participantId, attendance: 'attended' }],
    });
    expect(first.statusCode).toBe(200);
    expect(first.json().note).toMatchObject({
      version: 1,
      status: 'draft',
      sections: { informationShared: 'Koulun kuulumiset', jointDiscussion: null },
      views: [
        { participantId: null, name: `${child.firstNames} ${child.lastName}`, ownWords: true },
        { participantId, name: 'Maija Mäki', ownWords: false },
      ],
      updatedBy: 'Aino Virtanen',
    });
    expect(first.json().participants[0].attendance).toBe('attended');
    expect(await theLogRowOf(t.deps.db, first)).toMatchObject({
      action: 'update',
      recordType: 'meeting_note',
    });

    const second = await a.as.mikko.put(`/api/meetings/${meeting.id}/note`, {
      version: 1,
      sections: { informationShared: 'Koulun kuulumiset', plansAgreed: 'Mummi hakee tiistaisin' },
    });
    const stale = await a.as.aino.put(`/api/meetings/${meeting.id}/note`, { version: 1, sections: {} });
    expect(second.json().note.version).toBe(2);
    expect(stale.statusCode).toBe(409);
    expect((await a.as.aino.get(`/api/meetings/${meeting.id}`)).json().note.sections.plansAgreed).toBe(
      'Mummi hakee tiistaisin',
    );
  });

  it('once signed never changes: edits answer 409, corrections are addenda with author and time', async () => {
    const { caseId } = await caseWithNetwork();
    const meeting = await plannedMeeting(caseId);
    await a.as.aino.put(`/api/meetings/${meeting.id}/note`, {
      version: 0,
      sections: { freeText: 'Alkuperäinen' },
    });
    const early = await a.as.aino.post(`/api/meetings/${meeting.id}/note/addenda`, {
      text: 'Liian aikaisin',
    });
    expect(early.statusCode).toBe(409);
    expect(early.json().error.code).toBe('note_not_signed');

    const signed = await a.as.aino.post(`/api/meetings/${meeting.id}/note/sign`, { version: 1 });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({
      status: 'held',
      note: { status: 'signed', signedBy: 'Aino Virtanen' },
    });
    expect(await theLogRowOf(t.deps.db, signed)).toMatchObject({
      action: 'sign',
      recordType: 'meeting_note',
    });

    const edit = await a.as.aino.put(`/api/meetings/${meeting.id}/note`, { version: 2, sections: {} });
    const move = await a.as.aino.put(`/api/meetings/${meeting.id}`, {
      version: signed.json().version,
      meeting: meetingInput([a.id.aino]),
    });
    expect([edit.statusCode, edit.json().error.code]).toEqual([409, 'record_signed']);
    expect([move.statusCode, move.json().error.code]).toEqual([409, 'record_signed']);
    await expect(
      t.deps.db
        .update(meetingNotes)
        .set({ sections: sql`'{}'::jsonb` })
        .where(eq(meetingNotes.meetingId, meeting.id)),
    ).rejects.toThrow();

    const addendum = await a.as.mikko.post(`/api/meetings/${meeting.id}/note/addenda`, {
      text: 'Korjaus: tapaaminen kesti 2 tuntia.',
    });
    expect(addendum.statusCode).toBe(201);
    expect(addendum.json().note).toMatchObject({
      sections: { freeText: 'Alkuperäinen' },
      addenda: [{ text: 'Korjaus: tapaaminen kesti 2 tuntia.', author: 'Mikko Lehtinen' }],
    });
  });

  it('refuses views of someone who is not a participant', async () => {
    const { caseId } = await caseWithNetwork();
    const meeting = await plannedMeeting(caseId);

    const res = await a.as.aino.put(`/api/meetings/${meeting.id}/note`, {
      version: 0,
      sections: {},
      views: [{ participantId: '00000000-0000-4000-8000-000000000000', text: 'x' }],
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ views: 'invalid' });
    expect((await a.as.aino.get(`/api/meetings/${meeting.id}`)).json().note).toBeNull();
  });
});
