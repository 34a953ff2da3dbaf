import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePageTitle } from './usePageTitle';

/** One text for "does not exist" and "not yours to see", by design: the answer reveals nothing. */
export function NotFoundContent() {
  const { t } = useTranslation();
  usePageTitle(t('notFound.title'));
  return (
    <section className="page-narrow">
      <h1>{t('notFound.title')}</h1>
      <p className="lead">{t('notFound.body')}</p>
      <p>{t('notFound.hint')}</p>
      <p>
        <Link to="/cases">{t('notFound.toMyCases')}</Link>
      </p>
    </section>
  );
}

export function NotFoundPage() {
  return <NotFoundContent />;
}
