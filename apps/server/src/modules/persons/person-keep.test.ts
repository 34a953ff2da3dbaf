import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { theLogRowOf } from '../../../test/access-log';
import { type Actors, signInActors } from '../../../test/actors';
import { uniqueIdentityCode, uniqueToken } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { storedPerson } from '../../../test/records';

let t: TestApp;
let a: Actors;
beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino']);
});
afterAll(() => t.close());

/** A person with an identity code and a protected address, as the edit form first sees them. */
async function protectedPerson() {
  const code = uniqueIdentityCode();
  const person = {
    firstNames: 'Suoja',
    lastName: `Henkilö${uniqueToken()}`,
    ...code,
    languages: ['fi'],
    streetAddress: 'Piilokuja 3',
    postalCode: '45100',
    city: 'Järvilaakso',
    addressProtection: true,
  };
  const res = await a.as.aino.post('/api/persons', person);
  expect(res.statusCode).toBe(201);
  const { streetAddress: _s, postalCode: _p, city: _c, identityCode: _i, ...seen } = person;
  return { id: res.json().id as string, code, seen };
}

describe('editing what the editor did not see', () => {
  it('keeps the stored identity code and protected address when the edit says so', async () => {
    const { id, code, seen } = await protectedPerson();
    const before = await storedPerson(t.deps.db, id);

    const res = await a.as.aino.put(`/api/persons/${id}`, {
      version: 1,
      person: { ...seen, phone: '040 765 4321' },
      keep: ['identityCode', 'address'],
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      phone: '040 765 4321',
      hasIdentityCode: true,
      address: null,
      addressProtection: true,
    });
    const after = await storedPerson(t.deps.db, id);
    expect(after).toMatchObject({
      identityCodeHash: before?.identityCodeHash,
      identityCodeCipher: before?.identityCodeCipher,
      streetAddress: 'Piilokuja 3',
      postalCode: '45100',
      city: 'Järvilaakso',
    });
    const reveal = await a.as.aino.post(`/api/persons/${id}/reveal`, { field: 'identityCode' });
    expect(reveal.json()).toEqual({ identityCode: code.identityCode });
  });

  it('removes the code and address when the editor cleared them on purpose', async () => {
    const { id, seen } = await protectedPerson();

    const res = await a.as.aino.put(`/api/persons/${id}`, {
      version: 1,
      person: { ...seen, identityCode: null },
    });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ hasIdentityCode: false, identityCodeMasked: null });
    expect(await storedPerson(t.deps.db, id)).toMatchObject({ identityCodeHash: null, streetAddress: null });
  });

  it('refuses a new date of birth that the kept identity code contradicts, and changes nothing', async () => {
    const { id, seen } = await protectedPerson();

    const res = await a.as.aino.put(`/api/persons/${id}`, {
      version: 1,
      person: { ...seen, dateOfBirth: '1999-12-31' },
      keep: ['identityCode', 'address'],
    });

    expect(res.statusCode).toBe(400);
    expect(res.json().error).toMatchObject({
      code: 'validation_failed',
      fields: { 'person.dateOfBirth': 'identity_code_date_mismatch' },
    });
    expect(await storedPerson(t.deps.db, id)).toMatchObject({ version: 1 });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'update', outcome: 'allowed' });
  });
});
