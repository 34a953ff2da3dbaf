import {
  type PhaseChangeWarning,
  phaseChangeWarnings,
  type ReviewDecision,
  type ReviewDecisionView,
  type TemplateView,
  zCasePhase,
} from '@verkosto/domain';
import type { PhaseChangeRow, ReviewDecisionRow } from './repository';
import type { TemplateRow } from './templates';

export function presentTemplate(row: TemplateRow): TemplateView {
  return {
    id: row.id,
    version: row.version,
    template: row.content,
    createdAt: row.createdAt.toISOString(),
    createdBy: row.createdBy,
  };
}

const isWarning = (w: string): w is PhaseChangeWarning =>
  (phaseChangeWarnings as readonly string[]).includes(w);

export function presentPhaseChange({ change, changedBy }: PhaseChangeRow) {
  return {
    id: change.id,
    from: zCasePhase.parse(change.fromPhase),
    to: zCasePhase.parse(change.toPhase),
    reason: change.reason,
    warnings: change.warnings.filter(isWarning),
    changedBy,
    changedAt: change.changedAt.toISOString(),
  };
}

export function presentReviewDecision(row: ReviewDecisionRow): ReviewDecisionView {
  const d = row.decision;
  return {
    decision: d.decision as ReviewDecision,
    meetingId: d.meetingId,
    meetingStartsAt: row.meetingStartsAt.toISOString(),
    nextReviewOn: d.nextReviewOn,
    serviceName: row.serviceName,
    note: d.note,
    purchaserPresent: d.purchaserPresent,
    decidedBy: row.decidedBy,
    decidedAt: d.decidedAt.toISOString(),
  };
}
