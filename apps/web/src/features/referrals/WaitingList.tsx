import type { UnitReferrals } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';
import { clockIcon, useClockLabel } from '../process/ClockTable';
import { UrgencyBadge } from './ReferralBits';
import '../../styles/process.css';

type Row = UnitReferrals['waitingList'][number];
type Clock = Row['clocks'][number];

/**
 * The unit's waiting list in the order the rule on the page states: each client with their place,
 * how long they have waited in working days, the statutory clocks of their case and the worker.
 */
export function WaitingList({ data }: { data: UnitReferrals }) {
  const { t } = useTranslation();
  const rows = data.waitingList;
  return (
    <section aria-labelledby="queue-heading" className="panel">
      <h2 id="queue-heading">{t('referrals.queue.title')}</h2>
      <p className="referral-rule">
        <Icon name="info" /> {t('referrals.queue.rule')}
      </p>
      <p>
        {data.medianWaitDays === null
          ? t('referrals.queue.medianNone')
          : t('referrals.queue.median', { count: Math.round(data.medianWaitDays) })}
      </p>
      {rows.length === 0 ? (
        <p className="muted">{t('referrals.queue.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact referral-table">
            <caption className="visually-hidden">
              {t('referrals.queue.caption', { unit: data.unit.name })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('referrals.column.position')}</th>
                <th scope="col">{t('referrals.column.client')}</th>
                <th scope="col">{t('referrals.column.urgency')}</th>
                <th scope="col">{t('referrals.column.received')}</th>
                <th scope="col">{t('referrals.column.waited')}</th>
                <th scope="col">{t('referrals.column.clocks')}</th>
                <th scope="col">{t('referrals.column.worker')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.referralId}>
                  <td className="queue-position">{r.position}</td>
                  <th scope="row">
                    <Link to={`/cases/${r.caseId}`} className="cell-link">
                      {r.client}
                    </Link>
                    <span className="cell-detail">{t(`enums.casePhase.${r.phase}`)}</span>
                  </th>
                  <td>
                    <UrgencyBadge urgency={r.urgency} />
                  </td>
                  <td className="cell-nowrap">{formatDate(r.receivedOn)}</td>
                  <td className="cell-nowrap">
                    {t('referrals.workingDays', { count: r.waitedWorkingDays })}
                  </td>
                  <td>
                    <Clocks clocks={r.clocks} />
                  </td>
                  <td>{r.responsibleWorker}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** Each clock by name, its deadline and where it stands in words: running, near or overdue. */
function Clocks({ clocks }: { clocks: readonly Clock[] }) {
  const { t } = useTranslation();
  const labelOf = useClockLabel();
  if (clocks.length === 0) return <span className="muted">{t('referrals.queue.noClocks')}</span>;
  return (
    <ul className="queue-clocks">
      {clocks.map((clock) => (
        <li key={clock.key}>
          <span className="queue-clock-name">{labelOf(clock)}</span>
          <span className="cell-detail">
            {t('referrals.queue.deadline', { date: formatDate(clock.deadline) })}
          </span>
          <span className={`badge clock-${clock.state}`}>
            <Icon name={clockIcon(clock.state)} />
            {t(`process.clockState.${clock.state}`)}
          </span>
          <ClockLeft clock={clock} />
        </li>
      ))}
    </ul>
  );
}

/** What is left of a running clock, or by how much an open one is late; nothing once met. */
function ClockLeft({ clock }: { clock: Clock }) {
  const { t } = useTranslation();
  const days = clock.workingDaysLeft;
  if (days === null) return null;
  switch (clock.state) {
    case 'running':
    case 'near':
      return <span className="cell-detail">{t('process.clocks.left', { count: days })}</span>;
    case 'overdue':
      return <span className="cell-detail">{t('process.clocks.late', { count: Math.abs(days) })}</span>;
    case 'met':
    case 'met_late':
      return null;
    default: {
      const unreachable: never = clock.state;
      return unreachable;
    }
  }
}
