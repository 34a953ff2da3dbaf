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
