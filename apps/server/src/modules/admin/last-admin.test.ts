import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { openPrivateDatabase } from '../../../test/private-database';
import { hashPassword } from '../../auth/passwords';
import { organisations, users } from '../../db/schema/index';

/**
 * On a database of its own: these tests need to know exactly which admins are active, which the
 * shared database (the demo admin, other files' accounts) cannot promise.
 */
let t: TestApp;
let drop: () => Promise<void>;
const PASSWORD = 'yksi-kaksi-kolme-neljä';
beforeAll(async () => {
  const priv = await openPrivateDatabase();
  drop = priv.drop;
  t = await startTestApp({}, priv.database);
});
afterAll(async () => {
  await t.app.close();
  await drop();
});

async function soleAdmin() {
  const db = t.deps.db;
  await db.update(users).set({ active: false }).where(eq(users.role, 'admin'));
  const [org] = await db.insert(organisations).values({ name: 'Testialue', kind: 'county' }).returning();
  const username = `paa.${Date.now().toString(36)}`;
  const [admin] = await db
    .insert(users)
    .values({
      username,
      displayName: 'Pää Käyttäjä',
      role: 'admin',
      organisationId: org!.id,
      passwordHash: await hashPassword(PASSWORD),
    })
    .returning();
  const agent = await t.anonymous();
  const res = await agent.post('/api/session', { username, password: PASSWORD });
  agent.csrf = res.json().csrfToken;
  return { agent, admin: admin!, organisationId: org!.id };
}

describe('the last active admin', () => {
  it('cannot be deactivated nor made something else, and stays as it was', async () => {
    const { agent, admin, organisationId } = await soleAdmin();

    const deactivate = await agent.post(`/api/admin/users/${admin.id}/deactivate`, {
      version: admin.version,
    });
    const demote = await agent.put(`/api/admin/users/${admin.id}`, {
      version: admin.version,
      user: { username: admin.username, displayName: admin.displayName, role: 'purchaser', organisationId },
    });

    for (const res of [deactivate, demote]) {
      expect(res.statusCode).toBe(409);
      expect(res.json().error.code).toBe('last_admin');
    }
    const [stored] = await t.deps.db.select().from(users).where(eq(users.id, admin.id));
    expect(stored).toMatchObject({ active: true, role: 'admin', version: admin.version });
    expect((await agent.get('/api/session')).json().user).not.toBeNull();
  });

  it('can step down once another admin is active', async () => {
    const { agent, admin, organisationId } = await soleAdmin();
    const second = await agent.post('/api/admin/users', {
      username: `toinen.${Date.now().toString(36)}`,
      displayName: 'Toinen Pääkäyttäjä',
      role: 'admin',
      organisationId,
    });
    expect(second.statusCode).toBe(201);

    const res = await agent.post(`/api/admin/users/${admin.id}/deactivate`, { version: admin.version });

    expect(res.statusCode).toBe(200);
    expect((await agent.get('/api/session')).json().user).toBeNull();
  });
});
