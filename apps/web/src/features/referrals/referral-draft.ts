import type { ReferralSource, ReferralUrgency } from '@verkosto/domain';

/** The referral form as the sender fills it in; choices not made yet are null. */
export interface ReferralFormValues {
  targetUnitId: string | null;
  source: ReferralSource | null;
  childFirstNames: string;
  childLastName: string;
  childDateOfBirth: string;
  guardianName: string;
  guardianPhone: string;
  reason: string;
  urgency: ReferralUrgency | null;
  contactConsent: boolean;
}

export const emptyReferral: ReferralFormValues = {
  targetUnitId: null,
  source: null,
  childFirstNames: '',
  childLastName: '',
  childDateOfBirth: '',
  guardianName: '',
  guardianPhone: '',
  reason: '',
  urgency: null,
  contactConsent: false,
};

/** The body before checking; choices not made stay undefined so that the shared schema names them. */
export function draftFromValues(values: ReferralFormValues) {
  return {
    ...values,
    targetUnitId: values.targetUnitId ?? undefined,
    source: values.source ?? undefined,
    urgency: values.urgency ?? undefined,
  };
}

/**
 * Where the sent list says what was just done: the unit's name only, for history state is kept by the
 * browser and a child's name does not belong there.
 */
export interface ReferralSentState {
  sentTo: string;
}

export function sentFlash(state: unknown): string | null {
  if (typeof state !== 'object' || state === null || !('sentTo' in state)) return null;
  const sentTo = (state as { sentTo: unknown }).sentTo;
  return typeof sentTo === 'string' ? sentTo : null;
}
