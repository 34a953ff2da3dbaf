import {
  type AnyPgColumn,
  bigserial,
  boolean,
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

export const organisations = pgTable('organisations', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  kind: text('kind').notNull(),
  /** A provider's county, a school's municipality: the organisation this one is part of or answers to. */
  parentId: uuid('parent_id').references((): AnyPgColumn => organisations.id),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const units = pgTable(
  'units',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    name: text('name').notNull(),
    serviceDomain: text('service_domain').notNull(),
    /** The service types the unit offers: what a case opened there may be. */
    serviceTypes: text('service_types').array().notNull().default([]),
    emergencyPhone: text('emergency_phone'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('units_organisation_idx').on(t.organisationId)],
);

export const users = pgTable('users', {
  id: uuid('id').primaryKey().defaultRandom(),
  username: text('username').notNull().unique(),
  displayName: text('display_name').notNull(),
  title: text('title').notNull().default(''),
  role: text('role').notNull(),
  organisationId: uuid('organisation_id')
    .notNull()
    .references(() => organisations.id),
  passwordHash: text('password_hash').notNull(),
  /** Set by a new account's or an admin's one-time password: nothing else opens until it is changed. */
  mustChangePassword: boolean('must_change_password').notNull().default(false),
  /** Work e-mail; a first sign-in through the identity service may link the account by it. */
  email: text('email'),
  /** The identity service's subject (issuer-specific claims, e.g. Entra ID's tenant and object id). */
  oidcSubject: text('oidc_subject').unique(),
  active: boolean('active').notNull().default(true),
  failedLogins: integer('failed_logins').notNull().default(0),
  lockedUntil: timestamp('locked_until', { withTimezone: true }),
  version: integer('version').notNull().default(1),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const unitMemberships = pgTable(
  'unit_memberships',
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    unitId: uuid('unit_id')
      .notNull()
      .references(() => units.id),
  },
  (t) => [primaryKey({ columns: [t.userId, t.unitId] }), index('unit_memberships_unit_idx').on(t.unitId)],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the cookie's token: a stolen table row cannot be replayed as a cookie. */
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    /** 'password' or 'oidc': a one-time password must be changed only by those who signed in with it. */
    signedInWith: text('signed_in_with').notNull().default('password'),
  },
  (t) => [index('sessions_user_idx').on(t.userId), index('sessions_expires_idx').on(t.expiresAt)],
);

/**
 * Every change admins make to the county's structure, with who made it. Append-only like the access
 * log (migration 0024); it holds configuration, never client data and never a password.
 */
export const adminChanges = pgTable(
  'admin_changes',
  {
    seq: bigserial('seq', { mode: 'number' }).primaryKey(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    /** Null for the operator's command line (the first admin). */
    actorUserId: uuid('actor_user_id').references(() => users.id),
    action: text('action').notNull(),
    recordType: text('record_type').notNull(),
    recordId: uuid('record_id').notNull(),
    version: integer('version').notNull(),
    /** The fields the change set, by name, with their new values (secrets are never among them). */
    changes: jsonb('changes').notNull().default({}),
    requestId: text('request_id'),
  },
  (t) => [index('admin_changes_record_idx').on(t.recordType, t.recordId)],
);

/**
 * A sign-in through the identity service under way: the browser's cookie names it; the state,
 * nonce and PKCE verifier stay here, so any instance can finish what another started.
 */
export const oidcLogins = pgTable(
  'oidc_logins',
  {
    stateHash: text('state_hash').primaryKey(),
    nonce: text('nonce').notNull(),
    codeVerifier: text('code_verifier').notNull(),
    returnTo: text('return_to').notNull().default('/'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [uniqueIndex('oidc_logins_nonce_idx').on(t.nonce)],
);
