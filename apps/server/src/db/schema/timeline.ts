import { boolean, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './organisations';

/**
 * A life event on the family's timeline (aikajana), as exactly as the family remembers it. Removing
 * keeps the row (removed_at): the timeline was built with the family and stays in the record.
 */
export const timelineEvents = pgTable(
  'timeline_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    year: integer('year').notNull(),
    month: integer('month'),
    day: integer('day'),
    approximate: boolean('approximate').notNull().default(false),
    kind: text('kind').notNull(),
    significance: text('significance').notNull(),
    title: text('title').notNull(),
    description: text('description'),
    toldBy: text('told_by').notNull(),
    version: integer('version').notNull().default(1),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('timeline_events_case_idx').on(t.caseId)],
);
