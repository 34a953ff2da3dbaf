import {
  type LegalBasis,
  legalBases,
  type ReviewVerdict,
  reviewVerdicts,
  type StatedAccess,
  type StatedAccessForReview,
} from '@verkosto/domain';
import type { insertStatedAccess, StatedAccessRow } from './repository';

/** Only the fixed list is ever stored; anything else is a broken row, not something to guess. */
function asLegalBasis(value: string): LegalBasis {
  if (!(legalBases as readonly string[]).includes(value))
    throw new Error('unknown legal basis in a stored statement');
  return value as LegalBasis;
}
const isVerdict = (value: string | null): value is ReviewVerdict =>
  (reviewVerdicts as readonly (string | null)[]).includes(value);

export function presentStatedAccess(row: Awaited<ReturnType<typeof insertStatedAccess>>): StatedAccess {
  return {
    id: row.id,
    caseId: row.caseId,
    legalBasis: asLegalBasis(row.legalBasis),
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** A statement for its reviewer: the reasons and the reads, not the client. */
export function presentForReview(row: StatedAccessRow): StatedAccessForReview {
  return {
    id: row.id,
    statedAt: row.statedAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    worker: { displayName: row.workerName, title: row.workerTitle },
    legalBasis: asLegalBasis(row.legalBasis),
    explanation: row.explanation,
    caseUnit: row.caseUnit,
    caseOrganisation: row.caseOrganisation,
    reads: row.reads,
    review:
      isVerdict(row.reviewVerdict) && row.reviewer && row.reviewedAt
        ? {
            verdict: row.reviewVerdict,
            comment: row.reviewComment,
            reviewer: row.reviewer,
            reviewedAt: row.reviewedAt.toISOString(),
          }
        : null,
  };
}
