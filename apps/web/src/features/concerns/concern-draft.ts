import type { ConcernPerspective, ConcernZone, NetworkMember } from '@verkosto/domain';
import { opensUrgentPath } from '@verkosto/domain';

/** The rating form as the user leaves it; a choice not yet made is null. */
export interface ConcernDraft {
  zone: ConcernZone | null;
  perspective: ConcernPerspective | null;
  raterLabel: string;
  /** A network member whose view it is (network member perspective only). */
  raterMemberId: string | null;
  worries: string;
  wouldLessen: string;
  followUpOn: string;
}

export interface DraftPreset {
  perspective?: ConcernPerspective;
  raterMemberId?: string;
  raterLabel?: string;
}

export function emptyConcernDraft(preset: DraftPreset): ConcernDraft {
  return {
    zone: null,
    perspective: preset.perspective ?? 'worker',
    raterLabel: preset.raterLabel ?? '',
    raterMemberId: preset.raterMemberId ?? null,
    worries: '',
    wouldLessen: '',
    followUpOn: '',
  };
}

/** Whether the form asks for a follow-up date: not on the urgent path, where the record follows instead. */
export function asksFollowUp(zone: ConcernZone | null): boolean {
  return zone === null || !opensUrgentPath(zone);
}

/**
 * The body the server checks. A member is named only for the network member perspective, and then
 * the server takes their name from the network, not from a label typed before the member was chosen.
 */
export function concernBodyOf(d: ConcernDraft, meetingId: string | undefined) {
  const member = d.perspective === 'network_member' ? d.raterMemberId : null;
  return {
    zone: d.zone ?? undefined,
    perspective: d.perspective ?? undefined,
    raterLabel: member ? '' : d.raterLabel,
    raterMemberId: member,
    worries: d.worries,
    wouldLessen: d.wouldLessen,
    followUpOn: asksFollowUp(d.zone) && d.followUpOn !== '' ? d.followUpOn : null,
    meetingId: meetingId ?? null,
  };
}

/** Members whose view may be recorded: the case's own, and never someone the client does not want. */
export function ratingMembers(members: readonly NetworkMember[]): NetworkMember[] {
  return members.filter((m) => !m.fromCase && m.clientChoice !== 'not_wanted');
}
