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
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const persons = pgTable(
  'persons',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    firstNames: text('first_names').notNull(),
    lastName: text('last_name').notNull(),
    /** Search forms of the names (lower case, accents folded), matched by prefix. */
    firstNamesSearch: text('first_names_search').notNull(),
    lastNameSearch: text('last_name_search').notNull(),
    dateOfBirth: date('date_of_birth', { mode: 'string' }).notNull(),
    /** AES-256-GCM ciphertext of the identity code; never stored in plain text. */
    identityCodeCipher: text('identity_code_cipher'),
    /** Keyed hash (HMAC-SHA-256) of the identity code, for exact-match search. */
    identityCodeHash: text('identity_code_hash'),
    /** The masked form (`010516B***X`), kept so lists need not decrypt. */
    identityCodeMasked: text('identity_code_masked'),
    languages: jsonb('languages').$type<string[]>().notNull().default([]),
    interpreterNeeded: boolean('interpreter_needed').notNull().default(false),
    phone: text('phone'),
    email: text('email'),
    streetAddress: text('street_address'),
    postalCode: text('postal_code'),
    city: text('city'),
    addressProtection: boolean('address_protection').notNull().default(false),
    version: integer('version').notNull().default(1),
    createdBy: uuid('created_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('persons_last_name_search_idx').using('btree', t.lastNameSearch.op('text_pattern_ops')),
    index('persons_first_names_search_idx').using('btree', t.firstNamesSearch.op('text_pattern_ops')),
    index('persons_date_of_birth_idx').on(t.dateOfBirth),
    uniqueIndex('persons_identity_code_hash_idx').on(t.identityCodeHash),
  ],
);

export const families = pgTable('families', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  version: integer('version').notNull().default(1),
  createdBy: uuid('created_by'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const familyMembers = pgTable(
  'family_members',
  {
    familyId: uuid('family_id')
      .notNull()
      .references(() => families.id),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    role: text('role').notNull(),
    isGuardian: boolean('is_guardian').notNull().default(false),
  },
  (t) => [
    primaryKey({ columns: [t.familyId, t.personId] }),
    index('family_members_person_idx').on(t.personId),
  ],
);

/**
 * Every word of a person's names in search form, one row each, so that a prefix finds a second given
 * name ("juhani") or a part of a double surname ("petays") through an index. Kept by a trigger on
 * persons (migration 0003), so every way of writing a person keeps it right.
 */
export const personNameWords = pgTable(
  'person_name_words',
  {
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    word: text('word').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.personId, t.word] }),
    // The person id rides in the index, so a prefix search reads the index alone.
    index('person_name_words_word_idx').using('btree', t.word.op('text_pattern_ops'), t.personId),
  ],
);
