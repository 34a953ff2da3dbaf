import type { FieldErrorCode } from '@verkosto/domain';
import i18n from 'i18next';
import { type ClientErrorCode, isApiError } from '../api/client';

/** What a form shows after a failed submit: a general code and field codes by dotted path. */
export interface FormErrors {
  general: ClientErrorCode | null;
  fields: Record<string, FieldErrorCode>;
}

export const noErrors: FormErrors = { general: null, fields: {} };

export function hasErrors(errors: FormErrors): boolean {
  return errors.general !== null || Object.keys(errors.fields).length > 0;
}

/**
 * The errors left once the user has changed these fields: a fixed field stops saying it is wrong.
 * When no field errors remain, a plain "check the fields" message goes too.
 */
export function withoutFields(errors: FormErrors, paths: readonly string[]): FormErrors {
  if (!paths.some((p) => p in errors.fields)) return errors;
  const fields = Object.fromEntries(Object.entries(errors.fields).filter(([path]) => !paths.includes(path)));
  const general =
    errors.general === 'validation_failed' && Object.keys(fields).length === 0 ? null : errors.general;
  return { general, fields };
}

/** A code we have words for; anything else the server invents reads as plain "invalid". */
function knownFieldCode(raw: string): FieldErrorCode | null {
  return i18n.exists(`errors.field.${raw}`) ? (raw as FieldErrorCode) : null;
}

/**
 * Field errors from an API answer. `prefix` strips the wrapper of update bodies, so that
 * `person.identityCode` lands on the same field as `identityCode`.
 */
export function fromApiError(error: unknown, prefix?: string): FormErrors {
  if (!isApiError(error)) return { general: 'internal_error', fields: {} };
  const fields: Record<string, FieldErrorCode> = {};
  for (const [path, code] of Object.entries(error.fields)) {
    const local = prefix && path.startsWith(`${prefix}.`) ? path.slice(prefix.length + 1) : path;
    fields[local] ??= knownFieldCode(code) ?? 'invalid';
  }
  return { general: error.code, fields };
}

/** One problem the shared schemas report: where it is and its code. */
export interface Issue {
  readonly path: readonly PropertyKey[];
  readonly message: string;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let current: unknown = input;
  for (const key of path) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<PropertyKey, unknown>)[key];
  }
  return current;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/** Field errors from the shared schemas, checked before sending; the first problem per field wins. */
export function fromIssues(issues: readonly Issue[], input: unknown): FormErrors {
  const fields: Record<string, FieldErrorCode> = {};
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    const empty = isEmpty(valueAt(input, issue.path));
    const known = knownFieldCode(issue.message);
    // An empty value is simply missing, whatever check tripped over it first.
    const code = empty ? (known === 'subject_required' ? known : 'required') : (known ?? 'invalid');
    fields[path] ??= code;
  }
  return { general: 'validation_failed', fields };
}
