import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openEmptyDatabase } from '../../test/empty-database';
import { startTestApp, type TestApp } from '../../test/harness';
import type { Database } from '../db/client';
import { adminChanges, organisations, unitMemberships, users } from '../db/schema/index';
import { type AdminCommandIo, runAdminCommand } from './admin-command';
import { createFirstAdmin } from './first-admin';

const FIRST = [
  'create-admin',
  '--username',
  'ilkka.admin',
  '--name',
  'Ilkka Aaltonen',
  '--organisation',
  'Pohjanmaan hyvinvointialue',
];

let empty: { database: Database; drop(): Promise<void> };
/** The same database, but the command's and the app's close leave it open for the next step. */
let shared: Database;

beforeAll(async () => {
  empty = await openEmptyDatabase();
  shared = { ...empty.database, close: async () => {} };
});
afterAll(() => empty.drop());

function io(database: Database | null) {
  const out: string[] = [];
  const err: string[] = [];
  const commandIo: AdminCommandIo = {
    out: (text) => out.push(text),
    err: (text) => err.push(text),
    openDatabase: async () => {
      if (!database) throw new Error('the database must not be opened');
      return database;
    },
  };
  return { commandIo, out: () => out.join(''), err: () => err.join('') };
}

async function counts(db: Database['db']) {
  return {
    users: await db.$count(users),
    organisations: await db.$count(organisations),
    changes: await db.$count(adminChanges),
  };
}

describe('npm run admin -- create-admin', () => {
  let password = '';
  let t: TestApp;
  afterAll(() => t?.close());

  it('makes the first admin and its county on an empty database, and prints a one-time password once', async () => {
    const run = io(shared);
    expect(await runAdminCommand(FIRST, run.commandIo)).toBe(0);
    password = /One-time password, shown only now: (\S+)/.exec(run.out())?.[1] ?? '';
    expect(password).toMatch(/^[A-Za-z2-9]{5}(-[A-Za-z2-9]{5}){3}$/);
    expect(run.out().split(password)).toHaveLength(2);
    expect(run.err()).toBe('');

    const db = shared.db;
    const [org] = await db.select().from(organisations);
    expect(org).toMatchObject({
      name: 'Pohjanmaan hyvinvointialue',
      kind: 'county',
      parentId: null,
      version: 1,
    });
    const [admin] = await db.select().from(users);
    expect(admin).toMatchObject({
      username: 'ilkka.admin',
      displayName: 'Ilkka Aaltonen',
      role: 'admin',
      organisationId: org!.id,
      mustChangePassword: true,
      active: true,
    });
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await db.select().from(unitMemberships).where(eq(unitMemberships.userId, admin!.id))).toEqual([]);

    const log = await db.select().from(adminChanges).orderBy(adminChanges.seq);
    expect(log.map((r) => [r.recordType, r.recordId, r.action, r.version, r.actorUserId])).toEqual([
      ['organisation', org!.id, 'create', 1, null],
      ['user', admin!.id, 'create', 1, null],
    ]);
    expect(log[0]!.changes).toEqual({ name: 'Pohjanmaan hyvinvointialue', kind: 'county', parentId: null });
    expect(log[1]!.changes).toMatchObject({ username: 'ilkka.admin', role: 'admin', unitIds: [] });
    const logged = JSON.stringify(log);
    expect(logged).not.toContain(password);
    expect(logged).not.toContain(admin!.passwordHash);
    expect(Object.keys(log[1]!.changes as object)).not.toEqual(
      expect.arrayContaining([expect.stringMatching(/^password/)]),
    );
  });

  it('lets the admin sign in with the one-time password, which must be changed first', async () => {
    t = await startTestApp({ DEMO_MODE: '0' }, shared);
    const agent = await t.anonymous();
    const res = await agent.post('/api/session', { username: 'ilkka.admin', password });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({
      displayName: 'Ilkka Aaltonen',
      role: 'admin',
      mustChangePassword: true,
    });
    expect((await agent.get('/api/session')).json().user.mustChangePassword).toBe(true);
  });

  it('refuses a second first admin and changes nothing', async () => {
    const before = await counts(shared.db);
    const run = io(shared);
    const again = [
      'create-admin',
      '--username',
      'toinen.admin',
      '--name',
      'Toinen',
      '--organisation',
      'Muu alue',
    ];
    expect(await runAdminCommand(again, run.commandIo)).toBe(1);
    expect(run.err()).toContain('already has an admin account; nothing was changed');
    expect(run.out()).toBe('');
    expect(await counts(shared.db)).toEqual(before);
    // The same command run twice (a retried deploy step) is refused the same way.
    expect(await runAdminCommand(FIRST, io(shared).commandIo)).toBe(1);
    expect(await counts(shared.db)).toEqual(before);
  });

  it('answers bad arguments with the usage line and exit code 2, without opening the database', async () => {
    for (const argv of [
      [],
      ['make-admin'],
      ['create-admin', '--username', 'Ilkka Admin', '--name', 'I A', '--organisation', 'X'],
      ['create-admin', '--username', 'ilkka', '--organisation', 'X'],
      ['create-admin', '--username', 'ilkka', '--name', 'I A', '--organisation', 'X', '--force'],
    ]) {
      const run = io(null);
      expect(await runAdminCommand(argv, run.commandIo)).toBe(2);
      expect(run.err()).toContain('usage: npm run admin -- create-admin --username');
    }
    const run = io(null);
    await runAdminCommand(
      ['create-admin', '--username', 'Ilkka Admin', '--organisation', 'X'],
      run.commandIo,
    );
    expect(run.err()).toContain('--username may hold only');
    expect(run.err()).toContain('--name is required');
  });
});

describe('createFirstAdmin', () => {
  it('puts the admin in an organisation of that name when one exists, and logs only the account', async () => {
    const other = await openEmptyDatabase();
    try {
      const db = other.database.db;
      const [org] = await db
        .insert(organisations)
        .values({ name: 'Pohjanmaan hyvinvointialue', kind: 'county' })
        .returning();
      const result = await createFirstAdmin({
        db,
        input: {
          username: 'ilkka.admin',
          displayName: 'Ilkka Aaltonen',
          organisation: 'Pohjanmaan hyvinvointialue',
        },
      });
      expect(result).toMatchObject({ ok: true, organisationId: org!.id, organisationCreated: false });
      expect(await db.select().from(organisations)).toHaveLength(1);
      expect((await db.select().from(adminChanges)).map((r) => r.recordType)).toEqual(['user']);
    } finally {
      await other.drop();
    }
  });
});
