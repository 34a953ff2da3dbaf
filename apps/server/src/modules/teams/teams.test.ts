import { helsinkiDate } from '@verkosto/domain';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['marja', 'aino', 'sanna', 'jussi', 'petra']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

/** A team of Perheneuvola and Kehitykselliset palvelut formed by Marja, with its next meetings planned. */
async function newTeam() {
  const res = await a.as.marja.post('/api/teams', {
    name: `Tiimi ${uniqueToken()}`,
    cadencePerMonth: 2,
    weekday: 2,
    time: '13:00',
    memberIds: [a.id.aino, a.id.sanna],
  });
  if (res.statusCode !== 201) throw new Error(`team: ${res.statusCode} ${res.body}`);
  const planned = (await a.as.aino.post(`/api/teams/${res.json().id}/meetings/plan`, { months: 2 })).json();
  return { id: res.json().id as string, meetingId: planned.meetings[0].id as string };
}

/** A child who is a client of both units, with a guardian who can consent. */
async function sharedChild() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { firstNames: 'Huoltaja', dateOfBirth: '1985-05-05' });
  await registerFamily(a.as.aino, [child.id, guardian.id]);
  const pnCase = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  const kpCase = await a.as.sanna.post('/api/cases', {
    unitId: kp,
    personId: child.id,
    serviceType: 'developmental_services',
    responsibleWorkerId: a.id.sanna,
  });
  return { child, guardian, pnCaseId: pnCase.id, kpCaseId: kpCase.json().id as string };
}

const consentForTeam = (caseId: string, guardianId: string, teamId: string) =>
  a.as.aino.post(`/api/cases/${caseId}/consents`, {
    givenByPersonId: guardianId,
    recipientTeamId: teamId,
    purpose: 'team_consultation',
    method: 'written',
    validFrom: helsinkiDate(),
  });

describe('a multi-agency team', () => {
  it('is formed by a team lead, meets by its cadence, and is open to its members only', async () => {
    const team = await newTeam();

    const detail = await a.as.sanna.get(`/api/teams/${team.id}`);
    const outsider = await a.as.petra.get(`/api/teams/${team.id}`);

    expect(detail.statusCode).toBe(200);
    expect(
      detail
        .json()
        .members.map((m: { name: string }) => m.name)
        .sort(),
    ).toEqual(['Aino Virtanen', 'Marja Kallio', 'Sanna Koskinen']);
    expect(detail.json().meetings.length).toBeGreaterThanOrEqual(2);
    expect(outsider.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, outsider)).toMatchObject({ outcome: 'denied', recordType: 'team' });
    expect(
      (
        await a.as.aino.post('/api/teams', {
          name: 'x',
          cadencePerMonth: 1,
          weekday: 1,
          time: '09:00',
          memberIds: [a.id.sanna, a.id.aino],
        })
      ).statusCode,
    ).toBe(404);
  });

  it('hears a client by name only under the guardian’s consent for the team; anonymously otherwise', async () => {
    const team = await newTeam();
    const { child, guardian, pnCaseId } = await sharedChild();

    const refused = await a.as.aino.post(`/api/teams/${team.id}/agenda`, {
      mode: 'named',
      caseId: pnCaseId,
      question: 'Miten jaamme työn?',
    });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('team_consent_missing');
    expect((await a.as.aino.get(`/api/teams/${team.id}`)).json().namedCandidates).toEqual([]);

    expect((await consentForTeam(pnCaseId, guardian.id, team.id)).statusCode).toBe(201);
    const named = await a.as.aino.post(`/api/teams/${team.id}/agenda`, {
      mode: 'named',
      caseId: pnCaseId,
      question: 'Miten jaamme työn?',
    });
    const anonymous = await a.as.aino.post(`/api/teams/${team.id}/agenda`, {
      mode: 'anonymous',
      description: 'Alakouluikäinen, väsymystä ja poissaoloja',
      question: 'Mihin ohjaisimme?',
    });

    expect(named.statusCode).toBe(201);
    expect(named.json()).toMatchObject({
      mode: 'named',
      title: `${child.firstNames} ${child.lastName}`,
      caseId: pnCaseId,
    });
    expect(anonymous.json()).toMatchObject({
      mode: 'anonymous',
      title: 'Alakouluikäinen, väsymystä ja poissaoloja',
      caseId: null,
    });
    const detail = (await a.as.sanna.get(`/api/teams/${team.id}`)).json();
    expect(detail.agenda).toHaveLength(2);
  });
});

