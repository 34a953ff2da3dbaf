import {
  type ConcernAssessment,
  type ConcernPerspective,
  type ConcernZone,
  concernPerspectives,
  concernZones,
  urgentRecordComplete,
} from '@verkosto/domain';
import type { AssessmentRow } from './repository';

export function asZone(value: string): ConcernZone {
  if (!(concernZones as readonly string[]).includes(value))
    throw new Error('unknown zone in a stored rating');
  return value as ConcernZone;
}

export function asPerspective(value: string): ConcernPerspective {
  if (!(concernPerspectives as readonly string[]).includes(value)) {
    throw new Error('unknown perspective in a stored rating');
  }
  return value as ConcernPerspective;
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentAssessment(row: AssessmentRow, urgentUpdatedBy: string | null): ConcernAssessment {
  const a = row.assessment;
  const u = row.urgent;
  return {
    id: a.id,
    caseId: a.caseId,
    zone: asZone(a.zone),
    perspective: asPerspective(a.perspective),
    raterLabel: a.raterLabel,
    raterMemberId: a.raterMemberId,
    worries: a.worries,
    wouldLessen: a.wouldLessen,
    followUpOn: a.followUpOn,
    meetingId: a.meetingId,
    recordedBy: row.recordedBy,
    recordedAt: a.recordedAt.toISOString(),
    urgent: u
      ? {
          version: u.version,
          notificationMadeAt: iso(u.notificationMadeAt),
          notifiedTo: u.notifiedTo,
          notificationReference: u.notificationReference,
          jointWithFamily: u.jointWithFamily,
          emergencyContactAt: iso(u.emergencyContactAt),
          emergencyContacted: u.emergencyContacted,
          outcome: u.outcome,
          complete: u.completedAt !== null,
          updatedBy: urgentUpdatedBy,
          updatedAt: iso(u.updatedAt),
        }
      : null,
  };
}

/** Whether the urgent record as saved is complete, by the domain's rule. */
export function isComplete(fields: {
  notificationMadeAt: Date | null;
  notifiedTo: string | null;
  emergencyContactAt: Date | null;
  outcome: string | null;
}): boolean {
  return urgentRecordComplete({
    notificationMadeAt: iso(fields.notificationMadeAt),
    notifiedTo: fields.notifiedTo,
    emergencyContactAt: iso(fields.emergencyContactAt),
    outcome: fields.outcome,
  });
}
