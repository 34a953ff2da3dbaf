import { z } from 'zod';
import { helsinkiDate } from '../dates';
import { languageCodes, zFamilyRole, zRegister } from '../enums';
import { parseIdentityCode } from '../identity-code';
import { searchTerms } from '../names';
import { zCaseSummary } from './cases';
import { zIdentityCode, zIsoDate, zOptionalText, zRequiredText, zVersion } from './common';

/** The Finnish postal code is five digits; abroad anything short goes. */
const zPostalCode = zOptionalText(10).refine((s) => s === null || /^[0-9A-Za-z -]{3,10}$/.test(s), {
  error: 'invalid_postal_code',
});

/** A child born today in Finland is born today, though UTC may still be on yesterday. */
const todayIso = () => helsinkiDate();

export const zPersonInput = z
  .object({
    firstNames: zRequiredText(100),
    lastName: zRequiredText(100),
    dateOfBirth: zIsoDate.refine((d) => d <= todayIso(), { error: 'date_in_future' }),
    identityCode: zIdentityCode
      .nullable()
      .optional()
      .or(z.literal('').transform(() => null)),
    languages: z.array(z.enum(languageCodes)).max(5).default([]),
    interpreterNeeded: z.boolean().default(false),
    phone: zOptionalText(30).refine((s) => s === null || /^\+?[0-9 ()-]{5,30}$/.test(s), {
      error: 'invalid_phone',
    }),
    email: zOptionalText(200).refine((s) => s === null || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), {
      error: 'invalid_email',
    }),
    streetAddress: zOptionalText(200),
    postalCode: zPostalCode,
    city: zOptionalText(100),
    addressProtection: z.boolean().default(false),
  })
  .superRefine((p, ctx) => {
    if (!p.identityCode) return;
    const parsed = parseIdentityCode(p.identityCode);
    if (parsed.valid && parsed.dateOfBirth !== p.dateOfBirth) {
      ctx.addIssue({ code: 'custom', path: ['identityCode'], message: 'identity_code_date_mismatch' });
    }
  });
export type PersonInput = z.input<typeof zPersonInput>;

/**
 * Stored values the editor did not see and so leaves as they are: the identity code (shown masked)
 * and an address under address protection that was not revealed.
 */
export const personKeptFields = ['identityCode', 'address'] as const;
export type PersonKeptField = (typeof personKeptFields)[number];

export const zPersonUpdate = z.object({
  version: zVersion,
  person: zPersonInput,
  keep: z.array(z.enum(personKeptFields)).max(2).default([]),
});
export type PersonUpdate = z.input<typeof zPersonUpdate>;

/** Search by name prefix, date of birth or exact identity code. Sent in the body: never personal data in a URL. */
export const zPersonSearch = z
  .object({
    name: z.string().trim().max(100, { error: 'too_long' }).optional(),
    dateOfBirth: zIsoDate.optional().or(z.literal('').transform(() => undefined)),
    identityCode: zIdentityCode.optional().or(z.literal('').transform(() => undefined)),
  })
  // A name of punctuation only folds to no search terms, and would otherwise list everyone.
  .refine((s) => Boolean(searchTerms(s.name ?? '').length > 0 || s.dateOfBirth || s.identityCode), {
    error: 'required',
    path: ['name'],
  });
export type PersonSearch = z.input<typeof zPersonSearch>;

export const zPersonIdentity = z.object({
  id: z.string(),
  firstNames: z.string(),
  lastName: z.string(),
  dateOfBirth: z.string(),
  identityCodeMasked: z.string().nullable(),
});
export type PersonIdentity = z.infer<typeof zPersonIdentity>;

export const zPersonSearchResult = z.object({
  persons: z.array(zPersonIdentity),
  /** True when more persons matched than are shown: narrow the search. */
  truncated: z.boolean(),
});
export type PersonSearchResult = z.infer<typeof zPersonSearchResult>;

export const zPersonFamilyRef = z.object({
  id: z.string(),
  name: z.string(),
  role: zFamilyRole,
  isGuardian: z.boolean(),
});

export const zPersonDetail = zPersonIdentity.extend({
  version: z.number(),
  languages: z.array(z.string()),
  interpreterNeeded: z.boolean(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  hasIdentityCode: z.boolean(),
  addressProtection: z.boolean(),
  /** Null under address protection until revealed (the reveal is logged). */
  address: z
    .object({
      streetAddress: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
    })
    .nullable(),
  families: z.array(zPersonFamilyRef),
  cases: z.array(zCaseSummary),
  /** Open cases in both the social and the health register: a shared client (yhteisasiakas). */
  sharedClient: z.boolean(),
  /**
   * Open cases of the person that the actor may not see: only that another service is involved and
   * whom to contact there. What they hold opens only with the client's consent.
   */
  otherServices: z.array(
    z.object({
      /** Only so that a worker can state a legal basis for it; the case itself stays closed to them. */
      caseId: z.string(),
      unit: z.string(),
      organisation: z.string(),
      register: zRegister.nullable(),
      contact: z.string(),
      contactTitle: z.string(),
    }),
  ),
  updatedAt: z.string(),
});
export type PersonDetail = z.infer<typeof zPersonDetail>;

export const revealFields = ['identityCode', 'address'] as const;
export const zRevealRequest = z.object({ field: z.enum(revealFields) });
export const zRevealResult = z.object({
  identityCode: z.string().nullable().optional(),
  address: z
    .object({
      streetAddress: z.string().nullable(),
      postalCode: z.string().nullable(),
      city: z.string().nullable(),
    })
    .optional(),
});
export type RevealResult = z.infer<typeof zRevealResult>;
