import {
  type CaseDetail,
  nextReferralOutStatuses,
  type ReferralOut,
  type ReferralOutStatus,
} from '@verkosto/domain';
import type { TFunction } from 'i18next';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReferralsOut } from '../../api/referrals-out';
import { Icon } from '../../components/Icon';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { formatDate, formatTime } from '../../i18n/format';
import { UrgencyBadge } from '../referrals/ReferralBits';
import { ReferralOutDialog } from './ReferralOutDialog';
import { referralOutStatusIcon } from './referral-out-draft';
import { StepForm } from './StepForm';
import '../../styles/referrals.css';
import '../../styles/referrals-out.css';

type Done =
  | { kind: 'sent'; target: string }
  | { kind: 'stepped' | 'reloaded'; target: string; status: ReferralOutStatus };

/** Where focus goes next: a referral's heading; `n` makes the same one count again. */
type FocusTo = { id: string; n: number };

const headingId = (id: string) => `referral-out-${id}`;

/**
 * Referrals out of the case (ohjaus) on the case page, each followed until its loop closes: to a
 * service of the directory, whose steps the worker records, or to another Verkosto unit, whose triage
 * moves it on. The case's own workers send and record; readers let in by a consent or a stated basis
 * only read.
 */
export function ReferralsOutPanel({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const query = useReferralsOut(detail.id);
  const [done, setDone] = useState<Done | null>(null);
  const [focusTo, setFocusTo] = useState<FocusTo | null>(null);

  // A recorded step replaces its form, or ends it when the loop closes: focus goes to the referral's
  // heading, where its new status is read next.
  useEffect(() => {
    if (focusTo) document.getElementById(headingId(focusTo.id))?.focus();
  }, [focusTo]);

  if (query.isError) return null;
  const data = query.data;

  const stepped = (kind: 'stepped' | 'reloaded', r: ReferralOut) => {
    setDone({ kind, target: r.target.name, status: r.status });
    setFocusTo((f) => ({ id: r.id, n: (f?.n ?? 0) + 1 }));
  };
  const reload = async (id: string) => {
    const latest = (await query.refetch()).data?.referrals.find((r) => r.id === id);
    if (latest) stepped('reloaded', latest);
  };

  return (
    <section aria-labelledby="referrals-out-heading" className="panel referrals-out">
      <div className="panel-header">
        <h2 id="referrals-out-heading">{t('referralsOut.title')}</h2>
        {data?.canEdit && (
          <div className="no-print">
            <ReferralOutDialog
              caseId={detail.id}
              ownUnitId={detail.unit.id}
              personal={detail.subject.person !== null}
              onSent={(sent) => setDone({ kind: 'sent', target: sent.target.name })}
            />
          </div>
        )}
      </div>
      <p className="referrals-out-intro">{t('referralsOut.intro')}</p>
      {data && !data.canEdit && <p className="muted">{t('referralsOut.readOnly')}</p>}
      <StatusMessage>{done ? doneText(t, done) : null}</StatusMessage>
      {!data ? (
        <Loading />
      ) : data.referrals.length === 0 ? (
        <p className="muted">{t('referralsOut.empty')}</p>
      ) : (
        <ul className="referrals-out-list" aria-label={t('referralsOut.listLabel')}>
          {data.referrals.map((r) => (
            <li key={r.id} className={`referral-out referral-out-${r.target.kind}`}>
              <ReferralOutFacts referral={r} />
              {data.canEdit && !r.followsUnit && nextReferralOutStatuses(r.status).length > 0 && (
                // Keyed by version: after a step, or the latest loaded, the form starts afresh.
                <StepForm
                  key={`${r.id}-${r.version}`}
                  caseId={detail.id}
                  referral={r}
                  onRecorded={(changed) => stepped('stepped', changed)}
                  onReload={() => reload(r.id)}
                />
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function doneText(t: TFunction, done: Done): string {
  switch (done.kind) {
    case 'sent':
      return t('referralsOut.send.done', { target: done.target });
    case 'stepped':
      return t('referralsOut.step.done', {
        target: done.target,
        status: t(`enums.referralOutStatus.${done.status}`),
      });
    case 'reloaded':
      return t('referralsOut.step.reloaded', {
        target: done.target,
        status: t(`enums.referralOutStatus.${done.status}`),
      });
    default: {
      const unreachable: never = done;
      return unreachable;
    }
  }
}

/** One referral in words: where to, why, how urgent, where it stands, and who sent it when. */
function ReferralOutFacts({ referral: r }: { referral: ReferralOut }) {
  const { t } = useTranslation();
  return (
    <>
      <div className="referral-out-head">
        <h3 id={headingId(r.id)} tabIndex={-1}>
          {r.target.name}
        </h3>
        <span className={`badge referral-out-kind-${r.target.kind}`}>
          {t(`referralsOut.kind.${r.target.kind}`)}
        </span>
      </div>
      <dl className="referral-out-facts">
        <div>
          <dt>{t('referrals.column.status')}</dt>
          <dd>
            <ReferralOutStatusBadge status={r.status} />
            {/* A unit's triage does not stamp the referral out: its time would be the sending's. */}
            {!r.followsUnit && (
              <span className="dd-detail">
                {t('referralsOut.statusChanged', {
                  date: formatDate(r.statusChangedAt),
                  time: formatTime(r.statusChangedAt),
                })}
              </span>
            )}
            {/* Said while the unit may still move it; once it closed, the status says all. */}
            {r.followsUnit && nextReferralOutStatuses(r.status).length > 0 && (
              <span className="dd-detail">{t('referralsOut.followsUnit')}</span>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.field.urgency')}</dt>
          <dd>
            <UrgencyBadge urgency={r.urgency} />
          </dd>
        </div>
        <div>
          <dt>{t('referralsOut.field.sentBy')}</dt>
          <dd>
            {t('referrals.decision.by', {
              name: r.sentBy,
              date: formatDate(r.sentAt),
              time: formatTime(r.sentAt),
            })}
          </dd>
        </div>
        <div className="referral-out-reason">
          <dt>{t('referralsOut.field.reason')}</dt>
          <dd className="prewrap">{r.reason}</dd>
        </div>
      </dl>
    </>
  );
}

/** Where the referral stands, in words, with a shape for the eye. */
function ReferralOutStatusBadge({ status }: { status: ReferralOutStatus }) {
  const { t } = useTranslation();
  return (
    <span className={`badge referral-out-status-${status}`}>
      <Icon name={referralOutStatusIcon(status)} />
      {t(`enums.referralOutStatus.${status}`)}
    </span>
  );
}
