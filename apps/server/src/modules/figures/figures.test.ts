import { helsinkiDate, helsinkiDayStart } from '@verkosto/domain';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, signInActors } from '../../../test/actors';
import { createUser, registerPerson, uniqueToken } from '../../../test/factories';
import { type Agent, startTestApp, type TestApp } from '../../../test/harness';
import { meetingInput } from '../../../test/meetings';
import { units } from '../../db/schema/index';

let t: TestApp;
let a: Actors;

// A unit of its own for this file: the figures are counted by hand from what the test puts in it,
// untouched by other files sharing the database.
let unitId: string;
let lead: Agent;
let worker: { id: string; agent: Agent };

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'outi', 'sanna']);
  const [pn] = await t.deps.db.select().from(units).where(eq(units.name, 'Perheneuvola'));
  const name = `Perheneuvola ${uniqueToken()}`;
  const [unit] = await t.deps.db
    .insert(units)
    .values({ organisationId: pn!.organisationId, name, serviceDomain: 'social' })
    .returning({ id: units.id });
  unitId = unit!.id;
  const leadUser = await createUser(t.deps.db, name, 'team_lead');
  const workerUser = await createUser(t.deps.db, name, 'worker');
  lead = await t.signIn(leadUser.username);
  worker = { id: workerUser.id, agent: await t.signIn(workerUser.username) };
});
afterAll(() => t.close());

const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

async function referAndAccept(urgency: string) {
  const sent = await a.as.outi.post('/api/referrals', {
    targetUnitId: unitId,
    source: 'school',
    childFirstNames: 'Luku',
    childLastName: `Lapsi${uniqueToken()}`,
    childDateOfBirth: '2015-05-05',
    reason: 'Tuen tarve',
    urgency,
    contactConsent: true,
  });
  const person = await registerPerson(worker.agent);
  const accepted = await worker.agent.post(`/api/referrals/${sent.json().id}/accept`, {
    version: 1,
    personId: person.id,
    serviceType: 'family_counselling',
    responsibleWorkerId: worker.id,
  });
  return { caseId: accepted.json().caseId as string, personId: person.id };
}

describe("the team lead's figures", () => {
  it('match the unit’s data counted by hand, and name no client', async () => {
    const first = await referAndAccept('normal');
    const second = await referAndAccept('urgent');
    await referAndAccept('soon');
    // One case leaves the waiting list today, after a network meeting at home a moment ago.
    const heldAt = new Date(Date.now() - 60_000);
    await worker.agent.post(
      `/api/cases/${first.caseId}/meetings`,
      meetingInput([worker.id], { type: 'network_meeting', setting: 'home', startsAt: heldAt.toISOString() }),
    );
    await worker.agent.post(`/api/cases/${first.caseId}/phase`, {
      version: 1,
      to: 'intake',
      reason: 'Aloitus',
    });
    // The second client is also a client of Kehitykselliset palvelut: a shared client without a team decision.
    const kp = (await a.as.sanna.get('/api/cases/form-options')).json().units[0].id;
    await a.as.sanna.post('/api/cases', {
      unitId: kp,
      personId: second.personId,
      serviceType: 'developmental_services',
      responsibleWorkerId: a.id.sanna,
    });
    // The worker rates the concern on the first case twice: lower at the end.
    for (const zone of ['zone_3_lower', 'zone_2']) {
      await worker.agent.post(`/api/cases/${first.caseId}/concerns`, {
        zone,
        perspective: 'worker',
        worries: 'Arki kuormittaa',
        followUpOn: helsinkiDate(),
      });
    }

    const res = await lead.get(`/api/figures?from=${helsinkiDate(daysAgo(30))}&to=${helsinkiDate()}`);

    expect(res.statusCode).toBe(200);
    const [unit] = res.json().units;
    expect(unit).toMatchObject({
      unitId,
      queueLength: 2,
      wait: { n: 1, median: 0, p90: 0 },
      toFirstMeeting: { n: 1, median: heldAt < helsinkiDayStart(helsinkiDate()) ? -1 : 0 },
      sharedClients: 1,
      sharedWithoutTeamDecision: 1,
      concernOutcome: [{ perspective: 'worker', cases: 1, lower: 1 }],
      meetingsByType: { network_meeting: 1 },
      meetingsBySetting: { home: 1 },
      networkMeetings: { meetings: 1, cases: 1 },
    });
    expect(unit.caseloads).toContainEqual(expect.objectContaining({ responsible: 3, pair: 0 }));
    expect(JSON.stringify(res.json())).not.toMatch(/Lapsi/);

    const csv = await lead.get('/api/figures.csv');
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(csv.body).toContain(`;queue_length;;2`);
  });

  it('are for team leads only', async () => {
    expect((await a.as.aino.get('/api/figures')).statusCode).toBe(404);
    expect((await worker.agent.get('/api/figures.csv')).statusCode).toBe(404);
  });
});
