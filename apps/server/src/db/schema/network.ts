import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { users } from './organisations';

/**
 * A member of the client's network (verkoston jäsen) on one case: a close person or a professional.
 * The client's own choice is kept: someone they do not want is never invited. Removing a member
 * keeps the row (removed_at), so earlier snapshots and the record stay whole.
 */
export const networkMembers = pgTable(
  'network_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    kind: text('kind').notNull(),
    name: text('name').notNull(),
    relation: text('relation').notNull(),
    sector: text('sector').notNull(),
    ring: integer('ring'),
    quality: text('quality').notNull(),
    supportDirection: text('support_direction').notNull(),
    roleInWork: text('role_in_work'),
    organisation: text('organisation'),
    title: text('title'),
    phone: text('phone'),
    email: text('email'),
    clientChoice: text('client_choice').notNull(),
    invited: boolean('invited').notNull().default(false),
    /** A professional who is a Verkosto user; membership itself opens nothing to them. */
    userId: uuid('user_id').references(() => users.id),
    /** Shown in the networks of the family's other cases too, where the family wants it. */
    sharedWithFamily: boolean('shared_with_family').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by').references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
  },
  (t) => [index('network_members_case_idx').on(t.caseId)],
);

/** A dated picture of the network as the map drew it; never changed afterwards. */
export const networkSnapshots = pgTable(
  'network_snapshots',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    takenAt: timestamp('taken_at', { withTimezone: true }).notNull().defaultNow(),
    takenBy: uuid('taken_by')
      .notNull()
      .references(() => users.id),
    note: text('note'),
    members: jsonb('members').$type<unknown[]>().notNull(),
  },
  (t) => [index('network_snapshots_case_idx').on(t.caseId)],
);
