import { maskIdentityCode, temporaryIdentityCode } from '@verkosto/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { registerPerson, uniqueIdentityCode, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { personsNamed, storedPerson } from '../../../test/records';

let t: TestApp;
let a: Actors;
beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'ilkka']);
});
afterAll(() => t.close());

const validPerson = (overrides: Record<string, unknown> = {}) => ({
  firstNames: 'Sisko Maria',
  lastName: `Testilä${uniqueToken()}`,
  dateOfBirth: '2015-05-20',
  languages: ['fi'],
  ...overrides,
});

describe('registering a person', () => {
  it('answers 201 with the identity code masked, and logs the create', async () => {
    const code = uniqueIdentityCode();
    const input = validPerson({
      ...code,
      phone: '040 111 2222',
      streetAddress: 'Koetie 1',
      postalCode: '45100',
    });

    const res = await a.as.aino.post('/api/persons', input);

    expect(res.statusCode).toBe(201);
    const person = res.json();
    expect(person).toMatchObject({
      firstNames: 'Sisko Maria',
      lastName: input.lastName,
      dateOfBirth: code.dateOfBirth,
      identityCodeMasked: maskIdentityCode(code.identityCode),
      hasIdentityCode: true,
      version: 1,
      address: { streetAddress: 'Koetie 1', postalCode: '45100', city: null },
      cases: [],
    });
    expect(res.body).not.toContain(code.identityCode);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'person',
      recordId: person.id,
      outcome: 'allowed',
      basis: 'identity_search',
      subjectPersonIds: [person.id],
      actorUserId: a.id.aino,
    });
    const stored = await storedPerson(t.deps.db, person.id);
    expect(JSON.stringify(stored)).not.toContain(code.identityCode);
  });

  const other = temporaryIdentityCode('2015-05-20', 42);
  const badInputs: [string, Record<string, unknown>, Record<string, string>][] = [
    [
      'a wrong check character',
      { identityCode: `${other.slice(0, 10)}${other.endsWith('A') ? 'B' : 'A'}` },
      { identityCode: 'invalid_identity_code' },
    ],
    [
      'an identity code of another date',
      { identityCode: temporaryIdentityCode('2015-05-21', 42) },
      { identityCode: 'identity_code_date_mismatch' },
    ],
    [
      'no names',
      { firstNames: undefined, lastName: undefined },
      { firstNames: 'required', lastName: 'required' },
    ],
    ['blank names', { firstNames: '   ', lastName: '' }, { firstNames: 'required', lastName: 'required' }],
    ['a birth date in the future', { dateOfBirth: '2999-01-01' }, { dateOfBirth: 'date_in_future' }],
    ['a date that does not exist', { dateOfBirth: '2015-02-30' }, { dateOfBirth: 'invalid_date' }],
    ['a malformed e-mail address', { email: 'tiina(at)example.fi' }, { email: 'invalid_email' }],
  ];

  it.each(badInputs)('refuses %s with field-level codes and writes nothing', async (_, overrides, fields) => {
    const input = validPerson(overrides);

    const res = await a.as.aino.post('/api/persons', input);

    expect(res.statusCode).toBe(400);
    expect(res.json()).toEqual({ error: { code: 'validation_failed', message: expect.any(String), fields } });
    expect(await personsNamed(t.deps.db, input.lastName as string)).toHaveLength(0);
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });

  it('refuses a second person with the same identity code with 409, and writes nothing', async () => {
    const code = uniqueIdentityCode();
    await registerPerson(a.as.aino, code);
    const input = validPerson(code);

    const res = await a.as.aino.post('/api/persons', {
      ...input,
      identityCode: code.identityCode.toLowerCase(),
    });

    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({
      code: 'duplicate_identity_code',
      fields: { identityCode: 'invalid' },
    });
    expect(await personsNamed(t.deps.db, input.lastName)).toHaveLength(0);
  });

  it('lets no admin register anyone: 404, the attempt logged, nothing written', async () => {
    const input = validPerson();

    const res = await a.as.ilkka.post('/api/persons', input);

    expect(res.statusCode).toBe(404);
    expect(await personsNamed(t.deps.db, input.lastName)).toHaveLength(0);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'create',
      recordType: 'person',
      outcome: 'denied',
      basis: 'role',
      subjectPersonIds: [],
    });
  });

  it('answers 401 when signed out, and writes nothing', async () => {
    const input = validPerson();
    const res = await (await t.anonymous()).post('/api/persons', input);

    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
    expect(await personsNamed(t.deps.db, input.lastName)).toHaveLength(0);
  });
});

