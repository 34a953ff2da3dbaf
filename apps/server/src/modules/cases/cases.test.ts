import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { logRowsFor } from '../../../test/access-log';
import { caseOf, personId, userId } from '../../../test/demo';
import { startTestApp, type TestApp } from '../../../test/harness';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

describe('a case held by another register', () => {
  it('answers 404 to a Perheneuvola worker and logs the attempt', async () => {
    const aleksi = await personId(t.deps.db, 'Aleksi', 'Heino');
    const psychiatryCase = await caseOf(t.deps.db, 'Lastenpsykiatrian poliklinikka', aleksi);
    const aino = await t.signIn('aino.virtanen');

    const res = await aino.get(`/api/cases/${psychiatryCase}`);

    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: expect.any(String) } });
    expect(res.body).not.toContain('Heino');
    const [row] = await logRowsFor(t.deps.db, await userId(t.deps.db, 'aino.virtanen'), psychiatryCase);
    expect(row).toMatchObject({ action: 'read', recordType: 'case', outcome: 'denied', basis: 'no_care_relationship' });
    expect(row?.subjectPersonIds).toContain(aleksi);
  });

  it('opens to the responsible worker, with the basis logged', async () => {
    const aleksi = await personId(t.deps.db, 'Aleksi', 'Heino');
    const psychiatryCase = await caseOf(t.deps.db, 'Lastenpsykiatrian poliklinikka', aleksi);
    const laura = await t.signIn('laura.makela');

    const res = await laura.get(`/api/cases/${psychiatryCase}`);

    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ register: 'health', accessBasis: 'responsible_worker', unit: { name: 'Lastenpsykiatrian poliklinikka' } });
    const [row] = await logRowsFor(t.deps.db, await userId(t.deps.db, 'laura.makela'), psychiatryCase);
    expect(row).toMatchObject({ outcome: 'allowed', basis: 'responsible_worker' });
  });
});
