import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;

const grandmother = {
  kind: 'close_person',
  name: 'Maija Mäki',
  relation: 'mummi',
  sector: 'relatives',
  ring: 1,
  quality: 'supportive',
  supportDirection: 'to_client',
  clientChoice: 'wanted',
  invited: false,
};

/**
 * A family with two cases: the child's own at Perheneuvola (Aino) and the family's at Perheneuvola
 * (Mikko), and the child's case at Kehitykselliset palvelut (Jussi).
 */
async function familyWithCases() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { dateOfBirth: '1985-01-01' });
  const family = await registerFamily(a.as.aino, [child.id, guardian.id]);
  const childCase = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  const familyCase = await openCaseFor(a.as.mikko, {
    unitId: pn,
    familyId: family.id,
    responsibleWorkerId: a.id.mikko,
  });
  const healthCase = await openCaseFor(a.as.jussi, {
    unitId: kp,
    personId: child.id,
    responsibleWorkerId: a.id.jussi,
  });
  return { child, childCase: childCase.id, familyCase: familyCase.id, healthCase: healthCase.id };
}

const namesIn = (res: { json(): { members: { name: string }[] } }) => res.json().members.map((m) => m.name);

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'jussi', 'laura']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

describe('members the family shares between its cases', () => {
  it('show in the family’s other cases the reader may see, marked with the unit that keeps them', async () => {
    const { childCase, familyCase } = await familyWithCases();
    await a.as.mikko.post(`/api/cases/${familyCase}/network/members`, {
      ...grandmother,
      sharedWithFamily: true,
    });
    await a.as.mikko.post(`/api/cases/${familyCase}/network/members`, {
      ...grandmother,
      name: 'Naapuri Niemi',
    });

    const read = await a.as.aino.get(`/api/cases/${childCase}/network`);

    expect(read.statusCode).toBe(200);
    expect(read.json().members).toEqual([
      expect.objectContaining({
        name: 'Maija Mäki',
        sharedWithFamily: true,
        fromCase: { caseId: familyCase, unit: 'Perheneuvola' },
      }),
    ]);
    // Two reads: the child's case network and the family case's network it borrowed from.
    const rows = await logRowsOf(t.deps.db, read);
    expect(rows.map((r) => [r.recordType, r.recordId, r.basis])).toEqual([
      ['network', childCase, 'responsible_worker'],
      ['network', familyCase, 'unit_worker'],
    ]);
  });

  it('stay hidden where the reader may not see the case that keeps them, and nothing of it is logged', async () => {
    const { healthCase, familyCase } = await familyWithCases();
    await a.as.mikko.post(`/api/cases/${familyCase}/network/members`, {
      ...grandmother,
      sharedWithFamily: true,
    });

    const read = await a.as.jussi.get(`/api/cases/${healthCase}/network`);

    expect(read.statusCode).toBe(200);
    expect(namesIn(read)).toEqual([]);
    expect((await logRowsOf(t.deps.db, read)).map((r) => r.recordId)).toEqual([healthCase]);
  });

  it('are drawn into the snapshots of the other case', async () => {
    const { childCase, familyCase } = await familyWithCases();
    await a.as.mikko.post(`/api/cases/${familyCase}/network/members`, {
      ...grandmother,
      sharedWithFamily: true,
    });

    const snapshot = await a.as.aino.post(`/api/cases/${childCase}/network/snapshots`, {});

    expect(snapshot.json().members.map((m: { name: string }) => m.name)).toEqual(['Maija Mäki']);
  });
});

describe('a professional who is a Verkosto user', () => {
  it('must be a worker of the county', async () => {
    const { childCase } = await familyWithCases();
    const base = { ...grandmother, kind: 'professional', name: 'Laura Mäkelä', relation: 'lääkäri' };

    const bad = await a.as.aino.post(`/api/cases/${childCase}/network/members`, {
      ...base,
      userId: '00000000-0000-4000-8000-000000000000',
    });
    const closePerson = await a.as.aino.post(`/api/cases/${childCase}/network/members`, {
      ...grandmother,
      userId: a.id.laura,
    });
    const good = await a.as.aino.post(`/api/cases/${childCase}/network/members`, {
      ...base,
      userId: a.id.laura,
    });

    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fields).toEqual({ userId: 'invalid' });
    expect(closePerson.statusCode).toBe(400);
    expect(good.statusCode).toBe(201);
    expect(good.json()).toMatchObject({ userId: a.id.laura, fromCase: null });
  });

  it('gains nothing by being a member, and one the client does not want is never invited and sees nothing', async () => {
    const { child, childCase } = await familyWithCases();
    const unwanted = {
      ...grandmother,
      kind: 'professional',
      name: 'Laura Mäkelä',
      relation: 'lastenpsykiatri',
      sector: 'services',
      clientChoice: 'not_wanted',
      userId: a.id.laura,
    };
    expect(
      (await a.as.aino.post(`/api/cases/${childCase}/network/members`, { ...unwanted, invited: true }))
        .statusCode,
    ).toBe(400);
    expect((await a.as.aino.post(`/api/cases/${childCase}/network/members`, unwanted)).statusCode).toBe(201);

    for (const path of [
      `/api/cases/${childCase}`,
      `/api/cases/${childCase}/network`,
      `/api/cases/${childCase}/consents`,
      `/api/persons/${child.id}`,
      `/api/persons/${child.id}/access-log`,
    ]) {
      const res = await a.as.laura.get(path);
      expect(res.statusCode, path).toBe(404);
      expect((await logRowsOf(t.deps.db, res))[0], path).toMatchObject({
        outcome: 'denied',
        basis: 'no_care_relationship',
      });
    }
    expect((await a.as.laura.get('/api/cases/mine')).body).not.toContain(childCase);
  });
});
