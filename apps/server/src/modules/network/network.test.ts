import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let pn: string;
let kp: string;
const today = () => helsinkiDate();

const grandmother = {
  kind: 'close_person',
  name: 'Maija Mäki',
  relation: 'mummi',
  sector: 'relatives',
  ring: 1,
  quality: 'supportive',
  supportDirection: 'to_client',
  clientChoice: 'wanted',
  invited: true,
};

async function caseWithGuardian() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { dateOfBirth: '1985-01-01' });
  await registerFamily(a.as.aino, [child.id, guardian.id]);
  const opened = await openCaseFor(a.as.aino, {
    unitId: pn,
    personId: child.id,
    responsibleWorkerId: a.id.aino,
  });
  return { caseId: opened.id, guardian };
}

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'jussi', 'riikka', 'ilkka']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
  kp = await unitId(t.deps.db, 'Kehitykselliset palvelut');
});
afterAll(() => t.close());

describe("the client's network", () => {
  it('keeps members with the client’s choice, logs every read and change, and answers 409 on a stale edit', async () => {
    const { caseId } = await caseWithGuardian();
    const added = await a.as.aino.post(`/api/cases/${caseId}/network/members`, grandmother);
    expect(added.statusCode).toBe(201);
    expect(await theLogRowOf(t.deps.db, added)).toMatchObject({
      action: 'create',
      recordType: 'network',
      outcome: 'allowed',
    });
    const member = added.json();

    const read = await a.as.mikko.get(`/api/cases/${caseId}/network`);
    expect(read.json()).toMatchObject({
      canEdit: true,
      members: [expect.objectContaining({ name: 'Maija Mäki', ring: 1 })],
    });
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({
      action: 'read',
      recordType: 'network',
      basis: 'unit_worker',
    });

    const moved = await a.as.aino.put(`/api/network-members/${member.id}`, {
      version: 1,
      member: { ...grandmother, ring: 2, quality: 'strained' },
    });
    expect(moved.json()).toMatchObject({ version: 2, ring: 2, quality: 'strained' });
    const stale = await a.as.mikko.put(`/api/network-members/${member.id}`, {
      version: 1,
      member: grandmother,
    });
    expect(stale.statusCode).toBe(409);
  });

  it('never invites someone the client does not want', async () => {
    const { caseId } = await caseWithGuardian();
    const res = await a.as.aino.post(`/api/cases/${caseId}/network/members`, {
      ...grandmother,
      clientChoice: 'not_wanted',
      invited: true,
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ invited: 'invalid' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/network`)).json().members).toEqual([]);
  });

  it('saves dated snapshots that keep the map without contact details, and removal spares them', async () => {
    const { caseId } = await caseWithGuardian();
    const teacher = (
      await a.as.aino.post(`/api/cases/${caseId}/network/members`, {
        ...grandmother,
        kind: 'professional',
        name: 'Outi Opettaja',
        relation: 'luokanopettaja',
        sector: 'school_work',
        phone: '040 000 0000',
        supportDirection: 'mutual',
      })
    ).json();
    const first = await a.as.aino.post(`/api/cases/${caseId}/network/snapshots`, { note: 'Aloitus' });
    expect(first.statusCode).toBe(201);
    expect(first.json().members).toEqual([
      expect.objectContaining({ name: 'Outi Opettaja', sector: 'school_work' }),
    ]);
    expect(JSON.stringify(first.json())).not.toContain('040 000 0000');

    expect((await a.as.aino.post(`/api/network-members/${teacher.id}/remove`, {})).statusCode).toBe(204);
    const network = (await a.as.aino.get(`/api/cases/${caseId}/network`)).json();
    expect(network.members).toEqual([]);
    expect(network.snapshots).toEqual([
      expect.objectContaining({ note: 'Aloitus', takenBy: 'Aino Virtanen' }),
    ]);
    const kept = await a.as.aino.get(`/api/network-snapshots/${first.json().id}`);
    expect(kept.json().members).toHaveLength(1);
  });

  it('opens to another unit to read under a disclosure consent, and to nobody else', async () => {
    const { caseId, guardian } = await caseWithGuardian();
    await a.as.aino.post(`/api/cases/${caseId}/network/members`, grandmother);
    const snapshot = (await a.as.aino.post(`/api/cases/${caseId}/network/snapshots`, {})).json();
    for (const outsider of [a.as.jussi, a.as.riikka, a.as.ilkka]) {
      expect((await outsider.get(`/api/cases/${caseId}/network`)).statusCode).toBe(404);
      expect((await outsider.get(`/api/network-snapshots/${snapshot.id}`)).statusCode).toBe(404);
    }

    await a.as.aino.post(`/api/cases/${caseId}/consents`, {
      givenByPersonId: guardian.id,
      recipientUnitId: kp,
      purpose: 'disclosure',
      method: 'written',
      validFrom: today(),
    });
    const read = await a.as.jussi.get(`/api/cases/${caseId}/network`);
    expect(read.json()).toMatchObject({
      canEdit: false,
      members: [expect.objectContaining({ name: 'Maija Mäki' })],
    });
    expect(await theLogRowOf(t.deps.db, read)).toMatchObject({ basis: 'consent' });
    expect((await a.as.jussi.post(`/api/cases/${caseId}/network/members`, grandmother)).statusCode).toBe(404);
    expect((await a.as.riikka.get(`/api/cases/${caseId}/network`)).statusCode).toBe(404);
    expect((await (await t.anonymous()).get(`/api/cases/${caseId}/network`)).statusCode).toBe(401);
  });
});
