import type { ProcessTemplate, SummaryFacts, SummaryTexts } from '@verkosto/domain';
import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { meetings } from './meetings';
import { users } from './organisations';
import { serviceDirectory } from './resources';

/**
 * A version of a service type's process template (seed 001 as data). Saving makes a new version;
 * a case points at the version it started with, so a county's later edits do not move running cases.
 */
export const processTemplates = pgTable(
  'process_templates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    serviceType: text('service_type').notNull(),
    version: integer('version').notNull(),
    content: jsonb('content').$type<ProcessTemplate>().notNull(),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('process_templates_type_version_key').on(t.serviceType, t.version)],
);

/** Every move of a case from one phase to the next: who, when, why, and the warnings they confirmed. */
export const casePhaseChanges = pgTable(
  'case_phase_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromPhase: text('from_phase').notNull(),
    toPhase: text('to_phase').notNull(),
    reason: text('reason').notNull(),
    warnings: jsonb('warnings').$type<string[]>().notNull().default([]),
    changedBy: uuid('changed_by')
      .notNull()
      .references(() => users.id),
    changedAt: timestamp('changed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_phase_changes_case_idx').on(t.caseId)],
);

/** The decision of the network review that ends the assessment period. */
export const reviewDecisions = pgTable(
  'review_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    decision: text('decision').notNull(),
    nextReviewOn: date('next_review_on', { mode: 'string' }),
    serviceId: uuid('service_id').references(() => serviceDirectory.id),
    note: text('note').notNull().default(''),
    purchaserPresent: boolean('purchaser_present').notNull(),
    decidedBy: uuid('decided_by')
      .notNull()
      .references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('review_decisions_case_idx').on(t.caseId)],
);

/** A period summary or final evaluation: drafted from the record, edited, then signed and never changed. */
export const summaries = pgTable(
  'summaries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    language: text('language').notNull(),
    sections: jsonb('sections').$type<SummaryTexts>().notNull(),
    facts: jsonb('facts').$type<SummaryFacts>().notNull(),
    status: text('status').notNull().default('draft'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
  },
  (t) => [index('summaries_case_idx').on(t.caseId)],
);
