import { date, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { cases } from './cases';
import { networkMembers } from './network';
import { organisations, units, users } from './organisations';
import { persons } from './persons';
import { teams } from './teams';

/**
 * A consent (suostumus) given by the client or a guardian for one case: to whom (a unit or a whole
 * organisation), for what, how, for how long. Withdrawal sets withdrawn_at and takes effect at once;
 * the row itself is never changed otherwise, so what was consented stays on record.
 */
export const consents = pgTable(
  'consents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    givenByPersonId: uuid('given_by_person_id')
      .notNull()
      .references(() => persons.id),
    childView: text('child_view'),
    recipientUnitId: uuid('recipient_unit_id').references(() => units.id),
    recipientOrganisationId: uuid('recipient_organisation_id').references(() => organisations.id),
    /** A member of the client's network: for taking part, seeing the plan or receiving summaries — never disclosure. */
    recipientMemberId: uuid('recipient_member_id').references(() => networkMembers.id),
    /** A multi-agency team: the client may be brought to it by name. */
    recipientTeamId: uuid('recipient_team_id').references(() => teams.id),
    purpose: text('purpose').notNull(),
    method: text('method').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    recordedBy: uuid('recorded_by')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawnBy: uuid('withdrawn_by').references(() => users.id),
  },
  (t) => [index('consents_case_idx').on(t.caseId)],
);
