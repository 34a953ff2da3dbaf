import { randomUUID } from 'node:crypto';
import { maskIdentityCode } from '@verkosto/domain';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsOf, theLogRowOf } from '../../../test/access-log';
import { type Actors, OUTSIDERS, signInActors } from '../../../test/actors';
import { unitId } from '../../../test/demo';
import {
  openCaseFor,
  type RegisteredPerson,
  registerPerson,
  uniqueIdentityCode,
} from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { storedPerson } from '../../../test/records';

/**
 * A person held by a Perheneuvola case: Aino responsible, Sanna (Kehitykselliset palvelut) pair,
 * Mikko a colleague in the unit. The person is under address protection and has an identity code.
 */
let t: TestApp;
let a: Actors;
let person: RegisteredPerson;
let code: { dateOfBirth: string; identityCode: string };
let unknown: LightMyRequestResponse;
const address = { streetAddress: 'Piilopolku 9', postalCode: '45100', city: 'Järvilaakso' };

beforeAll(async () => {
  t = await startTestApp();
  a = await signInActors(t, ['aino', 'mikko', 'sanna', 'jussi', 'petra', 'outi', 'ilkka']);
  code = uniqueIdentityCode();
  person = await registerPerson(a.as.mikko, { ...code, ...address, addressProtection: true });
  await openCaseFor(a.as.aino, {
    unitId: await unitId(t.deps.db, 'Perheneuvola'),
    personId: person.id,
    responsibleWorkerId: a.id.aino,
    pairWorkerId: a.id.sanna,
  });
  unknown = await a.as.aino.get(`/api/persons/${randomUUID()}`);
});
afterAll(() => t.close());

const ALLOWED = [
  { who: 'the responsible worker', key: 'aino', basis: 'responsible_worker' },
  { who: 'the pair worker from another unit', key: 'sanna', basis: 'pair_worker' },
  { who: 'a colleague in the unit of the open case', key: 'mikko', basis: 'unit_worker' },
] as const;

/** A refusal looks exactly like a record that does not exist, and names no one. */
function expectHidden(res: LightMyRequestResponse) {
  expect(res.statusCode).toBe(404);
  expect(res.json()).toEqual(unknown.json());
  expect(res.body).not.toContain(person.lastName);
}

