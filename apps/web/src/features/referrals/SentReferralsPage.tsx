import type { SentReferral } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { useSentReferrals } from '../../api/referrals';
import { Icon } from '../../components/Icon';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../i18n/format';
import { ClientWorkOnly } from '../session/ClientWorkOnly';
import { handlesClients, useUser } from '../session/user-context';
import { ReferralStatusBadge, UrgencyBadge } from './ReferralBits';
import { sentFlash } from './referral-draft';
import '../../styles/referrals.css';

/** The sender's own referrals: where each stands, and what the receiving unit told them. */
export function SentReferralsPage() {
  const { t } = useTranslation();
  usePageTitle(t('referrals.sent.title'));
  const location = useLocation();
  const [sentTo] = useState(() => sentFlash(location.state));
  const works = handlesClients(useUser());
  const query = useSentReferrals(works);
  if (!works) return <ClientWorkOnly title={t('referrals.sent.title')} />;

  return (
    <article className="referrals">
      <div className="page-header">
        <div>
          <h1>{t('referrals.sent.title')}</h1>
          <p className="lead">{t('referrals.sent.intro')}</p>
        </div>
        <div className="page-actions">
          <Link to="/referrals/new" className="button button-primary">
            <Icon name="plus" />
            {t('referrals.send.title')}
          </Link>
        </div>
      </div>
      <StatusMessage>{sentTo ? t('referrals.sent.done', { unit: sentTo }) : null}</StatusMessage>
      <QueryGate query={query}>
        {(data) =>
          data.referrals.length === 0 ? (
            <p className="muted">{t('referrals.sent.empty')}</p>
          ) : (
            <SentTable rows={data.referrals} />
          )
        }
      </QueryGate>
    </article>
  );
}

function SentTable({ rows }: { rows: readonly SentReferral[] }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact referral-table">
        <caption className="visually-hidden">{t('referrals.sent.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.column.child')}</th>
            <th scope="col">{t('referrals.column.unit')}</th>
            <th scope="col">{t('referrals.column.urgency')}</th>
            <th scope="col">{t('referrals.column.received')}</th>
            <th scope="col">{t('referrals.column.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.child}</th>
              <td>{r.targetUnit}</td>
              <td>
                <UrgencyBadge urgency={r.urgency} />
              </td>
              <td className="cell-nowrap">{formatDate(r.receivedOn)}</td>
              <td>
                <ReferralStatusBadge status={r.status} />
                <StatusDetail referral={r} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** What the status means for the sender: the place in the queue, or what the unit answered. */
function StatusDetail({ referral: r }: { referral: SentReferral }) {
  const { t } = useTranslation();
  const lines: string[] = [];
  switch (r.status) {
    case 'received':
      lines.push(t('referrals.sent.detail.received'));
      break;
    case 'waiting':
      if (r.position !== null) {
        lines.push(
          r.expectedWaitDays === null
            ? t('referrals.sent.detail.position', { position: r.position })
            : t('referrals.sent.detail.positionAndWait', {
                position: r.position,
                count: Math.round(r.expectedWaitDays),
              }),
        );
      }
      break;
    case 'started':
      lines.push(t('referrals.sent.detail.started'));
      break;
    case 'redirected':
      if (r.redirectedTo) lines.push(t('referrals.sent.detail.redirectedTo', { to: r.redirectedTo }));
      break;
    case 'declined':
      if (r.declineReason) lines.push(t('referrals.sent.detail.declineReason', { reason: r.declineReason }));
      break;
    default: {
      const unreachable: never = r.status;
      return unreachable;
    }
  }
  if (r.messageToReferrer) lines.push(t('referrals.sent.detail.message', { message: r.messageToReferrer }));
  return (
    <>
      {lines.map((line) => (
        <span key={line} className="cell-detail prewrap">
          {line}
        </span>
      ))}
    </>
  );
}
