import { helsinkiDate } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Actors, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import { openCaseFor, registerFamily, registerPerson } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { addMember } from '../../../test/meetings';

let t: TestApp;
let a: Actors;
let pn: string;
const today = () => helsinkiDate();

async function caseWithMembers() {
  const child = await registerPerson(a.as.aino);
  const guardian = await registerPerson(a.as.aino, { dateOfBirth: '1985-01-01' });
  await registerFamily(a.as.aino, [child.id, guardian.id]);
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
  return { caseId: opened.id, guardian, grandmother, uncle };
}

const consentTo = (giver: string, memberId: string, purpose = 'receive_summaries') => ({
  givenByPersonId: giver,
  recipientMemberId: memberId,
  purpose,
  method: 'verbal',
  validFrom: today(),
});

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino']);
  pn = await unitId(t.deps.db, 'Perheneuvola');
});
afterAll(() => t.close());

describe('a consent to a network member', () => {
  it('names a member the client wants, for taking part, the plan or summaries', async () => {
    const { caseId, guardian, grandmother } = await caseWithMembers();

    const res = await a.as.aino.post(`/api/cases/${caseId}/consents`, consentTo(guardian.id, grandmother.id));

    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      recipient: { kind: 'member', id: grandmother.id, name: 'Maija Mäki' },
      purpose: 'receive_summaries',
      status: 'active',
    });
    const panel = (await a.as.aino.get(`/api/cases/${caseId}/consents`)).json();
    expect(panel.recipientMembers.map((m: { name: string }) => m.name)).toEqual(['Maija Mäki']);
  });

  it('never names someone the client does not want, nor discloses records to a member', async () => {
    const { caseId, guardian, grandmother, uncle } = await caseWithMembers();

    const unwanted = await a.as.aino.post(`/api/cases/${caseId}/consents`, consentTo(guardian.id, uncle.id));
    const disclosure = await a.as.aino.post(
      `/api/cases/${caseId}/consents`,
      consentTo(guardian.id, grandmother.id, 'disclosure'),
    );
    const other = await caseWithMembers();
    const stranger = await a.as.aino.post(
      `/api/cases/${caseId}/consents`,
      consentTo(guardian.id, other.grandmother.id),
    );

    expect(unwanted.json().error.fields).toEqual({ recipientMemberId: 'not_wanted_by_client' });
    expect(disclosure.json().error.fields).toEqual({ recipientMemberId: 'invalid' });
    expect(stranger.json().error.fields).toEqual({ recipientMemberId: 'invalid' });
    expect((await a.as.aino.get(`/api/cases/${caseId}/consents`)).json().consents).toEqual([]);
  });
});
