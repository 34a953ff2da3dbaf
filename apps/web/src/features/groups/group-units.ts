import type { SessionUser } from '@verkosto/domain';
import { referralUnits } from '../referrals/referral-units';

/**
 * The units whose group activities the user keeps: the same social welfare and health care units
 * that keep a client register, since the participants are their clients. Plain code, no schemas:
 * the navigation of every page asks this.
 */
export function groupUnits(user: SessionUser): SessionUser['units'] {
  return referralUnits(user);
}

/** The page of a unit's groups. */
export function unitGroupsPath(unitId: string): string {
  return `/units/${encodeURIComponent(unitId)}/groups`;
}

export function groupPath(groupId: string): string {
  return `/groups/${encodeURIComponent(groupId)}`;
}
