import { z } from 'zod';
import { zServiceDomain, zUserRole } from '../enums';

export const zUnitRef = z.object({ id: z.string(), name: z.string(), serviceDomain: zServiceDomain });

export const zSessionUser = z.object({
  id: z.string(),
  displayName: z.string(),
  title: z.string(),
  role: zUserRole,
  organisation: z.object({ id: z.string(), name: z.string() }),
  units: z.array(zUnitRef),
  /** A one-time password is in use: nothing but changing it opens until it is changed. */
  mustChangePassword: z.boolean(),
});
export type SessionUser = z.infer<typeof zSessionUser>;

export const zDemoAccount = z.object({
  username: z.string(),
  displayName: z.string(),
  title: z.string(),
  role: zUserRole,
  unitName: z.string(),
});

export const zSessionState = z.object({
  user: zSessionUser.nullable(),
  csrfToken: z.string(),
  demo: z.object({ password: z.string(), accounts: z.array(zDemoAccount) }).nullable(),
  /** Whether this is a demo installation: then no mail leaves it, and admins read the outbox instead. */
  demoMode: z.boolean(),
  /** How this installation signs workers in: its own passwords, the county's identity service, or both. */
  signIn: z.object({ password: z.boolean(), oidc: z.boolean() }),
});
export type SessionState = z.infer<typeof zSessionState>;

export const zLoginRequest = z.object({
  username: z
    .string({ error: 'required' })
    .trim()
    .min(1, { error: 'required' })
    .max(100, { error: 'too_long' }),
  password: z.string({ error: 'required' }).min(1, { error: 'required' }).max(200, { error: 'too_long' }),
});
export type LoginRequest = z.infer<typeof zLoginRequest>;

/** The shortest password Verkosto accepts: long rather than complicated. */
export const MIN_PASSWORD_LENGTH = 12;

export const zPasswordChange = z
  .object({
    currentPassword: z
      .string({ error: 'required' })
      .min(1, { error: 'required' })
      .max(200, { error: 'too_long' }),
    newPassword: z
      .string({ error: 'required' })
      .min(1, { error: 'required' })
      .max(200, { error: 'too_long' })
      .refine((p) => p.length >= MIN_PASSWORD_LENGTH && new Set(p).size >= 5, { error: 'weak_password' }),
  })
  .refine((c) => c.currentPassword !== c.newPassword, { error: 'same_password', path: ['newPassword'] });
export type PasswordChange = z.infer<typeof zPasswordChange>;
