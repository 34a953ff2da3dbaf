import type { ErrorCode, FieldErrorCode } from '@verkosto/domain';

const STATUS: Record<ErrorCode, number> = {
  validation_failed: 400,
  unauthenticated: 401,
  csrf_failed: 403,
  not_found: 404,
  stale_version: 409,
  case_closed: 409,
  duplicate_identity_code: 409,
  access_not_needed: 409,
  record_signed: 409,
  note_not_signed: 409,
  phase_not_allowed: 409,
  final_evaluation_unsigned: 409,
  review_decision_required: 409,
  warnings_not_confirmed: 409,
  purchaser_not_participant: 409,
  not_in_review_phase: 409,
  final_evaluation_exists: 409,
  referral_decided: 409,
  team_consent_missing: 409,
  last_admin: 409,
  password_change_required: 403,
  password_sign_in_off: 403,
  account_locked: 423,
  invalid_credentials: 401,
  rate_limited: 429,
  internal_error: 500,
};

/** English fallbacks only: the web app shows its own translation of the code. */
const MESSAGE: Record<ErrorCode, string> = {
  validation_failed: 'Some fields need attention.',
  unauthenticated: 'Please sign in.',
  csrf_failed: 'The request could not be verified. Reload the page and try again.',
  not_found: 'Not found.',
  stale_version: 'Someone else saved a newer version. Reload and apply your changes again.',
  case_closed: 'The case is closed.',
  duplicate_identity_code: 'A person with this identity code already exists.',
  access_not_needed: 'The record is already open to you; no legal basis is needed.',
  record_signed: 'The note is signed and stays as it is; add an addendum instead.',
  note_not_signed: 'Addenda are for signed notes; edit the draft instead.',
  phase_not_allowed: 'The case can only move to the next phase of its process.',
  final_evaluation_unsigned: 'A case is closed only after its final evaluation is signed.',
  review_decision_required: 'The network review decides how the work goes on; record its decision.',
  warnings_not_confirmed: 'Confirm the warnings about the assessment period first.',
  purchaser_not_participant: 'The purchaser must take part in the network review of a purchased case.',
  not_in_review_phase: 'The case is not in its network review phase.',
  final_evaluation_exists: 'The case already has a signed final evaluation.',
  referral_decided: 'Someone has already triaged this referral.',
  team_consent_missing:
    'A client is brought to the team by name only with the guardian’s consent for the team.',
  last_admin: 'At least one active admin must remain.',
  password_change_required: 'Change your one-time password first.',
  password_sign_in_off: 'Sign in through your organisation’s identity service.',
  account_locked: 'The account is locked for a while after too many failed sign-ins.',
  invalid_credentials: 'The username or password is wrong.',
  rate_limited: 'Too many attempts. Wait a moment and try again.',
  internal_error: 'Something went wrong on our side.',
};

export class ApiError extends Error {
  readonly status: number;
  constructor(
    readonly code: ErrorCode,
    readonly fields?: Record<string, FieldErrorCode>,
  ) {
    super(MESSAGE[code]);
    this.status = STATUS[code];
  }

  toBody() {
    return {
      error: { code: this.code, message: this.message, ...(this.fields ? { fields: this.fields } : {}) },
    };
  }
}

export const notFound = () => new ApiError('not_found');
export const staleVersion = () => new ApiError('stale_version');
export const invalidField = (field: string, code: FieldErrorCode) =>
  new ApiError('validation_failed', { [field]: code });
