import type { ReferralStatus, ReferralView } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useReferral } from '../../api/referrals';
import { BackLink } from '../../components/BackLink';
import { fullName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { AcceptDialog } from './AcceptDialog';
import { DeclineDialog } from './DeclineDialog';
import { type ChosenPerson, DuplicateCheck } from './DuplicateCheck';
import { RedirectDialog } from './RedirectDialog';
import { ReferralStatusBadge, UrgencyBadge } from './ReferralBits';
import { ReferralDecision, ReferralFacts } from './ReferralFacts';
import { unitReferralsPath } from './referral-units';
import '../../styles/referrals.css';

/** One referral as the receiving unit triages it: what was written, who the child is, and the decision. */
export function ReferralPage() {
  const { t } = useTranslation();
  // The title names the kind of page only: browsers keep titles in their history.
  usePageTitle(t('referrals.triage.title'));
  const { referralId } = useParams();
  const query = useReferral(referralId);
  return (
    <QueryGate query={query}>
      {(referral) => <ReferralPageView referral={referral} onReload={() => query.refetch()} />}
    </QueryGate>
  );
}

function ReferralPageView({
  referral,
  onReload,
}: {
  referral: ReferralView;
  onReload: () => Promise<unknown>;
}) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [chosen, setChosen] = useState<ChosenPerson | null>(null);
  const [done, setDone] = useState<ReferralStatus | null>(null);
  const triaging = referral.status === 'received' && referral.canTriage;

  // The dialog and the buttons that opened it are gone once decided: focus goes to the heading, and
  // the page is read again from the top with the decision.
  useEffect(() => {
    if (done) headingRef.current?.focus();
  }, [done]);

  const child = fullName({ firstNames: referral.childFirstNames, lastName: referral.childLastName });
  const decided = (view: ReferralView) => setDone(view.status);

  return (
    <article className="referral-page">
      <BackLink to={unitReferralsPath(referral.targetUnit.id)}>
        {t('referrals.triage.back', { unit: referral.targetUnit.name })}
      </BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">{t('referrals.triage.eyebrow', { unit: referral.targetUnit.name })}</p>
          <h1 ref={headingRef} tabIndex={-1}>
            {child}
          </h1>
          <p className="header-meta">
            <ReferralStatusBadge status={referral.status} />
            <UrgencyBadge urgency={referral.urgency} />
          </p>
        </div>
      </div>
      <StatusMessage>{done ? <DoneText status={done} /> : null}</StatusMessage>
      <ReferralFacts referral={referral} />
      {triaging ? (
        <>
          <DuplicateCheck referral={referral} chosen={chosen} onChoose={setChosen} />
          <section aria-labelledby="triage-heading" className="panel">
            <h2 id="triage-heading">{t('referrals.triage.heading')}</h2>
            <p>{t('referrals.triage.intro')}</p>
            {!chosen && <p className="muted">{t('referrals.triage.chooseFirst')}</p>}
            <div className="page-actions">
              {chosen && (
                <AcceptDialog referral={referral} person={chosen} onDecided={decided} onReload={onReload} />
              )}
              <RedirectDialog referral={referral} onDecided={decided} onReload={onReload} />
              <DeclineDialog referral={referral} onDecided={decided} onReload={onReload} />
            </div>
          </section>
        </>
      ) : (
        <ReferralDecision referral={referral} />
      )}
    </article>
  );
}

/** What was just decided, in a sentence for the status region. */
function DoneText({ status }: { status: ReferralStatus }) {
  const { t } = useTranslation();
  switch (status) {
    case 'waiting':
    case 'started':
      return <>{t('referrals.done.accepted')}</>;
    case 'redirected':
      return <>{t('referrals.done.redirected')}</>;
    case 'declined':
      return <>{t('referrals.done.declined')}</>;
    case 'received':
      // Still untriaged: the decision did not take; nothing to announce.
      return null;
    default: {
      const unreachable: never = status;
      return unreachable;
    }
  }
}
