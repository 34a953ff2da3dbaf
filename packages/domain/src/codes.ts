/**
 * The plain code lists of the contract, free of the schema library, so the web app's first load can
 * use them without pulling zod in. Imported as `@verkosto/domain/codes`.
 */
export { type AccessBasis, accessBases, type LegalBasis, legalBases } from './access-policy';

/** Error codes the API answers with; the web app translates each one. */
export const errorCodes = [
  'validation_failed',
  'unauthenticated',
  'not_found',
  'stale_version',
  'csrf_failed',
  'rate_limited',
  'invalid_credentials',
  'account_locked',
  'case_closed',
  'duplicate_identity_code',
  'access_not_needed',
  'record_signed',
  'note_not_signed',
  'phase_not_allowed',
  'final_evaluation_unsigned',
  'review_decision_required',
  'warnings_not_confirmed',
  'purchaser_not_participant',
  'not_in_review_phase',
  'final_evaluation_exists',
  'referral_decided',
  'team_consent_missing',
  'last_admin',
  'password_change_required',
  'password_sign_in_off',
  'internal_error',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** Field-level problems; each is a translation key under `errors.field`. */
export const fieldErrorCodes = [
  'required',
  'too_long',
  'invalid',
  'invalid_date',
  'date_in_future',
  'invalid_identity_code',
  'identity_code_date_mismatch',
  'invalid_email',
  'invalid_phone',
  'invalid_postal_code',
  'subject_required',
  'duplicate_member',
  'worker_not_in_unit',
  'same_worker_twice',
  'not_wanted_by_client',
  'taken',
  'weak_password',
  'same_password',
  'wrong_password',
  'not_in_organisation',
  'parent_cycle',
  'in_use',
] as const;
export type FieldErrorCode = (typeof fieldErrorCodes)[number];
