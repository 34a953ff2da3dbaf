import { z } from 'zod';
import { parseIdentityCode } from '../identity-code';

export const zId = z.uuid({ error: 'invalid' });
export const zIdParams = z.object({ id: zId });

/** An ISO calendar date (YYYY-MM-DD) that exists. */
export const zIsoDate = z
  .string({ error: 'required' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'invalid_date' })
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      error: 'invalid_date',
    },
  );

export const zRequiredText = (max: number) =>
  z.string({ error: 'required' }).trim().min(1, { error: 'required' }).max(max, { error: 'too_long' });

export const zOptionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, { error: 'too_long' })
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional()
    .transform((s) => s ?? null);

export const zIdentityCode = z
  .string()
  .trim()
  .toUpperCase()
  .refine((s) => parseIdentityCode(s).valid, { error: 'invalid_identity_code' });

export const zVersion = z.number({ error: 'required' }).int().min(1);

export const zRef = z.object({ id: z.string(), name: z.string() });
