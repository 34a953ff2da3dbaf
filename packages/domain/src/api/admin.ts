import { z } from 'zod';
import { organisationKinds, serviceDomains, serviceTypes, userRoles } from '../enums';
import { zId, zRequiredText, zVersion } from './common';

/**
 * The county's structure as admins keep it: organisations, their units and the user accounts.
 * This is configuration, not client data; every change is versioned and written to the admin
 * change log with who made it.
 */

const zOptionalEmail = z
  .string()
  .trim()
  .max(200, { error: 'too_long' })
  .refine((s) => s === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), { error: 'invalid_email' })
  .transform((s) => (s === '' ? null : s.toLowerCase()))
  .nullable()
  .optional()
  .transform((s) => s ?? null);

const uniqueList = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max, { error: 'invalid' })
    .refine((list) => new Set(list).size === list.length, { error: 'invalid' });

export const zOrganisationInput = z.object({
  name: zRequiredText(160),
  kind: z.enum(organisationKinds, { error: 'required' }),
  parentId: zId.nullable().optional().default(null),
});
export type OrganisationInput = z.input<typeof zOrganisationInput>;
export const zOrganisationUpdate = z.object({ version: zVersion, organisation: zOrganisationInput });

export const zAdminOrganisation = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(organisationKinds),
  parent: z.object({ id: z.string(), name: z.string() }).nullable(),
  unitCount: z.number(),
  userCount: z.number(),
  version: z.number(),
});
export type AdminOrganisation = z.infer<typeof zAdminOrganisation>;
export const zAdminOrganisationList = z.object({ organisations: z.array(zAdminOrganisation) });

export const zUnitInput = z.object({
  organisationId: zId,
  name: zRequiredText(160),
  /** Decides the unit's register: social or health; education and other units keep none here. */
  serviceDomain: z.enum(serviceDomains, { error: 'required' }),
  serviceTypes: uniqueList(z.enum(serviceTypes), serviceTypes.length).default([]),
  emergencyPhone: z
    .string()
    .trim()
    .max(40, { error: 'too_long' })
    .refine((s) => s === '' || /^\+?[0-9 ()-]{5,}$/.test(s), { error: 'invalid_phone' })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null),
});
export type UnitInput = z.input<typeof zUnitInput>;
export const zUnitUpdate = z.object({ version: zVersion, unit: zUnitInput });

export const zAdminUnit = z.object({
  id: z.string(),
  name: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  serviceDomain: z.enum(serviceDomains),
  register: z.enum(['social', 'health']).nullable(),
  serviceTypes: z.array(z.enum(serviceTypes)),
  emergencyPhone: z.string().nullable(),
  userCount: z.number(),
  version: z.number(),
});
export type AdminUnit = z.infer<typeof zAdminUnit>;
export const zAdminUnitList = z.object({ units: z.array(zAdminUnit) });

export const zUsername = z
  .string({ error: 'required' })
  .trim()
  .toLowerCase()
  .min(1, { error: 'required' })
  .max(100, { error: 'too_long' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'invalid' });

export const zUserInput = z.object({
  username: zUsername,
  displayName: zRequiredText(160),
  title: z.string().trim().max(120, { error: 'too_long' }).default(''),
  role: z.enum(userRoles, { error: 'required' }),
  organisationId: zId,
  unitIds: uniqueList(zId, 50).default([]),
  email: zOptionalEmail,
  /** The identity service's subject, when the admin links the account beforehand. */
  oidcSubject: z
    .string()
    .trim()
    .max(300, { error: 'too_long' })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null),
});
export type UserInput = z.input<typeof zUserInput>;
export const zUserUpdate = z.object({ version: zVersion, user: zUserInput });
export const zUserVersion = z.object({ version: zVersion });

export const zAdminUser = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  title: z.string(),
  role: z.enum(userRoles),
  organisation: z.object({ id: z.string(), name: z.string() }),
  units: z.array(z.object({ id: z.string(), name: z.string() })),
  email: z.string().nullable(),
  oidcSubject: z.string().nullable(),
  active: z.boolean(),
  mustChangePassword: z.boolean(),
  locked: z.boolean(),
  version: z.number(),
});
export type AdminUser = z.infer<typeof zAdminUser>;
export const zAdminUserList = z.object({ users: z.array(zAdminUser) });

/** A new account or a reset: the one-time password is shown to the admin once and never stored. */
export const zAdminUserWithPassword = z.object({ user: zAdminUser, oneTimePassword: z.string() });

export const adminChangeActions = [
  'create',
  'update',
  'deactivate',
  'reactivate',
  'reset_password',
  'link_identity',
] as const;
export type AdminChangeAction = (typeof adminChangeActions)[number];
export const adminRecordTypes = ['organisation', 'unit', 'user'] as const;
export type AdminRecordType = (typeof adminRecordTypes)[number];

export const zAdminChange = z.object({
  seq: z.number(),
  at: z.string(),
  /** Null for the operator's command line, which creates the first admin. */
  actor: z.object({ id: z.string(), name: z.string() }).nullable(),
  action: z.enum(adminChangeActions),
  recordType: z.enum(adminRecordTypes),
  record: z.object({ id: z.string(), name: z.string() }),
  version: z.number(),
  /** The field names the change set. */
  fields: z.array(z.string()),
});
export type AdminChange = z.infer<typeof zAdminChange>;
export const zAdminChangeQuery = z.object({
  recordType: z.enum(adminRecordTypes).optional(),
  recordId: zId.optional(),
  before: z.coerce.number().int().min(1).optional(),
});
export const zAdminChangeList = z.object({
  changes: z.array(zAdminChange),
  /** Pass as `before` for the next, older page; null when this is the last. */
  nextBefore: z.number().nullable(),
});
