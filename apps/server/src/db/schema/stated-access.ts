import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { units, users } from './organisations';

/**
 * A legal basis a worker stated to read one case that neither a care relationship nor a consent
 * opens to them. It opens the case to them alone, to read, until `expires_at`; each read is logged
 * with its id. The team leads of the unit it was stated in review it: the review columns are the only
 * ones ever set after insert, and only once.
 */
export const statedAccesses = pgTable(
  'stated_accesses',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    /** The unit the worker acted in: its team leads review the basis. */
    unitId: uuid('unit_id').references(() => units.id),
    legalBasis: text('legal_basis').notNull(),
    explanation: text('explanation').notNull(),
    statedAt: timestamp('stated_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    reviewVerdict: text('review_verdict'),
    reviewComment: text('review_comment'),
    reviewedBy: uuid('reviewed_by').references(() => users.id),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
  },
  (t) => [
    index('stated_accesses_case_user_idx').on(t.caseId, t.userId, t.expiresAt),
    index('stated_accesses_unit_idx').on(t.unitId, t.statedAt),
  ],
);
