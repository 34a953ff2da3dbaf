import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { type RegisteredPerson, registerFamily, registerPerson, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { familiesNamed, storedFamily, storedMembers } from '../../../test/records';

let t: TestApp;
let a: Actors;
let child: RegisteredPerson;
let mother: RegisteredPerson;
let father: RegisteredPerson;
beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['riikka', 'ilkka']);
  child = await registerPerson(a.as.riikka, { firstNames: 'Lapsi', dateOfBirth: '2018-02-01' });
  mother = await registerPerson(a.as.riikka, { firstNames: 'Äiti', dateOfBirth: '1988-03-01' });
  father = await registerPerson(a.as.riikka, { firstNames: 'Isä', dateOfBirth: '1986-04-01' });
});
afterAll(() => t.close());

const byPerson = <T extends { personId: string }>(rows: T[]) =>
  [...rows].sort((x, y) => x.personId.localeCompare(y.personId));

describe('registering a family', () => {
  it('answers 201 with members, roles and guardianship, and logs the create', async () => {
    const name = `Testilän perhe ${uniqueToken()}`;
    const members = [
      { personId: child.id, role: 'child' },
      { personId: mother.id, role: 'guardian', isGuardian: true },
      { personId: father.id, role: 'parent', isGuardian: false },
    ];

    const res = await a.as.riikka.post('/api/families', { name, members });

    expect(res.statusCode).toBe(201);
    const family = res.json();
    expect(family).toMatchObject({ name, version: 1, cases: [] });
    expect(family.members).toEqual([
      {
        personId: father.id,
        firstNames: 'Isä',
        lastName: father.lastName,
        dateOfBirth: '1986-04-01',
        role: 'parent',
        isGuardian: false,
      },
      {
        personId: mother.id,
        firstNames: 'Äiti',
        lastName: mother.lastName,
        dateOfBirth: '1988-03-01',
        role: 'guardian',
        isGuardian: true,
      },
      {
        personId: child.id,
        firstNames: 'Lapsi',
        lastName: child.lastName,
        dateOfBirth: '2018-02-01',
        role: 'child',
        isGuardian: false,
      },
    ]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'family',
      recordId: family.id,
      outcome: 'allowed',
      basis: 'identity_search',
      subjectPersonIds: [child.id, mother.id, father.id],
    });
  });

  const refusals: [string, (name: string) => Record<string, unknown>, Record<string, string>][] = [
    [
      'a member who is not registered',
      (name) => ({
        name,
        members: [
          { personId: child.id, role: 'child' },
          { personId: randomUUID(), role: 'guardian' },
        ],
      }),
      { 'members.1.personId': 'invalid' },
    ],
    [
      'the same person twice',
      (name) => ({
        name,
        members: [
          { personId: child.id, role: 'child' },
          { personId: child.id, role: 'sibling' },
        ],
      }),
      { 'members.1.personId': 'duplicate_member' },
    ],
    ['no members', (name) => ({ name, members: [] }), { members: 'required' }],
    [
      'a role that does not exist',
      (name) => ({ name, members: [{ personId: child.id, role: 'grandmother' }] }),
      { 'members.0.role': 'invalid' },
    ],
    [
      'a blank name',
      () => ({ name: ' ', members: [{ personId: child.id, role: 'child' }] }),
      { name: 'required' },
    ],
  ];

  it.each(refusals)('refuses %s with 400 naming the field, and writes nothing', async (_, body, fields) => {
    const name = `Hylätty perhe ${uniqueToken()}`;

    const res = await a.as.riikka.post('/api/families', body(name));

    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({ code: 'validation_failed', fields });
    expect(await familiesNamed(t.deps.db, name)).toEqual([]);
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });

  it('lets no admin register a family: 404, logged, nothing written', async () => {
    const name = `Ylläpidon perhe ${uniqueToken()}`;

    const res = await a.as.ilkka.post('/api/families', {
      name,
      members: [{ personId: child.id, role: 'child' }],
    });

    expect(res.statusCode).toBe(404);
    expect(await familiesNamed(t.deps.db, name)).toEqual([]);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'family',
      outcome: 'denied',
      basis: 'role',
      subjectPersonIds: [],
    });
  });

  it('answers 401 when signed out, and writes nothing', async () => {
    const name = `Nimetön perhe ${uniqueToken()}`;

    const res = await (await t.anonymous()).post('/api/families', {
      name,
      members: [{ personId: child.id, role: 'child' }],
    });

    expect(res.statusCode).toBe(401);
    expect(await familiesNamed(t.deps.db, name)).toEqual([]);
  });
});

