import {
  oneOfOr,
  type ReferralSource,
  type ReferralStatus,
  type ReferralUrgency,
  type ReferralView,
  referralSources,
  referralUrgencies,
  type SentReferral,
  workingDaysBetween,
} from '@verkosto/domain';
import { todayIso } from '../../access/case-facts';
import type { ReferralRow } from './repository';

export const asUrgency = oneOfOr<ReferralUrgency>(referralUrgencies, 'normal');
const asSource = oneOfOr<ReferralSource>(referralSources, 'other');

/** Accepted referrals wait until their case moves on from its referral phase, then they have started. */
export function statusOf(row: Pick<ReferralRow, 'referral' | 'casePhase' | 'caseStatus'>): ReferralStatus {
  switch (row.referral.status) {
    case 'accepted':
      return row.casePhase === 'referral' && row.caseStatus === 'open' ? 'waiting' : 'started';
    case 'redirected':
      return 'redirected';
    case 'declined':
      return 'declined';
    default:
      return 'received';
  }
}

const redirectedTo = (row: ReferralRow) => row.redirectUnitName ?? row.redirectServiceName ?? null;

export function presentReferral(row: ReferralRow, canTriage: boolean): ReferralView {
  const r = row.referral;
  return {
    id: r.id,
    version: r.version,
    targetUnit: { id: r.targetUnitId, name: row.unitName },
    source: asSource(r.source),
    referrer: row.senderTitle ? `${row.senderName}, ${row.senderTitle}` : row.senderName,
    childFirstNames: r.childFirstNames,
    childLastName: r.childLastName,
    childDateOfBirth: r.childDateOfBirth,
    guardianName: r.guardianName,
    guardianPhone: r.guardianPhone,
    reason: r.reason,
    urgency: asUrgency(r.urgency),
    contactConsent: r.contactConsent,
    receivedOn: r.receivedOn,
    waitedWorkingDays: workingDaysBetween(r.receivedOn, todayIso()),
    status: statusOf(row),
    decidedBy: row.deciderName,
    decidedAt: r.decidedAt?.toISOString() ?? null,
    declineReason: r.declineReason,
    messageToReferrer: r.messageToReferrer,
    redirectedTo: redirectedTo(row),
    caseId: r.caseId,
    canTriage: canTriage && r.status === 'received',
  };
}

export function presentSent(
  row: ReferralRow,
  queue: { position: number | null; expectedWaitDays: number | null },
): SentReferral {
  const r = row.referral;
  return {
    id: r.id,
    targetUnit: row.unitName,
    child: `${r.childFirstNames} ${r.childLastName}`,
    urgency: asUrgency(r.urgency),
    receivedOn: r.receivedOn,
    status: statusOf(row),
    ...queue,
    messageToReferrer: r.messageToReferrer,
    declineReason: r.declineReason,
    redirectedTo: redirectedTo(row),
  };
}
