import { boolean, date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { units, users } from './organisations';
import { persons } from './persons';
import { serviceDirectory } from './resources';

/**
 * A referral or contact (lähete, yhteydenotto) to a unit: what the sender wrote about a child who may
 * not be registered yet, and the receiving unit's triage. Accepting links the person and opens a
 * case in its referral phase; redirecting to another unit writes a new referral for its inbox.
 */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    targetUnitId: uuid('target_unit_id')
      .notNull()
      .references(() => units.id),
    source: text('source').notNull(),
    senderUserId: uuid('sender_user_id')
      .notNull()
      .references(() => users.id),
    childFirstNames: text('child_first_names').notNull(),
    childLastName: text('child_last_name').notNull(),
    childDateOfBirth: date('child_date_of_birth', { mode: 'string' }).notNull(),
    guardianName: text('guardian_name'),
    guardianPhone: text('guardian_phone'),
    reason: text('reason').notNull(),
    urgency: text('urgency').notNull(),
    contactConsent: boolean('contact_consent').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    status: text('status').notNull().default('received'),
    version: integer('version').notNull().default(1),
    decidedBy: uuid('decided_by').references(() => users.id),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
    declineReason: text('decline_reason'),
    messageToReferrer: text('message_to_referrer'),
    redirectedToUnitId: uuid('redirected_to_unit_id').references(() => units.id),
    redirectedToServiceId: uuid('redirected_to_service_id').references(() => serviceDirectory.id),
    redirectedFromId: uuid('redirected_from_id'),
    personId: uuid('person_id').references(() => persons.id),
    caseId: uuid('case_id').references(() => cases.id),
  },
  (t) => [
    index('referrals_unit_status_idx').on(t.targetUnitId, t.status),
    index('referrals_sender_idx').on(t.senderUserId),
    index('referrals_case_idx').on(t.caseId),
  ],
);

/**
 * A referral out (ohjaus) from a case to a directory service or another Verkosto unit, followed until
 * its loop closes. To a unit it is an inbound referral there, whose triage sets the status.
 */
export const referralsOut = pgTable(
  'referrals_out',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    serviceId: uuid('service_id').references(() => serviceDirectory.id),
    targetUnitId: uuid('target_unit_id').references(() => units.id),
    inboundReferralId: uuid('inbound_referral_id').references(() => referrals.id),
    reason: text('reason').notNull(),
    urgency: text('urgency').notNull(),
    status: text('status').notNull().default('sent'),
    version: integer('version').notNull().default(1),
    sentBy: uuid('sent_by')
      .notNull()
      .references(() => users.id),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
    statusChangedAt: timestamp('status_changed_at', { withTimezone: true }).notNull().defaultNow(),
    statusChangedBy: uuid('status_changed_by').references(() => users.id),
  },
  (t) => [index('referrals_out_case_idx').on(t.caseId)],
);