describe('editing a person', () => {
  const edit = (id: string, version: number, person: Record<string, unknown>) =>
    a.as.aino.put(`/api/persons/${id}`, { version, person });

  it('saves over the current version: 200, version + 1, logged as an update', async () => {
    const person = await registerPerson(a.as.aino);

    const res = await edit(person.id, 1, validPerson({ lastName: person.lastName, phone: '050 123 4567' }));

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ version: 2, firstNames: 'Sisko Maria', phone: '050 123 4567' });
    expect(await storedPerson(t.deps.db, person.id)).toMatchObject({ version: 2, phone: '050 123 4567' });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'update',
      recordType: 'person',
      recordId: person.id,
      outcome: 'allowed',
      basis: 'registered_by',
      subjectPersonIds: [person.id],
    });
  });

  it('refuses a stale version with 409 stale_version and changes nothing', async () => {
    const person = await registerPerson(a.as.aino);
    expect((await edit(person.id, 1, validPerson({ lastName: person.lastName }))).statusCode).toBe(200);

    const res = await edit(person.id, 1, validPerson({ lastName: person.lastName, firstNames: 'Myöhäinen' }));

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('stale_version');
    expect(await storedPerson(t.deps.db, person.id)).toMatchObject({ version: 2, firstNames: 'Sisko Maria' });
  });

  it('refuses an identity code another person has with 409 and changes nothing', async () => {
    const taken = uniqueIdentityCode();
    await registerPerson(a.as.aino, taken);
    const person = await registerPerson(a.as.aino, { dateOfBirth: taken.dateOfBirth });

    const res = await edit(person.id, 1, validPerson({ lastName: person.lastName, ...taken }));

    expect(res.statusCode).toBe(409);
    expect(res.json().error.code).toBe('duplicate_identity_code');
    expect(await storedPerson(t.deps.db, person.id)).toMatchObject({ version: 1, identityCodeHash: null });
  });

  it('refuses bad input with the fields named under person, and changes nothing', async () => {
    const person = await registerPerson(a.as.aino);

    const res = await edit(person.id, 1, validPerson({ firstNames: '', identityCode: '140317A901X' }));

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({
      'person.firstNames': 'required',
      'person.identityCode': 'invalid_identity_code',
    });
    expect(await storedPerson(t.deps.db, person.id)).toMatchObject({ version: 1, firstNames: 'Testi' });
  });

  it('lets exactly one of several simultaneous saves of one version win; the rest get 409', async () => {
    const person = await registerPerson(a.as.aino);
    const names = ['Ensimmäinen', 'Toinen', 'Kolmas', 'Neljäs', 'Viides', 'Kuudes'];

    const results = await Promise.all(
      names.map((firstNames) => edit(person.id, 1, validPerson({ lastName: person.lastName, firstNames }))),
    );

    const codes = results.map((r) => r.statusCode).sort();
    expect(codes).toEqual([200, 409, 409, 409, 409, 409]);
    const winner = results.find((r) => r.statusCode === 200)!.json();
    const stored = await storedPerson(t.deps.db, person.id);
    expect(stored).toMatchObject({ version: 2, firstNames: winner.firstNames });
    for (const loser of results.filter((r) => r.statusCode === 409)) {
      expect(loser.json().error.code).toBe('stale_version');
    }
  });

  it('answers 401 when signed out, and changes nothing', async () => {
    const person = await registerPerson(a.as.aino);
    const anonymous = await t.anonymous();

    const res = await anonymous.put(`/api/persons/${person.id}`, { version: 1, person: validPerson() });

    expect(res.statusCode).toBe(401);
    expect(await storedPerson(t.deps.db, person.id)).toMatchObject({ version: 1, firstNames: 'Testi' });
  });
});

describe('registering the same identity code twice at once', () => {
  it('creates one person and answers the others 409', async () => {
    const code = uniqueIdentityCode();
    const lastName = `Kaksoisolento${uniqueToken()}`;

    const results = await Promise.all(
      [1, 2, 3].map(() => a.as.aino.post('/api/persons', validPerson({ lastName, ...code }))),
    );

    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 409, 409]);
    expect(await personsNamed(t.deps.db, lastName)).toHaveLength(1);
  });
});
