import { index, integer, jsonb, pgTable, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { meetings } from './meetings';
import { users } from './organisations';

/**
 * The shared plan of a case, one row per version, never changed (trigger). A save inserts version
 * n + 1 over the version its editor saw; the unique key makes two saves over the same version
 * impossible, so the later one answers 409 instead of overwriting.
 */
export const planVersions = pgTable(
  'plan_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    versionNo: integer('version_no').notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('plan_versions_case_version_key').on(t.caseId, t.versionNo)],
);

/** A review of the plan's goals on the goal attainment scale (−2…+2), each with a comment. */
export const goalReviews = pgTable(
  'goal_reviews',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    planVersionNo: integer('plan_version_no').notNull(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    scores: jsonb('scores').$type<{ goalId: string; score: number; comment: string | null }[]>().notNull(),
    evaluatedBy: uuid('evaluated_by')
      .notNull()
      .references(() => users.id),
    evaluatedAt: timestamp('evaluated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('goal_reviews_case_idx').on(t.caseId, t.evaluatedAt)],
);