describe('reading a person', () => {
  it.each(ALLOWED)('opens to $who, logged with basis $basis', async ({ key, basis }) => {
    const res = await a.as[key].get(`/api/persons/${person.id}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: person.id, lastName: person.lastName, version: 1 });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'read',
      recordType: 'person',
      recordId: person.id,
      outcome: 'allowed',
      basis,
      subjectPersonIds: [person.id],
      actorUserId: a.id[key],
    });
  });

  it.each(OUTSIDERS)('answers $who like an unknown id, and logs the attempt', async ({ key, reason }) => {
    const res = await a.as[key].get(`/api/persons/${person.id}`);

    expectHidden(res);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'read',
      recordType: 'person',
      recordId: person.id,
      outcome: 'denied',
      basis: reason,
      subjectPersonIds: [person.id],
    });
  });

  it('answers an unknown id 404 and logs the probe', async () => {
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    const row = await theLogRowOf(t.deps.db, unknown);
    expect(row).toMatchObject({ action: 'read', outcome: 'denied', basis: 'no_care_relationship' });
    expect(row.subjectPersonIds).toEqual([row.recordId]);
  });

  it('answers 401 when signed out, and logs nothing', async () => {
    const res = await (await t.anonymous()).get(`/api/persons/${person.id}`);

    expect(res.statusCode).toBe(401);
    expect(res.json().error.code).toBe('unauthenticated');
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });
});

describe('protected fields', () => {
  it('never shows the identity code in full on the person page', async () => {
    const res = await a.as.aino.get(`/api/persons/${person.id}`);

    expect(res.json()).toMatchObject({
      hasIdentityCode: true,
      identityCodeMasked: maskIdentityCode(code.identityCode),
    });
    expect(res.body).not.toContain(code.identityCode);
  });

  it('hides a protected address on the person page', async () => {
    const res = await a.as.aino.get(`/api/persons/${person.id}`);

    expect(res.json()).toMatchObject({ addressProtection: true, address: null });
    expect(res.body).not.toContain('Piilopolku');
  });

  it('reveals the identity code to the responsible worker, logged with the field', async () => {
    const res = await a.as.aino.post(`/api/persons/${person.id}/reveal`, { field: 'identityCode' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ identityCode: code.identityCode });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'reveal',
      recordType: 'person',
      recordId: person.id,
      outcome: 'allowed',
      basis: 'responsible_worker',
      subjectPersonIds: [person.id],
      detail: { field: 'identityCode' },
    });
  });

  it('reveals the protected address to the pair worker, logged with the field', async () => {
    const res = await a.as.sanna.post(`/api/persons/${person.id}/reveal`, { field: 'address' });

    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ address });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'reveal',
      outcome: 'allowed',
      basis: 'pair_worker',
      detail: { field: 'address' },
    });
  });

  it('refuses a field that is not revealable', async () => {
    const res = await a.as.aino.post(`/api/persons/${person.id}/reveal`, { field: 'passwordHash' });

    expect(res.statusCode).toBe(400);
    expect(res.json().error.fields).toEqual({ field: 'invalid' });
    expect(await logRowsOf(t.deps.db, res)).toEqual([]);
  });

  it.each(OUTSIDERS)('reveals nothing to $who: 404, logged with the field', async ({ key, reason }) => {
    const res = await a.as[key].post(`/api/persons/${person.id}/reveal`, { field: 'identityCode' });

    expectHidden(res);
    expect(res.body).not.toContain(code.identityCode);
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
      action: 'reveal',
      outcome: 'denied',
      basis: reason,
      subjectPersonIds: [person.id],
      detail: { field: 'identityCode' },
    });
  });

  it('reveals nothing of an unknown id, and nothing when signed out', async () => {
    const probe = await a.as.aino.post(`/api/persons/${randomUUID()}/reveal`, { field: 'address' });
    const signedOut = await (await t.anonymous()).post(`/api/persons/${person.id}/reveal`, {
      field: 'address',
    });

    expect(probe.statusCode).toBe(404);
    expect(probe.json()).toEqual(unknown.json());
    expect(signedOut.statusCode).toBe(401);
    expect(await logRowsOf(t.deps.db, signedOut)).toEqual([]);
  });
});

describe('editing a person', () => {
  const change = (firstNames: string, version: number) => ({
    version,
    person: { firstNames, lastName: person.lastName, ...code, ...address, addressProtection: true },
  });

  it.each(OUTSIDERS)(
    'answers $who like an unknown id, logs it, and changes nothing',
    async ({ key, reason }) => {
      const before = await storedPerson(t.deps.db, person.id);

      const res = await a.as[key].put(`/api/persons/${person.id}`, change('Murtautuja', before!.version));

      expectHidden(res);
      expect(await storedPerson(t.deps.db, person.id)).toEqual(before);
      expect(await theLogRowOf(t.deps.db, res)).toMatchObject({
        action: 'update',
        recordType: 'person',
        recordId: person.id,
        outcome: 'denied',
        basis: reason,
        subjectPersonIds: [person.id],
      });
    },
  );

  it('answers an unknown id with the same 404', async () => {
    const res = await a.as.aino.put(`/api/persons/${randomUUID()}`, change('Ketään', 1));

    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual(unknown.json());
  });

  it.each(ALLOWED)('lets $who save, logged with basis $basis', async ({ key, basis }) => {
    const before = await storedPerson(t.deps.db, person.id);

    const res = await a.as[key].put(`/api/persons/${person.id}`, change(`Muokattu ${key}`, before!.version));

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      firstNames: `Muokattu ${key}`,
      version: before!.version + 1,
      address: null,
    });
    expect(await theLogRowOf(t.deps.db, res)).toMatchObject({ action: 'update', outcome: 'allowed', basis });
  });
});
