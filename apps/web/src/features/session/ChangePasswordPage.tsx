import { useQueryClient } from '@tanstack/react-query';
import { MIN_PASSWORD_LENGTH } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { changePassword, sessionKey } from '../../api/session';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { usePageTitle } from '../../components/usePageTitle';
import { passwordChangedState } from './PasswordChangedMessage';
import {
  emptyPasswordChange,
  type PasswordChangeDraft,
  passwordChangeCheck,
  repeatMismatchShown,
} from './password-change';
import { homePath, useUser } from './user-context';

/**
 * The user changes their own password: the one-time password an admin gave them before anything
 * else opens, or any time of their own accord. The new one is typed twice; only the browser
 * compares the two.
 */
export function ChangePasswordPage() {
  const { t } = useTranslation();
  usePageTitle(t('passwordChange.title'));
  const user = useUser();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<PasswordChangeDraft>(emptyPasswordChange);
  const forced = user.mustChangePassword;

  const { errors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: passwordChangeCheck,
    send: (body) => changePassword(body),
    onSuccess: (state) => {
      queryClient.setQueryData(sessionKey, state);
      void navigate(homePath(state.user ?? user), { replace: true, state: passwordChangedState });
    },
  });

  const fields: SummaryField[] = [
    { path: 'currentPassword', controlId: 'change-current-password', label: t('passwordChange.current') },
    { path: 'newPassword', controlId: 'change-new-password', label: t('passwordChange.new') },
    { path: 'repeatPassword', controlId: 'change-repeat-password', label: t('passwordChange.repeat') },
  ];
  const fieldText = (path: string) =>
    path === 'repeatPassword' && repeatMismatchShown(errors) ? t('passwordChange.mismatch') : undefined;
  const errorOf = (path: string) => fieldText(path) ?? fieldError(path);

  const change = (key: keyof PasswordChangeDraft, value: string) => {
    setDraft((d) => ({ ...d, [key]: value }));
    // A new password that changes may now match the repeat, or not.
    clearFieldErrors(key === 'newPassword' ? ['newPassword', 'repeatPassword'] : [key]);
  };

  return (
    <section className="page-narrow" aria-labelledby="change-password-title">
      <h1 id="change-password-title">{t('passwordChange.title')}</h1>
      {forced && (
        <div className="notice notice-info">
          <Icon name="lock" />
          <p>{t('passwordChange.forced')}</p>
        </div>
      )}
      <p className="lead">{t('passwordChange.intro')}</p>
      <ErrorSummary errors={errors} fields={fields} focusKey={attempt} fieldText={fieldText} />
      <Form onSubmit={(event) => submit(event, draft)} validationBehavior="aria" className="form">
        <TextInput
          id="change-current-password"
          type="password"
          label={t('passwordChange.current')}
          description={forced ? t('passwordChange.currentForced') : undefined}
          value={draft.currentPassword}
          onChange={(value) => change('currentPassword', value)}
          autoComplete="current-password"
          error={errorOf('currentPassword')}
          isRequired
          size="medium"
        />
        <TextInput
          id="change-new-password"
          type="password"
          label={t('passwordChange.new')}
          description={t('passwordChange.newHint', { min: MIN_PASSWORD_LENGTH })}
          value={draft.newPassword}
          onChange={(value) => change('newPassword', value)}
          autoComplete="new-password"
          error={errorOf('newPassword')}
          isRequired
          size="medium"
        />
        <TextInput
          id="change-repeat-password"
          type="password"
          label={t('passwordChange.repeat')}
          value={draft.repeatPassword}
          onChange={(value) => change('repeatPassword', value)}
          autoComplete="new-password"
          error={errorOf('repeatPassword')}
          isRequired
          size="medium"
        />
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={isPending}>
            {isPending ? t('passwordChange.submitting') : t('passwordChange.submit')}
          </PendingButton>
          {!forced && (
            <Link to={homePath(user)} className="button button-secondary">
              {t('common.cancel')}
            </Link>
          )}
        </div>
      </Form>
    </section>
  );
}
