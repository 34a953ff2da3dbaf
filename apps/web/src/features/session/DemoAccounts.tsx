import type { SessionState } from '@verkosto/domain';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';

type Demo = NonNullable<SessionState['demo']>;

/** Shown only while the server runs with demo data: fictional people, a shared password. */
export function DemoAccounts({
  demo,
  onUse,
}: {
  demo: Demo;
  onUse: (username: string, password: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <section className="demo-accounts" aria-labelledby="demo-title">
      <h2 id="demo-title">{t('signIn.demo.title')}</h2>
      <div className="notice notice-info">
        <Icon name="info" />
        <div>
          <p>{t('signIn.demo.intro')}</p>
          <p>
            {t('signIn.demo.password')} <code className="demo-password">{demo.password}</code>
          </p>
        </div>
      </div>
      <div className="table-wrap">
        <table className="table table-compact">
          <caption className="visually-hidden">{t('signIn.demo.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('signIn.demo.name')}</th>
              <th scope="col">{t('signIn.demo.jobTitle')}</th>
              <th scope="col">{t('signIn.demo.unit')}</th>
              <th scope="col">{t('signIn.demo.role')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('signIn.demo.action')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {demo.accounts.map((account) => (
              <tr key={account.username}>
                <th scope="row">{account.displayName}</th>
                <td>{account.title}</td>
                <td>{account.unitName}</td>
                <td>{t(`enums.userRole.${account.role}`)}</td>
                <td className="cell-action">
                  <Button
                    className="button button-secondary button-small"
                    onPress={() => onUse(account.username, demo.password)}
                    aria-label={t('signIn.demo.useAccountFor', { name: account.displayName })}
                  >
                    {t('signIn.demo.useAccount')}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
