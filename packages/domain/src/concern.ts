/**
 * Zones of concern (huolen vyöhykkeistö, Arnkil & Eriksson). A zone is the rater's own worry, tied to
 * how well they believe they can still help — not a risk score. Perspectives are kept apart and never
 * averaged: this module has no function that combines them.
 */

/** Zone 1–4; zone 3 (the grey zone) has a lower and an upper part. */
export const concernZones = ['zone_1', 'zone_2', 'zone_3_lower', 'zone_3_upper', 'zone_4'] as const;
export type ConcernZone = (typeof concernZones)[number];

/** Whose worry the rating is. */
export const concernPerspectives = ['worker', 'client', 'guardian', 'child', 'network_member'] as const;
export type ConcernPerspective = (typeof concernPerspectives)[number];

/** The zone's number as people say it: "zone 3". */
export function zoneNumber(zone: ConcernZone): 1 | 2 | 3 | 4 {
  switch (zone) {
    case 'zone_1':
      return 1;
    case 'zone_2':
      return 2;
    case 'zone_3_lower':
    case 'zone_3_upper':
      return 3;
    case 'zone_4':
      return 4;
    default: {
      const unreachable: never = zone;
      return unreachable;
    }
  }
}

/** Where a rating sits on a trend chart: the upper part of zone 3 a half step above the lower. */
export function zonePosition(zone: ConcernZone): number {
  return zone === 'zone_3_upper' ? 3.5 : zoneNumber(zone);
}

/** What each zone asks of the rater (DOMAIN.md). The UI words each step; these are their keys. */
export const zoneGuidance = {
  zone_1: ['carry_on'],
  zone_2: ['raise_as_own_worry', 'ask_family_help', 'agree_follow_up', 'contact_existing_services'],
  zone_3_lower: ['convene_network', 'each_voices_concern', 'agree_action_plan'],
  zone_3_upper: ['convene_network', 'each_voices_concern', 'agree_action_plan'],
  zone_4: ['act_now', 'notify_child_welfare', 'contact_emergency_services', 'record_what_was_done'],
} as const satisfies Record<ConcernZone, readonly string[]>;
export type GuidanceStep = (typeof zoneGuidance)[ConcernZone][number];

/** Zone 2 is followed up on an agreed date; the grey zone too, because the worry is growing. */
export function followUpRequired(zone: ConcernZone): boolean {
  return zone === 'zone_2' || zone === 'zone_3_lower' || zone === 'zone_3_upper';
}

/** Zone 3 leads to convening the network. */
export function convenesNetwork(zone: ConcernZone): boolean {
  return zone === 'zone_3_lower' || zone === 'zone_3_upper';
}

/** Zone 4 opens the urgent path, and a flag that stays until what was done is recorded. */
export function opensUrgentPath(zone: ConcernZone): boolean {
  return zone === 'zone_4';
}

/** What was done on the urgent path; the flag clears only when it is complete. */
export interface UrgentRecordFacts {
  /** A child welfare notification (Child Welfare Act 25 §): when, and to whom. Never anonymous. */
  notificationMadeAt: string | null;
  notifiedTo: string | null;
  /** Emergency social services or 112: when contacted, if they were. */
  emergencyContactAt: string | null;
  outcome: string | null;
}

/**
 * Complete when the notification is recorded with its recipient, or emergency services were
 * contacted, and the outcome is written down.
 */
export function urgentRecordComplete(r: UrgentRecordFacts): boolean {
  const notified = r.notificationMadeAt !== null && (r.notifiedTo ?? '').trim() !== '';
  const contacted = r.emergencyContactAt !== null;
  return (notified || contacted) && (r.outcome ?? '').trim() !== '';
}

/**
 * A follow-up is due on its date and stays due until the same perspective is rated again on the case.
 * `ratings` are one case's ratings; returns the latest of each perspective whose follow-up is due.
 */
export function followUpsDue<
  T extends {
    perspective: ConcernPerspective;
    raterLabel: string;
    recordedAt: string;
    followUpOn: string | null;
  },
>(ratings: readonly T[], today: string): T[] {
  const latest = new Map<string, T>();
  for (const r of ratings) {
    const key = `${r.perspective}|${r.raterLabel}`;
    const seen = latest.get(key);
    if (!seen || seen.recordedAt < r.recordedAt) latest.set(key, r);
  }
  return [...latest.values()].filter((r) => r.followUpOn !== null && r.followUpOn <= today);
}

/** Levels of work (seed 002), for reporting. */
export const levelsOfWork = ['promotive', 'preventive', 'corrective'] as const;
export type LevelOfWork = (typeof levelsOfWork)[number];
