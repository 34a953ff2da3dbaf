import type { SessionUser } from '@verkosto/domain';

type Unit = SessionUser['units'][number];

/**
 * The user's units that take in referrals: social welfare and health care units, which keep a client
 * register. A school or a daycare sends referrals but keeps no queue of its own. Plain code, no
 * schemas: the navigation of every page asks this.
 */
export function referralUnits(user: SessionUser): Unit[] {
  if (user.role !== 'worker' && user.role !== 'team_lead') return [];
  return user.units.filter((u) => u.serviceDomain === 'social' || u.serviceDomain === 'health');
}

/** The page of a unit's referrals and waiting list. */
export function unitReferralsPath(unitId: string): string {
  return `/units/${encodeURIComponent(unitId)}/referrals`;
}
