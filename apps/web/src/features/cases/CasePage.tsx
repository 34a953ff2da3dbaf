import type { CaseDetail } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { useCase } from '../../api/cases';
import { BackLink } from '../../components/BackLink';
import { fullName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { StatusBadge } from '../../components/StatusBadge';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../i18n/format';
import { ConcernPanel } from '../concerns/ConcernPanel';
import { ConcernSummary } from '../concerns/ConcernSummary';
import { ConsentPanel } from '../consents/ConsentPanel';
import { MeetingsPanel } from '../meetings/MeetingsPanel';
import { NetworkPanel } from '../network/NetworkPanel';
import { PlanPanel } from '../plans/PlanPanel';
import { ProcessPanel } from '../process/ProcessPanel';
import { ReferralsOutPanel } from '../referrals-out/ReferralsOutPanel';
import { ResourcesPanel } from '../resources/ResourcesPanel';
import { SummariesPanel } from '../summaries/SummariesPanel';
import { CaseTeamDecisions } from '../teams/CaseTeamDecisions';
import { TimelinePanel } from '../timeline/TimelinePanel';
import { AccessBasisNote, readOnlyForMe } from './AccessBasisNote';
import { CloseCaseDialog } from './CloseCaseDialog';

function createdFlash(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state;
}

export function CasePage() {
  const { t } = useTranslation();
  usePageTitle(t('cases.detail.title'));
  const { caseId } = useParams();
  const query = useCase(caseId);
  return (
    <QueryGate query={query}>
      {(detail) => <CaseView detail={detail} onReload={async () => (await query.refetch()).data} />}
    </QueryGate>
  );
}

function Worker({ worker }: { worker: CaseDetail['responsibleWorker'] }) {
  return (
    <>
      {worker.displayName}
      <span className="dd-detail">{worker.title}</span>
    </>
  );
}

function CaseView({
  detail,
  onReload,
}: {
  detail: CaseDetail;
  onReload: () => Promise<CaseDetail | undefined>;
}) {
  const { t } = useTranslation();
  const location = useLocation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [closedNow, setClosedNow] = useState(false);
  const { person, family } = detail.subject;
  const heading = person ? fullName(person) : (family?.name ?? t('cases.noClient'));
  // Opened by a consent or a stated legal basis: another unit's records, to read only.
  const sharedWithMe = readOnlyForMe(detail);

  // The close button is gone once the case is closed: focus goes to the heading, where the page starts.
  useEffect(() => {
    if (closedNow) headingRef.current?.focus();
  }, [closedNow]);

  const status = closedNow
    ? t('cases.close.done')
    : createdFlash(location.state)
      ? t('cases.create.done')
      : null;

  return (
    <article className="case">
      <BackLink to="/cases">{t('cases.mine.title')}</BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">
            {t('cases.detail.eyebrow', { serviceType: t(`enums.serviceType.${detail.serviceType}`) })}
          </p>
          <h1 ref={headingRef} tabIndex={-1}>
            {heading}
          </h1>
          <p className="header-meta">
            <StatusBadge status={detail.status} />
            <span>
              {t('cases.detail.phase')}: {t(`enums.casePhase.${detail.phase}`)}
            </span>
          </p>
        </div>
        {detail.status === 'open' && !sharedWithMe && (
          <div className="page-actions">
            <CloseCaseDialog detail={detail} onReload={onReload} onClosed={() => setClosedNow(true)} />
          </div>
        )}
      </div>
      <StatusMessage>{status}</StatusMessage>
      {/* A reader let in by a consent or a stated basis is told so first: the records are another unit's. */}
      {sharedWithMe && <AccessBasisNote detail={detail} />}

      <section aria-labelledby="case-facts" className="panel">
        <h2 id="case-facts">{t('cases.detail.facts')}</h2>
        <dl className="facts">
          {person && (
            <div>
              <dt>{t('cases.detail.person')}</dt>
              <dd>
                <Link to={`/persons/${person.id}`}>{fullName(person)}</Link>
                <span className="dd-detail">
                  {t('persons.detail.bornOn', { date: formatDate(person.dateOfBirth) })}
                </span>
              </dd>
            </div>
          )}
          {family && (
            <div>
              <dt>{t('cases.detail.family')}</dt>
              <dd>
                <Link to={`/families/${family.id}`}>{family.name}</Link>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('cases.detail.unit')}</dt>
            <dd>
              {detail.unit.name}
              <span className="dd-detail">{detail.organisation.name}</span>
            </dd>
          </div>
          <div>
            <dt>{t('cases.detail.register')}</dt>
            <dd>{detail.register ? t(`enums.register.${detail.register}`) : t('cases.detail.noRegister')}</dd>
          </div>
          <div>
            <dt>{t('cases.detail.serviceType')}</dt>
            <dd>{t(`enums.serviceType.${detail.serviceType}`)}</dd>
          </div>
          <div>
            <dt>{t('cases.detail.responsibleWorker')}</dt>
            <dd>
              <Worker worker={detail.responsibleWorker} />
            </dd>
          </div>
          <div>
            <dt>{t('cases.detail.pairWorker')}</dt>
            <dd>
              {detail.pairWorker ? <Worker worker={detail.pairWorker} /> : t('cases.detail.noPairWorker')}
            </dd>
          </div>
          <div>
            <dt>{t('cases.detail.purchaser')}</dt>
            <dd>{detail.purchaser ? detail.purchaser.name : t('cases.detail.noPurchaser')}</dd>
          </div>
          <div>
            <dt>{t('cases.detail.openedOn')}</dt>
            <dd>{formatDate(detail.openedOn)}</dd>
          </div>
          {detail.closedOn && (
            <div>
              <dt>{t('cases.detail.closedOn')}</dt>
              <dd>
                {formatDate(detail.closedOn)}
                {detail.closingReason && (
                  <span className="dd-detail">{t(`enums.closingReason.${detail.closingReason}`)}</span>
                )}
              </dd>
            </div>
          )}
          {detail.closingNote && (
            <div className="facts-wide">
              <dt>{t('cases.detail.closingNote')}</dt>
              <dd className="prewrap">{detail.closingNote}</dd>
            </div>
          )}
          <ConcernSummary caseId={detail.id} />
        </dl>
      </section>
      <ProcessPanel caseId={detail.id} />
      <NetworkPanel caseId={detail.id} statedBasis={detail.accessBasis === 'stated_legal_basis'} />
      <ConcernPanel caseId={detail.id} />
      <TimelinePanel caseId={detail.id} bornOn={person?.dateOfBirth ?? null} />
      <ResourcesPanel caseId={detail.id} />
      <ReferralsOutPanel detail={detail} />
      <PlanPanel caseId={detail.id} />
      <MeetingsPanel
        caseId={detail.id}
        caseOpen={detail.status === 'open'}
        defaultWorkers={{ responsible: detail.responsibleWorker.id, pair: detail.pairWorker?.id ?? null }}
      />
      <CaseTeamDecisions caseId={detail.id} />
      <SummariesPanel
        caseId={detail.id}
        openedOn={detail.openedOn}
        purchaser={detail.purchaser?.name ?? null}
      />
      {!sharedWithMe && <ConsentPanel caseId={detail.id} caseOpen={detail.status === 'open'} />}
      {!sharedWithMe && <AccessBasisNote detail={detail} />}
    </article>
  );
}
