import {
  type ReferralOutInput,
  type ReferralOutStatus,
  type ReferralUrgency,
  zReferralOutInput,
} from '@verkosto/domain';
import { ApiError, isApiError } from '../../api/client';
import type { Issue } from '../../components/form-errors';
import type { IconName } from '../../components/Icon';
import type { DraftSchema } from '../../components/useCheckedSubmit';

export type TargetKind = 'service' | 'unit';

/** The send form as the worker leaves it; choices not made yet are null. */
export interface ReferralOutValues {
  kind: TargetKind;
  serviceId: string | null;
  unitId: string | null;
  reason: string;
  urgency: ReferralUrgency | null;
  contactConsent: boolean;
}

export const emptyReferralOut: ReferralOutValues = {
  kind: 'service',
  serviceId: null,
  unitId: null,
  reason: '',
  urgency: null,
  contactConsent: false,
};

/** The body before checking: only the target of the kind shown goes, and a choice not made stays undefined. */
export function draftOfReferralOut(values: ReferralOutValues) {
  return {
    serviceId: values.kind === 'service' ? values.serviceId : null,
    targetUnitId: values.kind === 'unit' ? values.unitId : null,
    reason: values.reason,
    urgency: values.urgency ?? undefined,
    contactConsent: values.contactConsent,
  };
}

type Checked = ReturnType<typeof zReferralOutInput.parse>;

/**
 * The shared schema, and the missing target beside it: the schema's own check for the target runs only
 * once every other field is valid, and an empty send should name everything missing at once.
 */
export const checkReferralOut: DraftSchema<Checked> = {
  safeParse(draft: unknown) {
    const parsed = zReferralOutInput.safeParse(draft);
    if (parsed.success) return { success: true, data: parsed.data };
    const body = draft as Partial<ReferralOutInput>;
    const issues: Issue[] = [...parsed.error.issues];
    const named = issues.some((i) => i.path[0] === 'serviceId' || i.path[0] === 'targetUnitId');
    if (!named && Boolean(body.serviceId) === Boolean(body.targetUnitId)) {
      issues.push({ path: ['serviceId'], message: 'required' });
    }
    return { success: false, error: { issues } };
  },
};

/**
 * A step the server no longer allows. The form offers only the steps allowed from the status it
 * read, and the server checks the step before the version; so a refusal here means someone recorded
 * a step meanwhile. It is told as the conflict it is, with the offer to load the latest.
 */
export function asStepConflict(error: unknown): unknown {
  if (isApiError(error) && error.status === 400 && error.fields.status === 'invalid') {
    return new ApiError(409, 'stale_version');
  }
  return error;
}

/** The status's shape beside its word: colour is never the only sign. */
export function referralOutStatusIcon(status: ReferralOutStatus): IconName {
  switch (status) {
    case 'sent':
      return 'arrowRight';
    case 'received':
      return 'info';
    case 'accepted':
      return 'check';
    case 'declined':
      return 'close';
    case 'completed':
      return 'closed';
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