describe('the team meeting', () => {
  it('records the joint assessment and the division of work, signs, and the decision lands in both units’ cases', async () => {
    const team = await newTeam();
    const { guardian, pnCaseId, kpCaseId } = await sharedChild();
    await consentForTeam(pnCaseId, guardian.id, team.id);
    const item = (
      await a.as.aino.post(`/api/teams/${team.id}/agenda`, {
        mode: 'named',
        caseId: pnCaseId,
        question: 'Työnjako?',
      })
    ).json();
    const anonymous = (
      await a.as.aino.post(`/api/teams/${team.id}/agenda`, {
        mode: 'anonymous',
        description: 'Nuori',
        question: 'Ohjaus?',
      })
    ).json();
    const record = {
      version: 0,
      assessments: [
        { unitId: pn, view: 'Perheen arki kuormittunut.' },
        { unitId: kp, view: 'Hienomotoriikan tuki tarpeen.' },
      ],
      division: [
        { unitId: pn, task: 'Perhetapaamiset joka toinen viikko.' },
        { unitId: kp, task: 'Toimintaterapian arvio.' },
      ],
      responsibleUnitId: pn,
      pairUserIds: [a.id.aino, a.id.sanna],
      nextReviewOn: '2027-02-02',
      decided: true,
    };

    const saved = await a.as.sanna.put(`/api/team-meetings/${team.meetingId}/items/${item.id}`, record);
    const stale = await a.as.aino.put(`/api/team-meetings/${team.meetingId}/items/${item.id}`, record);
    expect(saved.statusCode).toBe(200);
    expect(stale.statusCode).toBe(409);
    const view = saved.json();
    expect(view.items.find((i: { item: { id: string } }) => i.item.id === item.id).record).toMatchObject({
      responsibleUnit: { id: pn, name: 'Perheneuvola' },
      pair: [
        { name: 'Aino Virtanen', unit: 'Perheneuvola' },
        { name: 'Sanna Koskinen', unit: 'Kehitykselliset palvelut' },
      ],
    });

    const signed = await a.as.aino.post(`/api/team-meetings/${team.meetingId}/sign`, {
      version: view.version,
    });

    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', signedBy: 'Aino Virtanen', canEdit: false });
    for (const [agent, caseId] of [
      [a.as.aino, pnCaseId],
      [a.as.sanna, kpCaseId],
      [a.as.jussi, kpCaseId],
    ] as const) {
      const decisions = (await agent.get(`/api/cases/${caseId}/team-decisions`)).json().decisions;
      expect(decisions).toEqual([
        expect.objectContaining({
          signedBy: 'Aino Virtanen',
          record: expect.objectContaining({
            division: [
              expect.objectContaining({ unit: 'Perheneuvola', task: 'Perhetapaamiset joka toinen viikko.' }),
              expect.objectContaining({ unit: 'Kehitykselliset palvelut', task: 'Toimintaterapian arvio.' }),
            ],
            nextReviewOn: '2027-02-02',
          }),
        }),
      ]);
    }
    // Decided items leave the rolling agenda; the undecided one stays for the next meeting.
    const agenda = (await a.as.aino.get(`/api/teams/${team.id}`)).json().agenda;
    expect(agenda.map((i: { id: string }) => i.id)).toEqual([anonymous.id]);
    // The minutes stay as signed.
    const late = await a.as.aino.put(`/api/team-meetings/${team.meetingId}/items/${anonymous.id}`, {
      ...record,
      version: 0,
    });
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('record_signed');
    await expect(
      t.deps.db.execute(
        sql`update team_item_records set content = '{}'::jsonb where meeting_id = ${team.meetingId}`,
      ),
    ).rejects.toThrow();
    expect((await a.as.petra.get(`/api/cases/${pnCaseId}/team-decisions`)).statusCode).toBe(404);
  });

  it('refuses views of units outside the team and a pair outside it, saving nothing', async () => {
    const team = await newTeam();
    const item = (
      await a.as.aino.post(`/api/teams/${team.id}/agenda`, {
        mode: 'anonymous',
        description: 'Nuori',
        question: 'Ohjaus?',
      })
    ).json();
    const ls = await unitId(t.deps.db, 'Lastensuojelu');

    const res = await a.as.aino.put(`/api/team-meetings/${team.meetingId}/items/${item.id}`, {
      version: 0,
      assessments: [{ unitId: ls, view: 'x' }],
      pairUserIds: [a.id.petra],
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ assessments: 'invalid', pairUserIds: 'invalid' });
    // Two workers of the same unit are not a pair across units.
    const samePair = await a.as.aino.put(`/api/team-meetings/${team.meetingId}/items/${item.id}`, {
      version: 0,
      pairUserIds: [a.id.aino, a.id.marja],
    });
    expect(samePair.statusCode).toBe(400);
    expect(samePair.json().error.fields).toEqual({ pairUserIds: 'invalid' });
    expect((await a.as.aino.get(`/api/team-meetings/${team.meetingId}`)).json().items[0].record).toBeNull();
  });
});
