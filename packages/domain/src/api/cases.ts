import { z } from 'zod';
import { accessBases, legalBases } from '../access-policy';
import { zCasePhase, zCaseStatus, zClosingReason, zRegister, zServiceType } from '../enums';
import { zId, zIsoDate, zRef, zVersion } from './common';
import { zUnitRef } from './session';

export const zWorkerRef = z.object({ id: z.string(), displayName: z.string(), title: z.string() });

export const zCaseSubject = z.object({
  person: z
    .object({ id: z.string(), firstNames: z.string(), lastName: z.string(), dateOfBirth: z.string() })
    .nullable(),
  family: zRef.nullable(),
});

export const zCaseSummary = z.object({
  id: z.string(),
  unit: zUnitRef,
  serviceType: zServiceType,
  phase: zCasePhase,
  status: zCaseStatus,
  openedOn: z.string(),
  closedOn: z.string().nullable(),
  subject: zCaseSubject,
  responsibleWorker: zWorkerRef,
  pairWorker: zWorkerRef.nullable(),
});
export type CaseSummary = z.infer<typeof zCaseSummary>;

export const zCaseDetail = zCaseSummary.extend({
  version: z.number(),
  register: zRegister.nullable(),
  organisation: zRef,
  purchaser: zRef.nullable(),
  closingReason: zClosingReason.nullable(),
  closingNote: z.string().nullable(),
  /** Why the actor sees this case: their care relationship to it, or a consent. */
  accessBasis: z.enum(accessBases),
  /** When a disclosure consent opened the case to the actor: until when it is in force. */
  sharedByConsent: z.object({ validTo: z.string().nullable(), givenBy: z.string() }).nullable(),
  /** When the actor's own stated legal basis opened the case: which, and until when. */
  statedBasis: z.object({ legalBasis: z.enum(legalBases), expiresAt: z.string() }).nullable(),
});
export type CaseDetail = z.infer<typeof zCaseDetail>;

export const zCaseList = z.object({ cases: z.array(zCaseSummary) });

export const zCaseInput = z
  .object({
    unitId: zId,
    personId: zId.nullable().optional(),
    familyId: zId.nullable().optional(),
    serviceType: zServiceType,
    responsibleWorkerId: zId,
    pairWorkerId: zId.nullable().optional(),
    purchaserOrganisationId: zId.nullable().optional(),
    openedOn: zIsoDate.optional(),
    phase: zCasePhase.exclude(['closed']).default('referral'),
  })
  .superRefine((c, ctx) => {
    if (!c.personId && !c.familyId)
      ctx.addIssue({ code: 'custom', path: ['personId'], message: 'subject_required' });
    if (c.pairWorkerId && c.pairWorkerId === c.responsibleWorkerId) {
      ctx.addIssue({ code: 'custom', path: ['pairWorkerId'], message: 'same_worker_twice' });
    }
  });
export type CaseInput = z.input<typeof zCaseInput>;

export const zCloseCase = z.object({
  version: zVersion,
  reason: zClosingReason,
  note: z.string().trim().max(2000, { error: 'too_long' }).optional(),
});
export type CloseCase = z.input<typeof zCloseCase>;

/** A team lead rebalances caseloads: the case's responsible worker and pair, over the version seen. */
export const zReassignCase = z
  .object({
    version: zVersion,
    responsibleWorkerId: zId,
    /** Left out, the pair stays as it is; null takes it away. */
    pairWorkerId: zId.nullable().optional(),
  })
  .superRefine((c, ctx) => {
    if (c.pairWorkerId && c.pairWorkerId === c.responsibleWorkerId) {
      ctx.addIssue({ code: 'custom', path: ['pairWorkerId'], message: 'same_worker_twice' });
    }
  });
export type ReassignCase = z.input<typeof zReassignCase>;

/** What the case form needs to offer: units the actor works in with their workers, pair workers, purchasers. */
export const zCaseFormOptions = z.object({
  units: z.array(zUnitRef.extend({ workers: z.array(zWorkerRef) })),
  pairWorkers: z.array(zWorkerRef.extend({ unitName: z.string() })),
  /** Whom a network member may be linked to: client workers and purchasers (unitName is a purchaser's organisation). */
  networkUsers: z.array(zWorkerRef.extend({ unitName: z.string() })),
  purchasers: z.array(zRef),
});
export type CaseFormOptions = z.infer<typeof zCaseFormOptions>;
