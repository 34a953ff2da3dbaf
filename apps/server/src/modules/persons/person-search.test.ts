import { maskIdentityCode, type PersonIdentity, temporaryIdentityCode } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { personId } from '../../../test/demo';
import { registerPerson, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
let a: Actors;
let eetu: string;
let tiina: string;
let janne: string;
// The demo seeds Eetu Mäki's code as serial 1 + his place (0) in the demo list.
const eetuCode = temporaryIdentityCode('2017-03-14', 1);

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['petra', 'ilkka']);
  eetu = await personId(t.deps.db, 'Eetu Juhani', 'Mäki');
  tiina = await personId(t.deps.db, 'Tiina', 'Mäki');
  janne = await personId(t.deps.db, 'Janne', 'Mäki');
});
afterAll(() => t.close());

/** Searches as Petra, a Perhetyö worker with no case of the Mäki family: basic identity is findable by all. */
async function search(body: Record<string, unknown>) {
  const res = await a.as.petra.post('/api/persons/search', body);
  expect(res.statusCode).toBe(200);
  const result = res.json() as { persons: PersonIdentity[]; truncated: boolean };
  return { res, result, ids: result.persons.map((p) => p.id) };
}

describe('searching persons by name', () => {
  it.each(['maki', 'Mäki', 'MÄKI', 'mäk'])('finds the Mäki family with "%s"', async (name) => {
    const { ids } = await search({ name });
    expect(ids).toEqual(expect.arrayContaining([eetu, tiina, janne]));
  });

  it('matches each word as a prefix of a first or last name', async () => {
    expect((await search({ name: 'eetu mäki' })).ids).toEqual([eetu]);
    expect((await search({ name: 'mäki ti' })).ids).toEqual([tiina]);
    expect((await search({ name: 'äki' })).ids).not.toContain(eetu);
  });

  it('finds a second given name and each part of a double surname', async () => {
    expect((await search({ name: 'juhani maki' })).ids).toEqual([eetu]);
    const token = uniqueToken().toLowerCase();
    const registered = await registerPerson(a.as.petra, {
      firstNames: 'Aada Sofia',
      lastName: `Öhman-Lähde${token}`,
    });
    expect((await search({ name: `sofia lahde${token}` })).ids).toEqual([registered.id]);
    expect((await search({ name: `ohman lahde${token}` })).ids).toEqual([registered.id]);

    await a.as.petra.put(`/api/persons/${registered.id}`, {
      version: registered.version,
      person: { firstNames: 'Aada', lastName: `Öhman-Lähde${token}`, dateOfBirth: '2016-04-12' },
    });
    expect((await search({ name: `sofia lahde${token}` })).ids).toEqual([]);
  });

  it('gives LIKE wildcards no meaning', async () => {
    expect((await search({ name: 'm_ki' })).result.persons).toEqual([]);
    expect((await search({ name: 'mäki%' })).ids).toEqual(expect.arrayContaining([eetu, tiina, janne]));
  });

  it.each(['%', '-', '!!'])(
    'refuses "%s", a name with no letters, instead of listing everyone',
    async (name) => {
      const res = await a.as.petra.post('/api/persons/search', { name });

      expect(res.statusCode).toBe(400);
      expect(res.json().error.fields).toEqual({ name: 'required' });
      expect(await logRowsOf(t.deps.db, res)).toEqual([]);
    },
  );

  it('shows basic identity only, with the identity code masked', async () => {
    const { res, result } = await search({ name: 'eetu mäki' });
    expect(result.persons).toEqual([
      {
        id: eetu,
        firstNames: 'Eetu Juhani',
        lastName: 'Mäki',
        dateOfBirth: '2017-03-14',
        identityCodeMasked: maskIdentityCode(eetuCode),
      },
    ]);
    expect(res.body).not.toContain(eetuCode);
    expect(res.body).not.toContain('Koivukuja');
  });

  it('logs one search row naming exactly the persons shown', async () => {
    const { res, ids } = await search({ name: 'maki' });

    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'search',
      recordType: 'person_search',
      recordId: null,
      outcome: 'allowed',
      basis: 'identity_search',
      actorUserId: a.id.petra,
      subjectPersonIds: ids,
      detail: { by: ['name'], shown: ids.length },
    });
  });

  it('shows at most 50, says the list is cut, and logs only the 50 shown', async () => {
    const lastName = `Joukko${uniqueToken()}`;
    await Promise.all(Array.from({ length: 51 }, () => registerPerson(a.as.petra, { lastName })));

    const { res, result, ids } = await search({ name: lastName });

    expect(result.persons).toHaveLength(50);
    expect(result.truncated).toBe(true);
    const row = await theLogRowOf(t.deps.db, res);
    expect(row.subjectPersonIds).toEqual(ids);
    expect(row.detail).toEqual({ by: ['name'], shown: 50 });
  });
});

