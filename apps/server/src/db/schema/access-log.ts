import { bigint, bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/**
 * The access log (käyttöloki): one row for every read, search and change of client data, allowed or denied.
 * Append-only (a trigger refuses update, delete and truncate) and chained: each row's hash covers the
 * previous row's hash, set by a trigger under a lock so the chain has one order. See migrations.
 */
export const accessLog = pgTable(
  'access_log',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    /** Set by the chain trigger; the order of the hash chain. */
    seq: bigint('seq', { mode: 'number' }).notNull().unique().default(0),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role'),
    actorOrganisationId: uuid('actor_organisation_id'),
    actorUnitId: uuid('actor_unit_id'),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id'),
    subjectPersonIds: uuid('subject_person_ids').array().notNull().default([]),
    basis: text('basis'),
    outcome: text('outcome').notNull(),
    requestId: text('request_id'),
    detail: jsonb('detail').$type<Record<string, unknown>>(),
    prevHash: text('prev_hash').notNull().default(''),
    hash: text('hash').notNull().default(''),
  },
  (t) => [
    index('access_log_subjects_idx').using('gin', t.subjectPersonIds),
    index('access_log_actor_idx').on(t.actorUserId, t.at),
    index('access_log_record_idx').on(t.recordId),
  ],
);
