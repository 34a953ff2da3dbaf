import { z } from 'zod';
import { legalBases } from '../access-policy';
import { zRequiredText } from './common';

export const reviewVerdicts = ['justified', 'not_justified'] as const;
export type ReviewVerdict = (typeof reviewVerdicts)[number];

/** A worker states why they must read a case nothing else opens to them. */
export const zStateLegalBasis = z.object({
  legalBasis: z.enum(legalBases, { error: 'required' }),
  /** In the worker's own words; read by their team lead, never written to the access log itself. */
  explanation: zRequiredText(1000),
});
export type StateLegalBasis = z.input<typeof zStateLegalBasis>;

export const zStatedAccess = z.object({
  id: z.string(),
  caseId: z.string(),
  legalBasis: z.enum(legalBases),
  expiresAt: z.string(),
});
export type StatedAccess = z.infer<typeof zStatedAccess>;

export const zStatedAccessReview = z.object({
  verdict: z.enum(reviewVerdicts, { error: 'required' }),
  comment: z
    .string()
    .trim()
    .max(2000, { error: 'too_long' })
    .optional()
    .transform((s) => (s ? s : null)),
});
export type StatedAccessReviewInput = z.input<typeof zStatedAccessReview>;

const zPerson = z.object({ displayName: z.string(), title: z.string() });

/**
 * One stated legal basis as the team lead reviews it: who, when, on what basis and why, which unit's
 * case it opened and how many reads rested on it. The client is not named here: judging the basis
 * needs the reasons, not the person.
 */
export const zStatedAccessForReview = z.object({
  id: z.string(),
  statedAt: z.string(),
  expiresAt: z.string(),
  worker: zPerson,
  legalBasis: z.enum(legalBases),
  explanation: z.string(),
  caseUnit: z.string(),
  caseOrganisation: z.string(),
  reads: z.number(),
  review: z
    .object({
      verdict: z.enum(reviewVerdicts),
      comment: z.string().nullable(),
      reviewer: z.string(),
      reviewedAt: z.string(),
    })
    .nullable(),
});
export type StatedAccessForReview = z.infer<typeof zStatedAccessForReview>;

export const zStatedAccessReviewList = z.object({ items: z.array(zStatedAccessForReview) });
export type StatedAccessReviewList = z.infer<typeof zStatedAccessReviewList>;
