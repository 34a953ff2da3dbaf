import type { ReferralView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useParams } from 'react-router';
import { useUnitReferrals } from '../../api/referrals';
import { NotFoundContent } from '../../components/NotFound';
import { fullName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../i18n/format';
import { useUser } from '../session/user-context';
import { UrgencyBadge } from './ReferralBits';
import { referralUnits, unitReferralsPath } from './referral-units';
import { WaitingList } from './WaitingList';
import '../../styles/referrals.css';

/**
 * A unit's referrals: those waiting for triage, and the waiting list of accepted ones with their
 * statutory clocks. Only the unit's own workers see it; the title names the kind of page only.
 */
export function UnitReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.unit.title'));
  const { unitId = '' } = useParams();
  const units = referralUnits(useUser());
  const unit = units.find((u) => u.id === unitId);
  const query = useUnitReferrals(unitId, Boolean(unit));

  // Others get 404 from the server too; asking would only log a refusal.
  if (!unit) return <NotFoundContent />;

  return (
    <article className="referrals">
      <div className="page-header">
        <div>
          <p className="eyebrow">{unit.name}</p>
          <h1>{t('referrals.unit.title')}</h1>
          <p className="lead">{t('referrals.unit.intro')}</p>
        </div>
      </div>
      {units.length > 1 && (
        <nav aria-label={t('referrals.unit.otherUnits')} className="referral-units">
          <ul>
            {units.map((u) => (
              <li key={u.id}>
                <NavLink to={unitReferralsPath(u.id)}>{u.name}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <QueryGate query={query}>
        {(data) => (
          <>
            <Inbox rows={data.inbox} />
            <WaitingList data={data} />
          </>
        )}
      </QueryGate>
    </article>
  );
}

/** Referrals not yet triaged, each leading to its triage page; the oldest wait is read from the dates. */
function Inbox({ rows }: { rows: readonly ReferralView[] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="inbox-heading" className="panel">
      <h2 id="inbox-heading">{t('referrals.inbox.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('referrals.inbox.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact referral-table">
            <caption className="visually-hidden">{t('referrals.inbox.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('referrals.column.child')}</th>
                <th scope="col">{t('referrals.column.source')}</th>
                <th scope="col">{t('referrals.column.urgency')}</th>
                <th scope="col">{t('referrals.column.received')}</th>
                <th scope="col">{t('referrals.column.waited')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.id}>
                  <th scope="row">
                    <Link to={`/referrals/${r.id}`} className="cell-link">
                      {fullName({ firstNames: r.childFirstNames, lastName: r.childLastName })}
                    </Link>
                    <span className="cell-detail">
                      {t('referrals.bornOn', { date: formatDate(r.childDateOfBirth) })}
                    </span>
                  </th>
                  <td>
                    {t(`enums.referralSource.${r.source}`)}
                    <span className="cell-detail">{r.referrer}</span>
                  </td>
                  <td>
                    <UrgencyBadge urgency={r.urgency} />
                  </td>
                  <td className="cell-nowrap">{formatDate(r.receivedOn)}</td>
                  <td className="cell-nowrap">
                    {t('referrals.workingDays', { count: r.waitedWorkingDays })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
