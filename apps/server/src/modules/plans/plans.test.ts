import { randomUUID } from 'node:crypto';
import { type PlanPerson, zPlanContent } from '@verkosto/domain';
import { asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { planVersions } from '../../db/schema/index';
import { addMember, goal, meetingOf, networkMember, planContent } from './plan-fixtures';
import { insertVersion } from './repository';

let t: TestApp;
let a: Actors;
let pn: string;

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'timo']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

/** A fresh Perheneuvola case: Aino responsible, Timo (Perhetyö) pair. */
async function freshCase() {
  const person = await registerPerson(a.as.aino);
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: person.id,
    responsibleWorkerId: a.id.aino,
    pairWorkerId: a.id.timo,
  });
  return opened.id;
}

async function storedVersions(caseId: string) {
  return t.deps.db
    .select({ versionNo: planVersions.versionNo, content: planVersions.content })
    .from(planVersions)
    .where(eq(planVersions.caseId, caseId))
    .orderBy(asc(planVersions.versionNo));
}

describe('plan versions', () => {
  it('saves version 1 over nothing, then each version over the one its editor saw, logged', async () => {
    const caseId = await freshCase();
    const empty = await a.as.aino.get(`/api/cases/${caseId}/plan`);
    expect(empty.json()).toMatchObject({ current: null, versions: [], canEdit: true });

    const first = await a.as.aino.post(`/api/cases/${caseId}/plan`, { basedOn: 0, content: planContent() });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({
      caseId,
      versionNo: 1,
      meetingId: null,
      createdBy: 'Aino Virtanen',
      content: { howWeLessenConcern: 'Iltarutiini sovitaan yhdessä.', nextComposition: [] },
    });
    expect(await theLogRowOf(t.deps.db, first)).toMatchObject({
      action: 'create',
      recordType: 'plan',
      recordId: caseId,
      outcome: 'allowed',
      basis: 'responsible_worker',
      detail: { basedOn: 0 },
    });

    const second = await a.as.mikko.post(`/api/cases/${caseId}/plan`, {
      basedOn: 1,
      content: planContent({ differingViews: 'Isä toivoo tiukempaa rytmiä.' }),
    });
    expect(second.json()).toMatchObject({ versionNo: 2, createdBy: 'Mikko Lehtinen' });

    const overview = await a.as.aino.get(`/api/cases/${caseId}/plan`);
    expect(overview.json()).toMatchObject({
      current: { versionNo: 2, content: { differingViews: 'Isä toivoo tiukempaa rytmiä.' } },
      versions: [{ versionNo: 2 }, { versionNo: 1 }],
    });
    expect(await theLogRowOf(t.deps.db, overview)).toMatchObject({ action: 'read', recordType: 'plan' });

    const old = await a.as.aino.get(`/api/cases/${caseId}/plan/versions/1`);
    expect(old.json()).toMatchObject({ versionNo: 1, content: { differingViews: null } });
    expect(await theLogRowOf(t.deps.db, old)).toMatchObject({ action: 'read', detail: { versionNo: 1 } });
  });

  it('answers a stale base 409 and changes nothing; reloading and reapplying then saves', async () => {
    const caseId = await freshCase();
    await a.as.aino.post(`/api/cases/${caseId}/plan`, { basedOn: 0, content: planContent() });
    await a.as.mikko.post(`/api/cases/${caseId}/plan`, {
      basedOn: 1,
      content: planContent({ howWeLessenConcern: 'Mikon versio' }),
    });

    for (const basedOn of [1, 0, 3]) {
      const stale = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
        basedOn,
        content: planContent({ howWeLessenConcern: 'Ainon versio' }),
      });
      expect(stale.statusCode).toBe(409);
      expect(stale.json().error.code).toBe('stale_version');
      // The attempt is still in the log: the refusal is returned, so the row commits.
      expect(await theLogRowOf(t.deps.db, stale)).toMatchObject({ action: 'create', outcome: 'allowed' });
    }
    expect((await storedVersions(caseId)).map((v) => v.versionNo)).toEqual([1, 2]);

    // What the form does after a 409: read the latest, apply the change again, save over it.
    const latest = (await a.as.aino.get(`/api/cases/${caseId}/plan`)).json();
    const reapplied = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: latest.current.versionNo,
      content: { ...latest.current.content, differingViews: 'Ainon lisäys' },
    });
    expect(reapplied.statusCode).toBe(201);
    expect(reapplied.json()).toMatchObject({
      versionNo: 3,
      content: { howWeLessenConcern: 'Mikon versio', differingViews: 'Ainon lisäys' },
    });
  });

  it('answers a version that does not exist 404, with the body of a case one cannot see', async () => {
    const caseId = await freshCase();
    const missing = await a.as.aino.get(`/api/cases/${caseId}/plan/versions/1`);
    const unknownCase = await a.as.aino.get(`/api/cases/${randomUUID()}/plan/versions/1`);
    expect(missing.statusCode).toBe(404);
    expect(missing.json()).toEqual(unknownCase.json());
    expect((await a.as.aino.get(`/api/cases/${caseId}/plan/versions/0`)).statusCode).toBe(400);
  });
});

