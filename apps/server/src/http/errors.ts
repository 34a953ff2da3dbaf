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
