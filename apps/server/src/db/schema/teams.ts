import {
  boolean,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { units, users } from './organisations';

/** A multi-agency team (monialainen tiimi): members from several units meeting once or twice a month. */
export const teams = pgTable('teams', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  cadencePerMonth: integer('cadence_per_month').notNull(),
  weekday: integer('weekday').notNull(),
  time: text('time').notNull(),
  createdBy: uuid('created_by').references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const teamMembers = pgTable(
  'team_members',
  {
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.teamId, t.userId] }), index('team_members_user_idx').on(t.userId)],
);

/** A team meeting; its minutes are the records of its agenda items, signed once. */
export const teamMeetings = pgTable(
  'team_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    status: text('status').notNull().default('planned'),
    version: integer('version').notNull().default(1),
    signedBy: uuid('signed_by').references(() => users.id),
    signedAt: timestamp('signed_at', { withTimezone: true }),
  },
  (t) => [index('team_meetings_team_idx').on(t.teamId, t.startsAt)],
);

/**
 * A client brought to the team. Named items point at the bringer's own case (the guardian's consent
 * for the team is checked when brought); anonymous ones hold only the bringer's description.
 */
export const teamAgendaItems = pgTable(
  'team_agenda_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    teamId: uuid('team_id')
      .notNull()
      .references(() => teams.id),
    mode: text('mode').notNull(),
    caseId: uuid('case_id').references(() => cases.id),
    description: text('description'),
    question: text('question').notNull(),
    broughtBy: uuid('brought_by')
      .notNull()
      .references(() => users.id),
    broughtByUnitId: uuid('brought_by_unit_id').references(() => units.id),
    broughtAt: timestamp('brought_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status').notNull().default('open'),
    decidedInMeetingId: uuid('decided_in_meeting_id').references(() => teamMeetings.id),
  },
  (t) => [index('team_agenda_items_team_idx').on(t.teamId, t.status)],
);

export interface ItemRecordContent {
  assessments: { unitId: string; view: string }[];
  division: { unitId: string; task: string }[];
  responsibleUnitId: string | null;
  pairUserIds: string[];
  nextReviewOn: string | null;
  decided: boolean;
}

/** What a meeting recorded for an item: editable until the minutes are signed, then never changed. */
export const teamItemRecords = pgTable(
  'team_item_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => teamMeetings.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => teamAgendaItems.id),
    content: jsonb('content').$type<ItemRecordContent>().notNull(),
    version: integer('version').notNull().default(1),
    signed: boolean('signed').notNull().default(false),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('team_item_records_meeting_idx').on(t.meetingId, t.itemId)],
);

/** A signed team decision as it lands in a unit's own case of the client, under the guardian's consent. */
export const caseTeamDecisions = pgTable(
  'case_team_decisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    recordId: uuid('record_id')
      .notNull()
      .references(() => teamItemRecords.id),
    meetingOn: date('meeting_on', { mode: 'string' }).notNull(),
    landedAt: timestamp('landed_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_team_decisions_case_idx').on(t.caseId)],
);