describe('searching persons by date of birth or identity code', () => {
  it('finds by date of birth, and only persons born that day', async () => {
    const { res, result, ids } = await search({ dateOfBirth: '2017-03-14' });

    expect(ids).toContain(eetu);
    expect(result.persons.every((p) => p.dateOfBirth === '2017-03-14')).toBe(true);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      subjectPersonIds: ids,
      detail: { by: ['date_of_birth'], shown: ids.length },
    });
  });

  it('finds exactly one person by the exact identity code, whatever its case', async () => {
    const { res, ids } = await search({ identityCode: eetuCode.toLowerCase() });

    expect(ids).toEqual([eetu]);
    expect(res.body).not.toContain(eetuCode);
    const row = await theLogRowOf(t.deps.db, res);
    expect(row).toMatchObject({ subjectPersonIds: [eetu], detail: { by: ['identity_code'], shown: 1 } });
    expect(JSON.stringify(row)).not.toContain(eetuCode);
  });

  it('finds nobody with a valid code no one has, and logs an empty search', async () => {
    const { res, result } = await search({ identityCode: temporaryIdentityCode('2017-03-14', 77) });

    expect(result).toEqual({ persons: [], truncated: false });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ subjectPersonIds: [], detail: { shown: 0 } });
  });

  it('combines criteria: a name and another date of birth find nobody', async () => {
    expect((await search({ name: 'eetu', dateOfBirth: '2017-03-15' })).result.persons).toEqual([]);
  });
});

describe('refused searches', () => {
  it('answers 400 to an empty search or a malformed code, and logs nothing', async () => {
    const empty = await a.as.petra.post('/api/persons/search', { name: '  ' });
    const badCode = await a.as.petra.post('/api/persons/search', { identityCode: '140317A901X' });

    expect(empty.statusCode).toBe(400);
    expect(empty.json().error.fields).toEqual({ name: 'required' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().error.fields).toEqual({ identityCode: 'invalid_identity_code' });
    expect(await logRowsOf(t.deps.db, empty)).toEqual([]);
    expect(await logRowsOf(t.deps.db, badCode)).toEqual([]);
  });

  it("lets an admin find basic identity to answer a client's access-log request, logged as registry work", async () => {
    const res = await a.as.ilkka.post('/api/persons/search', { name: 'juhani maki' });

    expect(res.statusCode).toBe(200);
    expect(res.json().persons).toEqual([
      expect.objectContaining({ id: eetu, identityCodeMasked: maskIdentityCode(eetuCode) }),
    ]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'search',
      recordType: 'person_search',
      outcome: 'allowed',
      basis: 'registry',
      subjectPersonIds: [eetu],
    });
    // Basic identity only: the person page stays closed to an admin.
    expect((await a.as.ilkka.get(`/api/persons/${eetu}`)).statusCode).toBe(404);
  });

  it('answers 401 when signed out, and logs nothing', async () => {
    const res = await (await t.anonymous()).post('/api/persons/search', { name: 'maki' });

    expect(res.statusCode).toBe(401);
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });
});
