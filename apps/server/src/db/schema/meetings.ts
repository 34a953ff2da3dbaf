import { boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { networkMembers } from './network';
import { users } from './organisations';

/** A meeting (tapaaminen) on a case: when, where, how, with whom; one or two workers (pair work). */
export const meetings = pgTable(
  'meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    type: text('type').notNull(),
    setting: text('setting').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    place: text('place'),
    status: text('status').notNull().default('planned'),
    clientTakesPart: boolean('client_takes_part').notNull().default(true),
    workerIds: uuid('worker_ids').array().notNull(),
    agenda: jsonb('agenda').$type<string[]>().notNull().default([]),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('meetings_case_idx').on(t.caseId, t.startsAt),
    index('meetings_workers_idx').using('gin', t.workerIds),
  ],
);

/** A network member taking part in a meeting, and whether they came (recorded afterwards). */
export const meetingParticipants = pgTable(
  'meeting_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetings.id),
    memberId: uuid('member_id')
      .notNull()
      .references(() => networkMembers.id),
    attendance: text('attendance'),
  },
  (t) => [index('meeting_participants_meeting_idx').on(t.meetingId)],
);

/**
 * The note of a meeting: sections and each participant's view. Drafts save over their version;
 * once signed a trigger refuses every change, and corrections are addenda.
 */
export const meetingNotes = pgTable('meeting_notes', {
  meetingId: uuid('meeting_id')
    .primaryKey()
    .references(() => meetings.id),
  sections: jsonb('sections').$type<Record<string, string | null>>().notNull(),
  views: jsonb('views')
    .$type<{ participantId: string | null; text: string; ownWords: boolean }[]>()
    .notNull()
    .default([]),
  status: text('status').notNull().default('draft'),
  version: integer('version').notNull().default(1),
  updatedBy: uuid('updated_by')
    .notNull()
    .references(() => users.id),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  signedBy: uuid('signed_by').references(() => users.id),
  signedAt: timestamp('signed_at', { withTimezone: true }),
});

/** A correction to a signed note, with its author and time; never changed (trigger). */
export const meetingNoteAddenda = pgTable(
  'meeting_note_addenda',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => meetingNotes.meetingId),
    text: text('text').notNull(),
    authorId: uuid('author_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('meeting_note_addenda_meeting_idx').on(t.meetingId)],
);

/**
 * E-mail waiting to be sent (SMTP when configured; otherwise admins read it in demo mode). Holds only
 * what an invitation may carry: time, place and a contact.
 */
export const outbox = pgTable(
  'outbox',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    toAddress: text('to_address').notNull(),
    subject: text('subject').notNull(),
    body: text('body').notNull(),
    ics: text('ics'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [index('outbox_created_idx').on(t.createdAt)],
);
