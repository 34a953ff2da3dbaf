import type { UserRole } from '@verkosto/domain';
import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../db/client';
import { unitMemberships, units, users } from '../db/schema/index';
import { DEMO_PASSWORD, demoUsers } from './demo-county';

/**
 * The accounts the sign-in page lists while demo mode is on: the seeded ones only, still active —
 * an account an admin made has a password of its own, not the demo password.
 */
export async function listDemoAccounts(db: Db) {
  const rows = await db
    .select({
      username: users.username,
      displayName: users.displayName,
      title: users.title,
      role: users.role,
      unitName: sql<string>`min(${units.name})`,
    })
    .from(users)
    .innerJoin(unitMemberships, eq(unitMemberships.userId, users.id))
    .innerJoin(units, eq(units.id, unitMemberships.unitId))
    .where(
      and(
        eq(users.active, true),
        inArray(
          users.username,
          demoUsers.map((u) => u.username),
        ),
      ),
    )
    .groupBy(users.id)
    .orderBy(asc(sql`min(${units.name})`), asc(users.displayName))
    .limit(50);
  return {
    password: DEMO_PASSWORD,
    accounts: rows.map((r) => ({ ...r, role: r.role as UserRole })),
  };
}
