import { type PasswordChange, zPasswordChange } from '@verkosto/domain';
import type { FormErrors, Issue } from '../../components/form-errors';
import type { DraftSchema } from '../../components/useCheckedSubmit';

/** The change-password form as the user fills it: the new password twice. */
export interface PasswordChangeDraft {
  currentPassword: string;
  newPassword: string;
  repeatPassword: string;
}

export const emptyPasswordChange: PasswordChangeDraft = {
  currentPassword: '',
  newPassword: '',
  repeatPassword: '',
};

/** The issue of a repeat that is not the new password; the form has its own words for it. */
export const REPEAT_MISMATCH = 'repeat_mismatch';

/** Whether the repeat differs from the new password: only when both have been typed. */
export function repeatMismatch(draft: PasswordChangeDraft): boolean {
  return draft.repeatPassword !== '' && draft.repeatPassword !== draft.newPassword;
}

/**
 * The form's check before sending: the shared schema the server uses, and the repeat, which only
 * the browser sees. The repeat is never sent.
 */
export const passwordChangeCheck: DraftSchema<PasswordChange> = {
  safeParse(draft: PasswordChangeDraft) {
    const parsed = zPasswordChange.safeParse({
      currentPassword: draft.currentPassword,
      newPassword: draft.newPassword,
    });
    const issues: Issue[] = parsed.success ? [] : [...parsed.error.issues];
    if (draft.repeatPassword === '') issues.push({ path: ['repeatPassword'], message: 'required' });
    else if (repeatMismatch(draft)) issues.push({ path: ['repeatPassword'], message: REPEAT_MISMATCH });
    if (parsed.success && issues.length === 0) return { success: true, data: parsed.data };
    return { success: false, error: { issues } };
  },
};

/**
 * Whether the form's errors say the repeat differs. The mismatch has no field code of the API's
 * own, so the check's issue arrives as `invalid`; an empty repeat is `required`.
 */
export function repeatMismatchShown(errors: FormErrors): boolean {
  return errors.fields.repeatPassword === 'invalid';
}
