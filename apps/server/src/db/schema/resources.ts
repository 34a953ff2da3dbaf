import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './organisations';

/** The family's strengths, the risks named and what protects: one record per case, saved over its version. */
export const caseResources = pgTable('case_resources', {
  caseId: uuid('case_id')
    .primaryKey()
    .references(() => cases.id),
  content: jsonb('content').$type<Record<string, unknown>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * The services a family can be guided to, kept by the county's admins: what risks each answers. A
 * service no longer offered is retired, not deleted: the guidance given to it stays on the cases.
 */
export const serviceDirectory = pgTable('service_directory', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  contact: text('contact').notNull(),
  level: text('level').notNull(),
  riskFactors: text('risk_factors').array().notNull().default([]),
  version: integer('version').notNull().default(1),
  active: boolean('active').notNull().default(true),
  updatedBy: uuid('updated_by').references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Guidance to a service, recorded on the case: to which service, for which risk, by whom. */
export const caseGuidance = pgTable(
  'case_guidance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    serviceId: uuid('service_id')
      .notNull()
      .references(() => serviceDirectory.id),
    riskFactor: text('risk_factor'),
    note: text('note'),
    givenBy: uuid('given_by')
      .notNull()
      .references(() => users.id),
    givenAt: timestamp('given_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_guidance_case_idx').on(t.caseId)],
);
