import { nextReferralOutStatuses, referralOutStatuses } from '@verkosto/domain';
import { describe, expect, it } from 'vitest';
import { ApiError } from '../src/api/client';
import {
  asStepConflict,
  checkReferralOut,
  draftOfReferralOut,
  emptyReferralOut,
  referralOutStatusIcon,
} from '../src/features/referrals-out/referral-out-draft';

const serviceId = '00000000-0000-4000-8000-000000000001';
const unitId = '00000000-0000-4000-8000-000000000002';

const pathsOf = (draft: unknown) => {
  const parsed = checkReferralOut.safeParse(draft);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.path.join('.')).sort();
};

describe('the referral out form', () => {
  it('names everything missing at once on an empty send, the target too', () => {
    expect(pathsOf(draftOfReferralOut(emptyReferralOut))).toEqual(['reason', 'serviceId', 'urgency']);
  });

  it('names the target once when only the target is missing', () => {
    const draft = draftOfReferralOut({ ...emptyReferralOut, reason: 'Tarvitsee tukea', urgency: 'normal' });
    expect(pathsOf(draft)).toEqual(['serviceId']);
  });

  it('sends only the target of the kind shown', () => {
    const values = { ...emptyReferralOut, serviceId, unitId, reason: 'Syy', urgency: 'soon' as const };
    expect(draftOfReferralOut(values)).toMatchObject({ serviceId, targetUnitId: null });
    expect(draftOfReferralOut({ ...values, kind: 'unit' })).toMatchObject({
      serviceId: null,
      targetUnitId: unitId,
    });
    expect(checkReferralOut.safeParse(draftOfReferralOut({ ...values, kind: 'unit' })).success).toBe(true);
  });
});

describe('recording a step', () => {
  it('tells a step refused by the server as someone else having been first', () => {
    const refused = asStepConflict(new ApiError(400, 'validation_failed', { status: 'invalid' }));
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).code).toBe('stale_version');
  });

  it('leaves other failures as they are', () => {
    const missing = new ApiError(400, 'validation_failed', { status: 'required' });
    expect(asStepConflict(missing)).toBe(missing);
    const gone = new ApiError(404, 'not_found');
    expect(asStepConflict(gone)).toBe(gone);
  });

  it('has a shape for every status, and closed loops offer no step', () => {
    for (const s of referralOutStatuses) expect(referralOutStatusIcon(s)).toBeTruthy();
    expect(nextReferralOutStatuses('declined')).toEqual([]);
    expect(nextReferralOutStatuses('completed')).toEqual([]);
  });
});
