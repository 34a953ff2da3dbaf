import { date, index, integer, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { organisations, units, users } from './organisations';
import { families, persons } from './persons';

/** A case (asiakkuus): one service period of a unit for a child and/or a family. */
export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
    personId: uuid('person_id').references(() => persons.id),
    familyId: uuid('family_id').references(() => families.id),
    serviceType: text('service_type').notNull(),
    phase: text('phase').notNull(),
    status: text('status').notNull().default('open'),
    responsibleWorkerId: uuid('responsible_worker_id')
      .notNull()
      .references(() => users.id),
    pairWorkerId: uuid('pair_worker_id').references(() => users.id),
    /** The template version the case started with; null for cases older than templates (version 1). */
    templateId: uuid('template_id'),
    purchaserOrganisationId: uuid('purchaser_organisation_id').references(() => organisations.id),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    closedOn: date('closed_on', { mode: 'string' }),
    closingReason: text('closing_reason'),
    closingNote: text('closing_note'),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('cases_person_idx').on(t.personId),
    index('cases_family_idx').on(t.familyId),
    index('cases_unit_status_idx').on(t.unitId, t.status),
    index('cases_responsible_idx').on(t.responsibleWorkerId),
    index('cases_pair_idx').on(t.pairWorkerId),
  ],
);
