import type { ReferralView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { formatDate, formatTime } from '../../i18n/format';
import { ReferralStatusBadge, UrgencyBadge } from './ReferralBits';

/** Everything the sender wrote, as they wrote it. */
export function ReferralFacts({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.notRecorded')}</span>;
  return (
    <section aria-labelledby="referral-facts-heading" className="panel">
      <h2 id="referral-facts-heading">{t('referrals.facts.title')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('referrals.facts.child')}</dt>
          <dd>
            {r.childFirstNames} {r.childLastName}
            <span className="dd-detail">
              {t('referrals.bornOn', { date: formatDate(r.childDateOfBirth) })}
            </span>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.facts.guardian')}</dt>
          <dd>
            {r.guardianName ?? none}
            {r.guardianPhone && <span className="dd-detail">{r.guardianPhone}</span>}
          </dd>
        </div>
        <div>
          <dt>{t('referrals.facts.from')}</dt>
          <dd>
            {r.referrer}
            <span className="dd-detail">{t(`enums.referralSource.${r.source}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('referrals.facts.received')}</dt>
          <dd>{formatDate(r.receivedOn)}</dd>
        </div>
        <div>
          <dt>{t('referrals.field.urgency')}</dt>
          <dd>
            <UrgencyBadge urgency={r.urgency} />
          </dd>
        </div>
        <div>
          <dt>{t('referrals.facts.consent')}</dt>
          <dd>
            {r.contactConsent ? (
              t('referrals.facts.consentGiven')
            ) : (
              <span className="referral-no-consent">
                <Icon name="alert" />
                {t('referrals.facts.consentMissing')}
              </span>
            )}
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('referrals.field.reason')}</dt>
          <dd className="prewrap">{r.reason}</dd>
        </div>
      </dl>
    </section>
  );
}

/** What the unit decided, by whom and when; after an acceptance, the way to the new case. */
export function ReferralDecision({ referral: r }: { referral: ReferralView }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="referral-decision-heading" className="panel">
      <h2 id="referral-decision-heading">{t('referrals.decision.title')}</h2>
      <p className="header-meta">
        <ReferralStatusBadge status={r.status} />
        {r.decidedBy && r.decidedAt && (
          <span>
            {t('referrals.decision.by', {
              name: r.decidedBy,
              date: formatDate(r.decidedAt),
              time: formatTime(r.decidedAt),
            })}
          </span>
        )}
      </p>
      {r.redirectedTo && <p>{t('referrals.decision.redirectedTo', { to: r.redirectedTo })}</p>}
      {r.declineReason && (
        <>
          <h3>{t('referrals.decision.declineReason')}</h3>
          <p className="prewrap">{r.declineReason}</p>
        </>
      )}
      {r.messageToReferrer && (
        <>
          <h3>{t('referrals.decision.message')}</h3>
          <p className="prewrap">{r.messageToReferrer}</p>
        </>
      )}
      {r.caseId && (
        <p>
          <Link to={`/cases/${r.caseId}`} className="button button-secondary">
            {t('referrals.decision.openCase')}
          </Link>
        </p>
      )}
    </section>
  );
}
