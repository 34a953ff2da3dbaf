import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { AppShell } from '../components/AppShell';
import { Icon } from '../components/Icon';
import { usePageTitle } from '../components/usePageTitle';

/** When a page's code cannot be loaded or a page breaks: say so plainly and offer a reload. */
export function RouteError() {
  const { t } = useTranslation();
  usePageTitle(t('routeError.title'));
  return (
    <AppShell user={null} showNav={false}>
      <section className="page-narrow">
        <h1>{t('routeError.title')}</h1>
        <div className="notice notice-error" role="alert">
          <Icon name="alert" />
          <p>{t('routeError.body')}</p>
        </div>
        <Button className="button button-primary" onPress={() => window.location.reload()}>
          {t('routeError.reload')}
        </Button>
      </section>
    </AppShell>
  );
}
