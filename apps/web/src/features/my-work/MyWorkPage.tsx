import type { MyWork } from '@verkosto/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyWork } from '../../api/my-work';
import { Icon } from '../../components/Icon';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime, todayIso } from '../../i18n/format';
import { ClientWorkOnly } from '../session/ClientWorkOnly';
import { handlesClients, useUser } from '../session/user-context';

/**
 * The worker's own page: meetings coming up, actions past their date, plans due for re-evaluation,
 * concern ratings whose follow-up date has come, and summaries due.
 */
export function MyWorkPage() {
  const { t } = useTranslation();
  usePageTitle(t('myWork.title'));
  const works = handlesClients(useUser());
  const query = useMyWork(works);
  if (!works) return <ClientWorkOnly title={t('myWork.title')} />;

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('myWork.title')}</h1>
          <p className="lead">{t('myWork.intro')}</p>
        </div>
      </div>
      <QueryGate query={query}>
        {(work) => (
          <div className="my-work">
            <Meetings rows={work.upcomingMeetings} />
            <OverdueActions rows={work.overdueActions} />
            <Reevaluations rows={work.plansToReevaluate} />
            <FollowUps rows={work.followUpsDue} />
            <SummariesDue rows={work.summariesDue} />
          </div>
        )}
      </QueryGate>
    </>
  );
}

function Part({
  id,
  title,
  empty,
  children,
}: {
  id: string;
  title: string;
  empty: string | null;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="panel my-work-part">
      <h2 id={id}>{title}</h2>
      {empty ? <p className="muted">{empty}</p> : children}
    </section>
  );
}

/** The client's name leads to the case; names never go into the address, only the case's id. */
function CaseCell({ row }: { row: { caseId: string; client: string; unit: string } }) {
  return (
    <th scope="row">
      <Link to={`/cases/${row.caseId}`} className="cell-link">
        {row.client}
      </Link>
      <span className="cell-detail">{row.unit}</span>
    </th>
  );
}

function Meetings({ rows }: { rows: MyWork['upcomingMeetings'] }) {
  const { t } = useTranslation();
  return (
    <Part
      id="my-work-meetings"
      title={t('myWork.meetings.title')}
      empty={rows.length ? null : t('myWork.meetings.empty')}
    >
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('myWork.meetings.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myWork.client')}</th>
              <th scope="col">{t('myWork.meetings.when')}</th>
              <th scope="col">{t('myWork.meetings.type')}</th>
              <th scope="col">{t('myWork.meetings.setting')}</th>
              <th scope="col">{t('myWork.meetings.pair')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('myWork.meetings.open')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((m) => (
              <tr key={m.meetingId}>
                <CaseCell row={m} />
                <td className="cell-nowrap">
                  {t('myWork.meetings.at', { date: formatDate(m.startsAt), time: formatTime(m.startsAt) })}
                </td>
                <td>{t(`enums.meetingType.${m.type}`)}</td>
                <td>{t(`enums.meetingSetting.${m.setting}`)}</td>
                <td>{m.pairWorker ?? t('myWork.meetings.alone')}</td>
                <td className="cell-action">
                  <Link
                    to={`/meetings/${m.meetingId}`}
                    aria-label={t('myWork.meetings.openFor', {
                      date: formatDate(m.startsAt),
                      time: formatTime(m.startsAt),
                    })}
                  >
                    {t('myWork.meetings.open')}
                  </Link>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Part>
  );
}

function OverdueActions({ rows }: { rows: MyWork['overdueActions'] }) {
  const { t } = useTranslation();
  return (
    <Part
      id="my-work-actions"
      title={t('myWork.actions.title')}
      empty={rows.length ? null : t('myWork.actions.empty')}
    >
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('myWork.actions.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myWork.client')}</th>
              <th scope="col">{t('plans.editor.what')}</th>
              <th scope="col">{t('plans.editor.owner')}</th>
              <th scope="col">{t('plans.editor.dueOn')}</th>
              <th scope="col">{t('plans.editor.status')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((a, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: actions carry no id here; the list is replaced whole
              <tr key={i}>
                <CaseCell row={a} />
                <td className="prewrap">{a.what}</td>
                <td>{a.owner}</td>
                <td className="cell-nowrap">
                  {formatDate(a.dueOn)}
                  <span className="plan-late">
                    <Icon name="alert" />
                    {t('plans.view.overdue')}
                  </span>
                </td>
                <td>{t(`enums.actionStatus.${a.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Part>
  );
}

function Reevaluations({ rows }: { rows: MyWork['plansToReevaluate'] }) {
  const { t } = useTranslation();
  return (
    <Part
      id="my-work-plans"
      title={t('myWork.plans.title')}
      empty={rows.length ? null : t('myWork.plans.empty')}
    >
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('myWork.plans.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myWork.client')}</th>
              <th scope="col">{t('plans.editor.reevaluationOn')}</th>
              <th scope="col">{t('plans.meta.version')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((p) => (
              <tr key={p.caseId}>
                <CaseCell row={p} />
                <td className="cell-nowrap">{formatDate(p.reevaluationOn)}</td>
                <td>{p.versionNo}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Part>
  );
}

function FollowUps({ rows }: { rows: MyWork['followUpsDue'] }) {
  const { t } = useTranslation();
  return (
    <Part
      id="my-work-follow-ups"
      title={t('myWork.followUps.title')}
      empty={rows.length ? null : t('myWork.followUps.empty')}
    >
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('myWork.followUps.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myWork.client')}</th>
              <th scope="col">{t('myWork.followUps.rater')}</th>
              <th scope="col">{t('myWork.followUps.zone')}</th>
              <th scope="col">{t('myWork.followUps.due')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.assessmentId}>
                <CaseCell row={f} />
                <td>
                  {f.raterLabel}
                  <span className="cell-detail">{t(`enums.concernPerspective.${f.perspective}`)}</span>
                </td>
                <td>{t(`enums.concernZone.${f.zone}`)}</td>
                <td className="cell-nowrap">{formatDate(f.followUpOn)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Part>
  );
}

/** Period summaries coming due or late, and final evaluations of cases that are closing (no date: now). */
function SummariesDue({ rows }: { rows: MyWork['summariesDue'] }) {
  const { t } = useTranslation();
  return (
    <Part
      id="my-work-summaries"
      title={t('myWork.summaries.title')}
      empty={rows.length ? null : t('myWork.summaries.empty')}
    >
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{t('myWork.summaries.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('myWork.client')}</th>
              <th scope="col">{t('myWork.summaries.kind')}</th>
              <th scope="col">{t('myWork.summaries.due')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((s) => (
              <tr key={`${s.caseId}-${s.kind}`}>
                <CaseCell row={s} />
                <td>{t(`enums.summaryKind.${s.kind}`)}</td>
                <td className="cell-nowrap">
                  {s.dueOn ? formatDate(s.dueOn) : t('myWork.summaries.caseClosing')}
                  {s.dueOn && s.dueOn < todayIso() && (
                    <span className="plan-late">
                      <Icon name="alert" />
                      {t('myWork.summaries.late')}
                    </span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Part>
  );
}
