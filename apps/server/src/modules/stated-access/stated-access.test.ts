import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { createUser, openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { statedAccesses, unitMemberships } from '../../db/schema/index';

let t: TestApp;
let a: Actors;
let kp: string;
let pn: string;

const because = {
  legalBasis: 'child_in_danger',
  explanation: 'Lapsi kertoi vastaanotolla pelkäävänsä kotiin menoa.',
};

/** A shared client of our own: a Perheneuvola case (Aino) and a Kehitykselliset palvelut case (Sanna). */
async function sharedClient() {
  const child = await registerPerson(a.as.aino);
  const counselling = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  const developmental = await openCaseFor(a.as.sanna, {
    unitId: kp,
    personId: child.id,
    responsibleWorkerId: a.id.sanna,
  });
  return { child, counselling: counselling.id, developmental: developmental.id };
}

const statementsOf = (caseId: string) =>
  t.deps.db.select().from(statedAccesses).where(eq(statedAccesses.caseId, caseId));

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'marja', 'sanna', 'petra', 'ilkka']);
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

describe('a stated legal basis', () => {
  it('opens the other unit’s case to the worker who stated it, to read, and every read names it', async () => {
    const { child, developmental } = await sharedClient();
    expect((await a.as.aino.get(`/api/cases/${developmental}`)).statusCode).toBe(404);

    const stated = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);

    expect(stated.statusCode).toBe(201);
    const hours = (Date.parse(stated.json().expiresAt) - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const statementRow = await theLogRowOf(t.deps.db, stated);
    expect(statementRow).toMatchObject({
      action: 'create',
      recordType: 'stated_access',
      recordId: developmental,
      basis: 'stated_legal_basis',
      outcome: 'allowed',
      subjectPersonIds: [child.id],
      detail: { statedAccessId: stated.json().id, legalBasis: 'child_in_danger' },
    });
    // The worker's own words stay with the statement, for the team lead; not in the log.
    expect(JSON.stringify(statementRow)).not.toContain('pelkää');

    const read = await a.as.aino.get(`/api/cases/${developmental}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      accessBasis: 'stated_legal_basis',
      statedBasis: { legalBasis: 'child_in_danger', expiresAt: stated.json().expiresAt },
      sharedByConsent: null,
    });
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      action: 'read',
      recordType: 'case',
      basis: 'stated_legal_basis',
      detail: { statedAccessId: stated.json().id, legalBasis: 'child_in_danger' },
    });
    const network = await a.as.aino.get(`/api/cases/${developmental}/network`);
    expect(network.statusCode).toBe(200);
    expect(network.json().canEdit).toBe(false);
  });

  it('never opens the case for writing, nor to anyone else in the unit', async () => {
    const { developmental } = await sharedClient();
    await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);

    const close = await a.as.aino.post(`/api/cases/${developmental}/close`, {
      version: 1,
      reason: 'goals_met',
    });
    expect(close.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, close)).toMatchObject({ outcome: 'denied' });
    expect((await a.as.mikko.get(`/api/cases/${developmental}`)).statusCode).toBe(404);
  });

  it('opens nothing once it has expired', async () => {
    const { developmental } = await sharedClient();
    const stated = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);
    await t.deps.db
      .update(statedAccesses)
      .set({ expiresAt: sql`now() - interval '1 minute'` })
      .where(eq(statedAccesses.id, stated.json().id));

    const read = await a.as.aino.get(`/api/cases/${developmental}`);

    expect(read.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      outcome: 'denied',
      basis: 'no_care_relationship',
    });
  });

  it('cannot be used to look for people: without a care relationship to the client it answers 404', async () => {
    const { developmental } = await sharedClient();

    const res = await a.as.petra.post(`/api/cases/${developmental}/stated-access`, because);

    expect(res.statusCode).toBe(404);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      recordType: 'stated_access',
      outcome: 'denied',
      basis: 'no_care_relationship',
    });
    expect(await statementsOf(developmental)).toEqual([]);
    expect((await a.as.petra.get(`/api/cases/${developmental}`)).statusCode).toBe(404);
  });

  it('is refused to admins, and to everyone for a case that does not exist', async () => {
    const { developmental } = await sharedClient();

    expect((await a.as.ilkka.post(`/api/cases/${developmental}/stated-access`, because)).statusCode).toBe(
      404,
    );
    const missing = await a.as.aino.post(
      '/api/cases/00000000-0000-4000-8000-000000000000/stated-access',
      because,
    );
    expect(missing.statusCode).toBe(404);
    expect(await statementsOf(developmental)).toEqual([]);
  });

  it('is not needed for a case already open to the worker', async () => {
    const { counselling } = await sharedClient();

    const res = await a.as.aino.post(`/api/cases/${counselling}/stated-access`, because);

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('access_not_needed');
    expect(await statementsOf(counselling)).toEqual([]);
  });

  it('is stated once: while it is in force the case is listed among the person’s cases, and a second is not needed', async () => {
    const { child, developmental } = await sharedClient();
    await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);

    const again = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);
    const page = (await a.as.aino.get(`/api/persons/${child.id}`)).json();

    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('access_not_needed');
    expect(await statementsOf(developmental)).toHaveLength(1);
    expect(page.cases.map((c: { id: string }) => c.id)).toContain(developmental);
    expect(page.otherServices).toEqual([]);
  });

  it('is reviewed in the unit through which the worker knows the client', async () => {
    const worker = await createUser(t.deps.db, 'Perhetyö');
    await t.deps.db.insert(unitMemberships).values({ userId: worker.id, unitId: pn });
    const agent = await t.signIn(worker.username);
    const child = await registerPerson(agent);
    await openCaseFor(agent, { unitId: pn, personId: child.id, responsibleWorkerId: worker.id });
    const developmental = await openCaseFor(a.as.sanna, {
      unitId: kp,
      personId: child.id,
      responsibleWorkerId: a.id.sanna,
    });

    expect((await agent.post(`/api/cases/${developmental.id}/stated-access`, because)).statusCode).toBe(201);

    const [row] = await statementsOf(developmental.id);
    expect(row?.unitId).toBe(pn);
  });

  it('needs a basis from the list and an explanation, and writes nothing otherwise', async () => {
    const { developmental } = await sharedClient();

    const res = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, {
      legalBasis: 'curiosity',
      explanation: '   ',
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ legalBasis: 'required', explanation: 'required' });
    expect(await statementsOf(developmental)).toEqual([]);
    expect((await a.as.aino.get(`/api/cases/${developmental}`)).statusCode).toBe(404);
  });

  it('shows in the client’s access log with the legal basis', async () => {
    const { child, developmental } = await sharedClient();
    await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);
    await a.as.aino.get(`/api/cases/${developmental}`);

    const log = await a.as.aino.get(`/api/persons/${child.id}/access-log`);

    expect(log.json().entries).toContainEqual(
      expect.objectContaining({
        action: 'read',
        record: 'case',
        basis: 'stated_legal_basis',
        legalBasis: 'child_in_danger',
        unit: 'Perheneuvola',
      }),
    );
  });
});

describe('the team lead’s review', () => {
  it('lists the unit’s statements with the reasons and reads, without naming the client', async () => {
    const { child, developmental } = await sharedClient();
    const stated = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);
    await a.as.aino.get(`/api/cases/${developmental}`);
    await a.as.aino.get(`/api/cases/${developmental}`);

    const list = await a.as.marja.get('/api/stated-accesses/review');

    expect(list.statusCode).toBe(200);
    const item = list.json().items.find((i: { id: string }) => i.id === stated.json().id);
    expect(item).toMatchObject({
      worker: { displayName: 'Aino Virtanen' },
      legalBasis: 'child_in_danger',
      explanation: because.explanation,
      caseUnit: 'Kehitykselliset palvelut',
      reads: 2,
      review: null,
    });
    expect(list.body).not.toContain(child.lastName);
    expect(await theLogRowOf(t.deps.db, list)).toMatchObject({
      action: 'read',
      recordType: 'stated_access',
      basis: 'review',
      subjectPersonIds: expect.arrayContaining([child.id]),
    });
  });

  it('records the verdict once; a second review answers 409 and changes nothing', async () => {
    const { developmental } = await sharedClient();
    const stated = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);

    const first = await a.as.marja.post(`/api/stated-accesses/${stated.json().id}/review`, {
      verdict: 'justified',
      comment: 'Lastensuojeluilmoitus tehty samana päivänä.',
    });
    const second = await a.as.marja.post(`/api/stated-accesses/${stated.json().id}/review`, {
      verdict: 'not_justified',
    });

    expect(first.statusCode).toBe(200);
    expect(first.json().review).toMatchObject({ verdict: 'justified', reviewer: 'Marja Kallio' });
    expect(second.statusCode).toBe(409);
    const [row] = await statementsOf(developmental);
    expect(row).toMatchObject({ reviewVerdict: 'justified', reviewedBy: a.id.marja });
    expect((await logRowsOf(t.deps.db, first))[0]).toMatchObject({ action: 'update', basis: 'review' });
  });

  it('is for team leads of the unit only: workers, other units’ team leads and the stater get 404', async () => {
    const { developmental } = await sharedClient();
    const stated = await a.as.aino.post(`/api/cases/${developmental}/stated-access`, because);
    const otherLead = await createUser(t.deps.db, 'Kehitykselliset palvelut', 'team_lead');
    const lead = await t.signIn(otherLead.username);

    expect((await a.as.mikko.get('/api/stated-accesses/review')).statusCode).toBe(404);
    const ownList = await lead.get('/api/stated-accesses/review');
    expect(ownList.statusCode).toBe(200);
    expect(ownList.body).not.toContain(stated.json().id);
    for (const reviewer of [a.as.mikko, a.as.aino, lead]) {
      const res = await reviewer.post(`/api/stated-accesses/${stated.json().id}/review`, {
        verdict: 'justified',
      });
      expect(res.statusCode).toBe(404);
    }
    const [row] = await statementsOf(developmental);
    expect(row?.reviewedAt).toBeNull();
  });

  it('does not let a team lead review their own statement', async () => {
    const child = await registerPerson(a.as.marja);
    await openCaseFor(a.as.marja, { unitId: pn, personId: child.id, responsibleWorkerId: a.id.marja });
    const developmental = await openCaseFor(a.as.sanna, {
      unitId: kp,
      personId: child.id,
      responsibleWorkerId: a.id.sanna,
    });
    const stated = await a.as.marja.post(`/api/cases/${developmental.id}/stated-access`, because);
    expect(stated.statusCode).toBe(201);

    const list = await a.as.marja.get('/api/stated-accesses/review');
    const review = await a.as.marja.post(`/api/stated-accesses/${stated.json().id}/review`, {
      verdict: 'justified',
    });

    expect(list.body).not.toContain(stated.json().id);
    expect(review.statusCode).toBe(404);
  });
});
