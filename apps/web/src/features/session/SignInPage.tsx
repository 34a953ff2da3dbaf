import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginRequest } from '@verkosto/domain';
import { type FormEvent, useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { sessionKey, signIn, useSession } from '../../api/session';
import { AppShell } from '../../components/AppShell';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { type FormErrors, fromApiError, noErrors, withoutFields } from '../../components/form-errors';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { useFieldError } from '../../components/useFieldError';
import { usePageTitle } from '../../components/usePageTitle';
import { DemoAccounts } from './DemoAccounts';
import { OidcErrorNotice, OidcSignIn } from './OidcSignIn';
import { SessionLoadState } from './SessionLoadState';
import { oidcErrorOf } from './sign-in-errors';

/** Where to go after signing in: back to the page that asked, if it was one of ours. */
function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state) {
    const from = (state as { from: unknown }).from;
    if (typeof from === 'string' && from.startsWith('/') && !from.startsWith('//') && from !== '/sign-in')
      return from;
  }
  // The index route picks the user's own start page: a purchaser has no cases.
  return '/';
}

function signedOut(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'signedOut' in state;
}

export function SignInPage() {
  const { t } = useTranslation();
  usePageTitle(t('signIn.title'));
  const session = useSession();
  const location = useLocation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const submitRef = useRef<HTMLButtonElement>(null);
  const [form, setForm] = useState<LoginRequest>({ username: '', password: '' });
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [attempt, setAttempt] = useState(0);
  const fieldError = useFieldError(errors);
  const [searchParams] = useSearchParams();
  // The identity service's failure stays until the user tries again with a password.
  const [oidcErrorDismissed, setOidcErrorDismissed] = useState(false);
  const oidcError = oidcErrorDismissed ? null : oidcErrorOf(searchParams.get('error'));

  const mutation = useMutation({
    mutationFn: signIn,
    onSuccess: (state) => {
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'session' });
      queryClient.setQueryData(sessionKey, state);
      void navigate(returnPath(location.state), { replace: true });
    },
    onError: (error) => {
      setErrors(fromApiError(error));
      setAttempt((n) => n + 1);
      // A failed check of the form token: fetch a fresh one so the next try can succeed.
      void queryClient.invalidateQueries({ queryKey: sessionKey });
    },
  });

  if (!session.isSuccess) {
    return (
      <AppShell user={null} showNav={false}>
        <SessionLoadState session={session} />
      </AppShell>
    );
  }
  if (session.data.user && !mutation.isPending) return <Navigate to={returnPath(location.state)} replace />;
  const ways = session.data.signIn;

  const fields: SummaryField[] = [
    { path: 'username', controlId: 'sign-in-username', label: t('signIn.username') },
    { path: 'password', controlId: 'sign-in-password', label: t('signIn.password') },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setOidcErrorDismissed(true);
    const missing: FormErrors['fields'] = {};
    if (!form.username.trim()) missing.username = 'required';
    if (!form.password) missing.password = 'required';
    if (Object.keys(missing).length > 0) {
      setErrors({ general: 'validation_failed', fields: missing });
      setAttempt((n) => n + 1);
      return;
    }
    setErrors(noErrors);
    mutation.mutate(form);
  };

  const fillAccount = (username: string, password: string) => {
    setForm({ username, password });
    setErrors(noErrors);
    submitRef.current?.focus();
  };

  return (
    <AppShell user={null} showNav={false}>
      <div className="sign-in-layout">
        <section className="sign-in-card" aria-labelledby="sign-in-title">
          <h1 id="sign-in-title">{t('signIn.title')}</h1>
          <p className="lead">{t('signIn.intro')}</p>
          <StatusMessage>
            {signedOut(location.state) && !mutation.isPending ? t('signIn.signedOut') : null}
          </StatusMessage>
          {oidcError && <OidcErrorNotice code={oidcError} />}
          {ways.oidc && <OidcSignIn returnTo={returnPath(location.state)} alone={!ways.password} />}
          {ways.password && (
            <>
              <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
              <Form onSubmit={submit} validationBehavior="aria" className="form">
                <TextInput
                  id="sign-in-username"
                  label={t('signIn.username')}
                  value={form.username}
                  onChange={(username) => {
                    setForm((f) => ({ ...f, username }));
                    setErrors((e) => withoutFields(e, ['username']));
                  }}
                  autoComplete="username"
                  spellCheck={false}
                  error={fieldError('username')}
                  size="medium"
                />
                <TextInput
                  id="sign-in-password"
                  type="password"
                  label={t('signIn.password')}
                  value={form.password}
                  onChange={(password) => {
                    setForm((f) => ({ ...f, password }));
                    setErrors((e) => withoutFields(e, ['password']));
                  }}
                  autoComplete="current-password"
                  error={fieldError('password')}
                  size="medium"
                />
                <div className="form-actions">
                  <PendingButton
                    type="submit"
                    ref={submitRef}
                    className="button button-primary"
                    pending={mutation.isPending}
                  >
                    {mutation.isPending ? t('signIn.submitting') : t('signIn.submit')}
                  </PendingButton>
                </div>
              </Form>
            </>
          )}
        </section>
        {ways.password && session.data.demo && <DemoAccounts demo={session.data.demo} onUse={fillAccount} />}
      </div>
    </AppShell>
  );
}