describe('concurrent saves', () => {
  it('lets exactly one of eight saves over the same base through, and keeps versions 1..k whole', async () => {
    const caseId = await freshCase();
    const acknowledged: { versionNo: number; marker: string }[] = [];
    for (let round = 0; round < 3; round++) {
      const answers = await Promise.all(
        Array.from({ length: 8 }, (_, i) => {
          const marker = `kierros ${round} asiakas ${i}`;
          const agent = i % 2 === 0 ? a.as.aino : a.as.mikko;
          return agent
            .post(`/api/cases/${caseId}/plan`, {
              basedOn: round,
              content: planContent({ differingViews: marker }),
            })
            .then((res) => ({ res, marker }));
        }),
      );
      const codes = answers.map(({ res }) => res.statusCode).sort();
      expect(codes).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
      for (const { res, marker } of answers) {
        if (res.statusCode === 201) acknowledged.push({ versionNo: res.json().versionNo, marker });
        else expect(res.json().error.code).toBe('stale_version');
      }
    }
    const stored = await storedVersions(caseId);
    expect(stored.map((v) => v.versionNo)).toEqual([1, 2, 3]);
    expect(stored.map((v) => ({ versionNo: v.versionNo, marker: v.content.differingViews }))).toEqual(
      acknowledged,
    );
  });

  it('survives the unique key refusing a version number inside the transaction (savepoint)', async () => {
    const caseId = await freshCase();
    const version = {
      caseId,
      versionNo: 1,
      content: zPlanContent.parse(planContent()),
      meetingId: null,
      createdBy: a.id.aino,
    };
    const outcome = await t.deps.db.transaction(async (tx) => {
      const first = await insertVersion(tx, version);
      const second = await insertVersion(tx, version);
      // The transaction is still usable after the refused insert, so the door could still log.
      const rows = await tx.select().from(planVersions).where(eq(planVersions.caseId, caseId));
      return { first, second, rows: rows.length };
    });
    expect(outcome).toEqual({ first: true, second: false, rows: 1 });
  });
});

