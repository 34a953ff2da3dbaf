import { MIN_PASSWORD_LENGTH } from '@verkosto/domain';
import i18n from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromIssues } from '../src/components/form-errors';
import {
  emptyPasswordChange,
  type PasswordChangeDraft,
  passwordChangeCheck,
  repeatMismatch,
  repeatMismatchShown,
} from '../src/features/session/password-change';
import en from '../src/i18n/en.json';
import fi from '../src/i18n/fi.json';
import sv from '../src/i18n/sv.json';

beforeAll(async () => {
  // Field codes are recognised by their Finnish words, as in the app.
  await i18n.init({ lng: 'fi', resources: { fi: { translation: fi } } });
});

const good = 'kaksi kissaa ja yksi koira';

function errorsOf(draft: PasswordChangeDraft) {
  const checked = passwordChangeCheck.safeParse(draft);
  if (checked.success) throw new Error('expected the check to fail');
  return fromIssues(checked.error.issues, draft);
}

describe('the change-password form', () => {
  it('sends the current and the new password, never the repeat', () => {
    const checked = passwordChangeCheck.safeParse({
      currentPassword: 'Kerta-123456',
      newPassword: good,
      repeatPassword: good,
    });
    expect(checked).toEqual({ success: true, data: { currentPassword: 'Kerta-123456', newPassword: good } });
  });

  it('names a repeat that differs on the repeat field only, and sends nothing', () => {
    const draft = { currentPassword: 'Kerta-123456', newPassword: good, repeatPassword: `${good}!` };
    expect(repeatMismatch(draft)).toBe(true);
    const errors = errorsOf(draft);
    expect(errors.fields).toEqual({ repeatPassword: 'invalid' });
    expect(repeatMismatchShown(errors)).toBe(true);
  });

  it('calls an empty repeat missing rather than different', () => {
    const draft = { currentPassword: 'Kerta-123456', newPassword: good, repeatPassword: '' };
    expect(repeatMismatch(draft)).toBe(false);
    const errors = errorsOf(draft);
    expect(errors.fields).toEqual({ repeatPassword: 'required' });
    expect(repeatMismatchShown(errors)).toBe(false);
  });

  it('marks every field of an empty form as required', () => {
    expect(errorsOf(emptyPasswordChange).fields).toEqual({
      currentPassword: 'required',
      newPassword: 'required',
      repeatPassword: 'required',
    });
  });

  it('turns down a new password shorter than the minimum, even when typed twice the same', () => {
    const short = 'a1b2c3d4e5f'.slice(0, MIN_PASSWORD_LENGTH - 1);
    const errors = errorsOf({ currentPassword: 'Kerta-123456', newPassword: short, repeatPassword: short });
    expect(errors.fields).toEqual({ newPassword: 'weak_password' });
  });

  it('turns down a new password that is the current one', () => {
    const errors = errorsOf({ currentPassword: good, newPassword: good, repeatPassword: good });
    expect(errors.fields).toEqual({ newPassword: 'same_password' });
  });

  it.each([
    ['fi', fi],
    ['sv', sv],
    ['en', en],
  ])('%s tells the same minimum length as the domain', (_, locale) => {
    expect(locale.errors.field.weak_password).toContain(String(MIN_PASSWORD_LENGTH));
    expect(locale.passwordChange.newHint).toContain('{{min}}');
  });
});
