import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { meetings } from './meetings';
import { networkMembers } from './network';
import { users } from './organisations';

/**
 * A rating on the zones of concern: one rater's own worry at one time. Never changed (trigger):
 * a new rating is made instead, so the history of each perspective stays as it was said.
 */
export const concernAssessments = pgTable(
  'concern_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    zone: text('zone').notNull(),
    perspective: text('perspective').notNull(),
    raterLabel: text('rater_label').notNull(),
    raterMemberId: uuid('rater_member_id').references(() => networkMembers.id),
    worries: text('worries').notNull(),
    wouldLessen: text('would_lessen'),
    followUpOn: date('follow_up_on', { mode: 'string' }),
    meetingId: uuid('meeting_id').references(() => meetings.id),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('concern_assessments_case_idx').on(t.caseId, t.recordedAt),
    index('concern_assessments_follow_up_idx').on(t.followUpOn),
  ],
);

/**
 * What was done on the urgent path after a zone-4 rating: the child welfare notification, the
 * emergency contact, the outcome. Kept up to date over its version until complete; `completed_at`
 * clears the flag on the case and on the team lead's page.
 */
export const urgentRecords = pgTable(
  'urgent_records',
  {
    assessmentId: uuid('assessment_id')
      .primaryKey()
      .references(() => concernAssessments.id),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    notificationMadeAt: timestamp('notification_made_at', { withTimezone: true }),
    notifiedTo: text('notified_to'),
    notificationReference: text('notification_reference'),
    jointWithFamily: boolean('joint_with_family').notNull().default(false),
    emergencyContactAt: timestamp('emergency_contact_at', { withTimezone: true }),
    emergencyContacted: text('emergency_contacted'),
    outcome: text('outcome'),
    version: integer('version').notNull().default(1),
    updatedBy: uuid('updated_by').references(() => users.id),
    updatedAt: timestamp('updated_at', { withTimezone: true }),
    completedAt: timestamp('completed_at', { withTimezone: true }),
  },
  (t) => [index('urgent_records_open_idx').on(t.caseId, t.completedAt)],
);
