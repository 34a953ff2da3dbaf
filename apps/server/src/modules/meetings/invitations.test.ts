import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { addMember, meetingInput } from '../../../test/meetings';
import { invitationIcs } from './invitation';

let t: TestApp;
let a: Actors;
let pn: string;

async function meetingFor(
  person: { addressProtection?: boolean } = {},
  overrides: Record<string, unknown> = {},
) {
  const child = await registerPerson(a.as.aino, {
    streetAddress: 'Salainen polku 7',
    postalCode: '45100',
    city: 'Järvilaakso',
    ...person,
  });
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  const grandmother = await addMember(a.as.aino, opened.id, { email: 'mummi@example.fi' });
  const friend = await addMember(a.as.aino, opened.id, {
    name: 'Kaveri Ilman Osoitetta',
    relation: 'kaveri',
  });
  const res = await a.as.aino.post(
    `/api/cases/${opened.id}/meetings`,
    meetingInput([a.id.aino], { participantMemberIds: [grandmother.id, friend.id], ...overrides }),
  );
  return { child, meeting: res.json() };
}

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'petra', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

describe('invitations', () => {
  it('as iCalendar carry the time, the place and a contact, and nothing of the client', async () => {
    const { child, meeting } = await meetingFor();

    const res = await a.as.aino.get(`/api/meetings/${meeting.id}/invitation.ics`);

    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/calendar/);
    const ics = res.body.replace(/\r\n /g, '');
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain(`DTSTART:${meeting.startsAt.replace(/[-:]/g, '').slice(0, 15)}Z`);
    expect(ics).toContain('DURATION:PT90M');
    expect(ics).toContain('LOCATION:Perheneuvola\\, neuvotteluhuone 2');
    expect(ics).toContain('Aino Virtanen');
    // Not the client, not the case, not even the kind of meeting.
    for (const secret of [
      child.firstNames,
      child.lastName,
      meeting.caseId,
      'network_meeting',
      'Kuulumiset',
    ]) {
      expect(ics).not.toContain(secret);
    }
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'read', recordType: 'meeting' });
  });

  it('leave a home visit’s place out when the client lives under address protection', async () => {
    const { meeting } = await meetingFor(
      { addressProtection: true },
      { setting: 'home', place: 'Salainen polku 7, Järvilaakso' },
    );

    const ics = (await a.as.aino.get(`/api/meetings/${meeting.id}/invitation.ics`)).body.replace(
      /\r\n /g,
      '',
    );

    expect(ics).not.toContain('Salainen');
    expect(ics).toContain('LOCATION:Paikka sovitaan erikseen');
  });

  it('go by e-mail through the outbox to those with an address; the rest are named back', async () => {
    const { child, meeting } = await meetingFor();
    const ids = meeting.participants.map((p: { id: string }) => p.id);

    const res = await a.as.aino.post(`/api/meetings/${meeting.id}/invitations`, { participantIds: ids });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ queued: 1, withoutAddress: ['Kaveri Ilman Osoitetta'] });
    const outbox = await a.as.ilkka.get('/api/outbox');
    const message = outbox
      .json()
      .messages.find(
        (m: { to: string; body: string }) => m.to === 'mummi@example.fi' && m.body.includes('90 min'),
      );
    expect(message).toBeDefined();
    expect(JSON.stringify(message)).not.toContain(child.lastName);
    expect(message.body).toContain('Perheneuvola, neuvotteluhuone 2');
    // The address is a network member's: reading the outbox is logged with the persons of the cases.
    expect(await theLogRowOf(t.deps.db, outbox)).toMatchObject({
      action: 'read',
      basis: 'registry',
      subjectPersonIds: expect.arrayContaining([child.id]),
    });
  });

  it('are sent only by the case’s own workers, and the outbox opens only to admins', async () => {
    const { meeting } = await meetingFor();

    const outsider = await a.as.petra.post(`/api/meetings/${meeting.id}/invitations`, {
      participantIds: [meeting.participants[0].id],
    });

    expect(outsider.statusCode).toBe(404);
    const refused = await a.as.aino.get('/api/outbox');
    expect(refused.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, refused)).toMatchObject({ outcome: 'denied', basis: 'role' });
    expect((await a.as.petra.get(`/api/meetings/${meeting.id}/invitation.ics`)).statusCode).toBe(404);
  });
});

describe('the iCalendar text', () => {
  it('escapes what would break it and folds long lines at 75 octets', () => {
    const ics = invitationIcs(
      {
        meetingId: 'm1',
        startsAt: new Date('2026-12-01T11:00:00Z'),
        durationMinutes: 45,
        place: `Kirjasto; ryhmätila, 2. krs\n${'ä'.repeat(60)}`,
        contact: { name: 'Aino Virtanen', title: 'Psykologi', unit: 'Perheneuvola' },
      },
      new Date('2026-11-22T10:00:00Z'),
    );

    expect(ics).toContain('DTSTART:20261201T110000Z');
    expect(ics).toContain('DTSTAMP:20261122T100000Z');
    for (const line of ics.split('\r\n')) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.replace(/\r\n /g, '')).toContain('LOCATION:Kirjasto\\; ryhmätila\\, 2. krs\\n');
  });
});