describe('changing a family', () => {
  it('replaces name and members over the current version, and logs everyone touched', async () => {
    const family = await registerFamily(a.as.riikka, [child.id, mother.id]);

    const res = await a.as.riikka.put(`/api/families/${family.id}`, {
      version: 1,
      family: {
        name: 'Uusi nimi',
        members: [
          { personId: child.id, role: 'child' },
          { personId: father.id, role: 'guardian', isGuardian: true },
        ],
      },
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Uusi nimi', version: 2 });
    expect(byPerson(await storedMembers(t.deps.db, family.id))).toEqual(
      byPerson([
        { personId: child.id, role: 'child', isGuardian: false },
        { personId: father.id, role: 'guardian', isGuardian: true },
      ]),
    );
    const row = await theLogRowOf(t.deps.db, res);
    expect(row).toMatchObject({
      action: 'update',
      recordType: 'family',
      outcome: 'allowed',
      basis: 'registered_by',
    });
    expect([...row.subjectPersonIds].sort()).toEqual([child.id, mother.id, father.id].sort());
  });

  it('refuses a stale version with 409 and changes nothing', async () => {
    const family = await registerFamily(a.as.riikka, [child.id, mother.id]);
    const save = (name: string) =>
      a.as.riikka.put(`/api/families/${family.id}`, {
        version: 1,
        family: { name, members: [{ personId: child.id, role: 'child' }] },
      });
    expect((await save('Ensimmäinen')).statusCode).toBe(200);
    const after = await storedMembers(t.deps.db, family.id);

    const res = await save('Toinen');

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect(await storedFamily(t.deps.db, family.id)).toMatchObject({ name: 'Ensimmäinen', version: 2 });
    expect(await storedMembers(t.deps.db, family.id)).toEqual(after);
  });

  it('lets exactly one of several simultaneous saves win', async () => {
    const family = await registerFamily(a.as.riikka, [child.id, mother.id]);

    const results = await Promise.all(
      ['Yksi', 'Kaksi', 'Kolme', 'Neljä'].map((name) =>
        a.as.riikka.put(`/api/families/${family.id}`, {
          version: 1,
          family: { name, members: [{ personId: child.id, role: 'child' }] },
        }),
      ),
    );

    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    expect(await storedFamily(t.deps.db, family.id)).toMatchObject({ name: winner.name, version: 2 });
    expect(await storedMembers(t.deps.db, family.id)).toHaveLength(1);
  });

  it('refuses an unregistered member with the field under family, and changes nothing', async () => {
    const family = await registerFamily(a.as.riikka, [child.id, mother.id]);
    const before = await storedMembers(t.deps.db, family.id);

    const res = await a.as.riikka.put(`/api/families/${family.id}`, {
      version: 1,
      family: { name: 'Muuttunut', members: [{ personId: randomUUID(), role: 'child' }] },
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ 'family.members.0.personId': 'invalid' });
    expect(await storedFamily(t.deps.db, family.id)).toMatchObject({ name: family.name, version: 1 });
    expect(await storedMembers(t.deps.db, family.id)).toEqual(before);
  });

  it('answers 401 when signed out, and changes nothing', async () => {
    const family = await registerFamily(a.as.riikka, [child.id]);

    const res = await (await t.anonymous()).put(`/api/families/${family.id}`, {
      version: 1,
      family: { name: 'Anonyymi', members: [{ personId: child.id, role: 'child' }] },
    });

    expect(res.statusCode).toBe(401);
    expect(await storedFamily(t.deps.db, family.id)).toMatchObject({ name: family.name, version: 1 });
  });
});
