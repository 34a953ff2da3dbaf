import type { UseQueryResult } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../api/client';
import { Icon } from './Icon';
import { NotFoundContent } from './NotFound';
import { usePageTitle } from './usePageTitle';

export function Loading({ label }: { label?: string }) {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      {label ?? t('common.loading')}
    </p>
  );
}

export function LoadError({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  usePageTitle(t('loadError.title'));
  const code = isApiError(error) ? error.code : 'internal_error';
  return (
    <section className="page-narrow">
      <h1>{t('loadError.title')}</h1>
      <div className="notice notice-error" role="alert">
        <Icon name="alert" />
        <p>{t(`errors.code.${code}`)}</p>
      </div>
      <Button className="button button-secondary" onPress={onRetry}>
        {t('loadError.retry')}
      </Button>
    </section>
  );
}

/** Loading, not-found-or-no-access and failure for one query; the page itself once data is there. */
export function QueryGate<T>({
  query,
  children,
}: {
  query: UseQueryResult<T>;
  children: (data: T) => ReactNode;
}) {
  if (query.isPending) return <Loading />;
  if (query.isError) {
    // A malformed id in the address (400) is, to the user, the same as one that leads nowhere.
    if (isApiError(query.error) && (query.error.status === 404 || query.error.status === 400)) {
      return <NotFoundContent />;
    }
    if (isApiError(query.error) && query.error.status === 401) return <Loading />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  return <>{children(query.data)}</>;
}