describe('what a version may name', () => {
  it('offers the members the client wants and the case’s workers, and refuses anyone else', async () => {
    const caseId = await freshCase();
    const grandmother = await addMember(a.as.aino, caseId, networkMember('Maija Mäki', 'wanted'));
    const uncle = await addMember(a.as.aino, caseId, networkMember('Pekka Mäki', 'not_wanted'));
    const neighbour = await addMember(a.as.aino, caseId, networkMember('Liisa Naapuri', 'not_asked'));
    const gone = await addMember(a.as.aino, caseId, networkMember('Kalle Pois', 'wanted'));
    await a.as.aino.post(`/api/network-members/${gone}/remove`, {});

    const { people } = (await a.as.aino.get(`/api/cases/${caseId}/plan`)).json();
    expect(people).toEqual([
      { kind: 'member', id: neighbour, name: 'Liisa Naapuri' },
      { kind: 'member', id: grandmother, name: 'Maija Mäki' },
      { kind: 'worker', id: a.id.aino, name: 'Aino Virtanen' },
      { kind: 'worker', id: a.id.timo, name: expect.any(String) },
    ]);

    const g = goal('Kotona on rauhallista');
    const action = (owner: PlanPerson) => ({
      id: randomUUID(),
      what: 'Mummi hakee koulusta tiistaisin',
      owner,
      goalId: g.id,
    });
    const refused = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent({
        goals: [g],
        actions: [
          action({ kind: 'member', id: grandmother, name: 'Maija Mäki' }),
          action({ kind: 'member', id: uncle, name: 'Pekka Mäki' }),
          action({ kind: 'member', id: gone, name: 'Kalle Pois' }),
          action({ kind: 'worker', id: a.id.mikko, name: 'Mikko Lehtinen' }),
        ],
        nextComposition: [
          { kind: 'worker', id: grandmother, name: 'Maija Mäki' },
          { kind: 'member', id: grandmother, name: 'Maija Mäki' },
        ],
      }),
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error).toMatchObject({
      code: 'validation_failed',
      fields: {
        'content.actions.1.owner': 'invalid',
        'content.actions.2.owner': 'invalid',
        'content.actions.3.owner': 'invalid',
        'content.nextComposition.0': 'invalid',
      },
    });
    expect(Object.keys(refused.json().error.fields)).toHaveLength(4);
    expect(await storedVersions(caseId)).toEqual([]);

    // The version records the names the case knows, not whatever the form sent.
    const saved = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent({
        goals: [g],
        actions: [action({ kind: 'member', id: grandmother, name: 'Joku muu' })],
        nextComposition: [{ kind: 'worker', id: a.id.timo, name: 'x' }],
      }),
    });
    expect(saved.statusCode).toBe(201);
    expect(saved.json().content.actions[0].owner).toEqual({
      kind: 'member',
      id: grandmother,
      name: 'Maija Mäki',
    });
    expect(saved.json().content.nextComposition[0].name).not.toBe('x');
  });

  it('ties a version to a meeting of its own case only', async () => {
    const caseId = await freshCase();
    const otherCase = await freshCase();
    const own = await meetingOf(t.deps.db, caseId, a.id.aino);
    const foreign = await meetingOf(t.deps.db, otherCase, a.id.aino);

    for (const meetingId of [foreign, randomUUID()]) {
      const res = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
        basedOn: 0,
        content: planContent(),
        meetingId,
      });
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ meetingId: 'invalid' });
    }
    const tied = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent(),
      meetingId: own,
    });
    expect(tied.json()).toMatchObject({ versionNo: 1, meetingId: own });
    expect((await a.as.aino.get(`/api/cases/${caseId}/plan`)).json().versions).toEqual([
      expect.objectContaining({ versionNo: 1, meetingId: own }),
    ]);
  });

  it('refuses content the shared schema refuses: an action under a goal the plan does not have', async () => {
    const caseId = await freshCase();
    const res = await a.as.aino.post(`/api/cases/${caseId}/plan`, {
      basedOn: 0,
      content: planContent({
        actions: [
          {
            id: randomUUID(),
            what: 'x',
            owner: { kind: 'worker', id: a.id.aino, name: 'Aino Virtanen' },
            goalId: randomUUID(),
          },
        ],
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'content.actions.0.goalId': 'invalid' });
  });
});

describe('a saved version', () => {
  it('is never changed or removed: the trigger refuses a direct UPDATE or DELETE', async () => {
    const caseId = await freshCase();
    await a.as.aino.post(`/api/cases/${caseId}/plan`, { basedOn: 0, content: planContent() });
    const q = t.deps.database.raw.query;

    await expect(
      q(`update plan_versions set content = '{}'::jsonb where case_id = $1`, [caseId]),
    ).rejects.toThrow(/never changed or removed/);
    await expect(q('delete from plan_versions where case_id = $1', [caseId])).rejects.toThrow(
      /never changed or removed/,
    );
    expect(await storedVersions(caseId)).toEqual([
      expect.objectContaining({
        versionNo: 1,
        content: expect.objectContaining({ goals: expect.any(Array) }),
      }),
    ]);
  });
});
