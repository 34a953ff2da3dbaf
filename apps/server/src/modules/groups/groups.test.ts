import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { registerPerson, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pt: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['petra', 'timo', 'aino']);
  pt = await unitId(t.deps.db, 'Perhetyö');
});
afterAll(() => t.close());

async function newGroup() {
  const res = await a.as.petra.post(`/api/units/${pt}/groups`, {
    name: `Isä–lapsi-ryhmä ${uniqueToken()}`,
    kind: 'father_child',
    level: 'preventive',
    facilitatorIds: [a.id.petra, a.id.timo],
  });
  if (res.statusCode !== 201) throw new Error(`group: ${res.statusCode} ${res.body}`);
  return res.json();
}

describe('group activities', () => {
  it('run with a pair of facilitators, registered participants and sessions with attendance', async () => {
    const group = await newGroup();
    const dad = await registerPerson(a.as.petra, { firstNames: 'Isä', dateOfBirth: '1988-08-08' });
    const child = await registerPerson(a.as.petra);

    await a.as.petra.post(`/api/groups/${group.id}/participants`, { personId: dad.id });
    await a.as.timo.post(`/api/groups/${group.id}/participants`, { personId: child.id });
    const withSession = (
      await a.as.petra.post(`/api/groups/${group.id}/sessions`, {
        startsAt: new Date(Date.now() - 3_600_000).toISOString(),
        durationMinutes: 90,
        place: 'Perhekeskus',
      })
    ).json();
    const session = withSession.sessionList[0];
    const recorded = await a.as.timo.put(`/api/group-sessions/${session.id}/attendance`, {
      version: 1,
      attendedPersonIds: [dad.id, child.id],
      anonymousCount: 3,
    });

    expect(recorded.statusCode).toBe(200);
    expect(recorded.json()).toMatchObject({
      kind: 'father_child',
      level: 'preventive',
      facilitators: [{ name: 'Petra Nieminen' }, { name: 'Timo Hämäläinen' }],
      participants: 2,
      sessionList: [{ attended: [dad.id, child.id], anonymousCount: 3, version: 2 }],
    });
    const read = await a.as.timo.get(`/api/groups/${group.id}`);
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      recordType: 'group',
      subjectPersonIds: expect.arrayContaining([dad.id, child.id]),
    });
    const stale = await a.as.petra.put(`/api/group-sessions/${session.id}/attendance`, {
      version: 1,
      anonymousCount: 1,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('marks present only registered participants, and is the unit’s own', async () => {
    const group = await newGroup();
    const stranger = await registerPerson(a.as.aino);
    const withSession = (
      await a.as.petra.post(`/api/groups/${group.id}/sessions`, {
        startsAt: new Date().toISOString(),
        durationMinutes: 60,
      })
    ).json();

    const res = await a.as.petra.put(`/api/group-sessions/${withSession.sessionList[0].id}/attendance`, {
      version: 1,
      attendedPersonIds: [stranger.id],
    });
    const outsider = await a.as.aino.get(`/api/groups/${group.id}`);

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ attendedPersonIds: 'invalid' });
    expect(outsider.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, outsider)).toMatchObject({ outcome: 'denied' });
    expect((await a.as.aino.get(`/api/units/${pt}/groups`)).statusCode).toBe(404);
  });
});
