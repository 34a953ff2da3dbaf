import { z } from 'zod';
import { zId, zIsoDate, zOptionalText } from './common';

export const consentPurposes = [
  'disclosure',
  'meeting_participation',
  'see_plan',
  'receive_summaries',
  /** Bringing the client to a multi-agency team by name (seed 003). */
  'team_consultation',
] as const;
export type ConsentPurpose = (typeof consentPurposes)[number];
export const consentMethods = ['written', 'verbal', 'electronic'] as const;
export const consentStatuses = ['active', 'expiring', 'pending', 'expired', 'withdrawn'] as const;
export type ConsentStatus = (typeof consentStatuses)[number];

/** Days before its end that a consent is shown as expiring. */
export const CONSENT_EXPIRY_WARNING_DAYS = 30;

function addDays(isoDate: string, days: number): string {
  const d = new Date(`${isoDate}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** How a consent stands on `today`, for the consent panel. */
export function consentStatus(
  c: { validFrom: string; validTo: string | null; withdrawnAt: string | null },
  today: string,
): ConsentStatus {
  if (c.withdrawnAt !== null) return 'withdrawn';
  if (today < c.validFrom) return 'pending';
  if (c.validTo !== null && today > c.validTo) return 'expired';
  if (c.validTo !== null && c.validTo <= addDays(today, CONSENT_EXPIRY_WARNING_DAYS)) return 'expiring';
  return 'active';
}

/** A consent as the worker records it: who gave it, to whom, for what, how, and for how long. */
export const zConsentInput = z
  .object({
    givenByPersonId: zId,
    /** For a child: the child's own view, kept beside the guardian's consent. */
    childView: zOptionalText(2000),
    recipientUnitId: zId.nullable().optional(),
    recipientOrganisationId: zId.nullable().optional(),
    /** A network member; disclosure of records goes to units and organisations only. */
    recipientMemberId: zId.nullable().optional(),
    /** A multi-agency team: for team consultation by name only. */
    recipientTeamId: zId.nullable().optional(),
    purpose: z.enum(consentPurposes),
    method: z.enum(consentMethods),
    validFrom: zIsoDate,
    validTo: zIsoDate.nullable().optional(),
  })
  .superRefine((c, ctx) => {
    const recipients = [
      c.recipientUnitId,
      c.recipientOrganisationId,
      c.recipientMemberId,
      c.recipientTeamId,
    ].filter(Boolean);
    if (recipients.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['recipientUnitId'], message: 'required' });
    }
    if (c.recipientMemberId && c.purpose === 'disclosure') {
      ctx.addIssue({ code: 'custom', path: ['recipientMemberId'], message: 'invalid' });
    }
    if (Boolean(c.recipientTeamId) !== (c.purpose === 'team_consultation')) {
      ctx.addIssue({ code: 'custom', path: ['recipientTeamId'], message: 'invalid' });
    }
    if (c.validTo && c.validTo < c.validFrom)
      ctx.addIssue({ code: 'custom', path: ['validTo'], message: 'invalid' });
  });
export type ConsentInput = z.input<typeof zConsentInput>;

const zNamed = z.object({ id: z.string(), name: z.string() });

export const zConsent = z.object({
  id: z.string(),
  caseId: z.string(),
  /** The unit whose records the consent opens. */
  fromUnit: zNamed,
  givenBy: z.object({ id: z.string(), firstNames: z.string(), lastName: z.string() }),
  childView: z.string().nullable(),
  recipient: z.object({
    kind: z.enum(['unit', 'organisation', 'member', 'team']),
    id: z.string(),
    name: z.string(),
  }),
  purpose: z.enum(consentPurposes),
  method: z.enum(consentMethods),
  validFrom: z.string(),
  validTo: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
  withdrawnAt: z.string().nullable(),
  withdrawnBy: z.string().nullable(),
  status: z.enum(consentStatuses),
});
export type Consent = z.infer<typeof zConsent>;

/** The consent panel of a case: the consents, and whom the form may name. */
export const zConsentPanel = z.object({
  consents: z.array(zConsent),
  givers: z.array(
    z.object({ id: z.string(), firstNames: z.string(), lastName: z.string(), role: z.string() }),
  ),
  recipientUnits: z.array(z.object({ id: z.string(), name: z.string(), organisation: z.string() })),
  recipientOrganisations: z.array(zNamed),
  /** Network members a consent may name: not those the client does not want. */
  recipientMembers: z.array(z.object({ id: z.string(), name: z.string(), relation: z.string() })),
  /** Multi-agency teams a member of the case's unit belongs to. */
  recipientTeams: z.array(zNamed),
});
export type ConsentPanel = z.infer<typeof zConsentPanel>;
