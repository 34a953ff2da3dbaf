import type { TeamConcerns } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useTeamConcerns } from '../../api/concerns';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { ZoneBadge } from '../concerns/ZoneBadge';
import { useUser } from '../session/user-context';
import { CasesWithoutWorker } from './CasesWithoutWorker';
import '../../styles/concerns.css';

/**
 * A team lead's follow-up of their units: zone-4 flags whose record is not complete, concern
 * follow-ups past their date, and cases whose responsible worker can no longer sign in. Each row
 * leads to the case; the title names the kind of page only.
 */
export function TeamPage() {
  const { t } = useTranslation();
  usePageTitle(t('team.title'));
  const isLead = useUser().role === 'team_lead';
  const query = useTeamConcerns(isLead);

  // Others get 404 from the server too; asking would only log a refusal.
  if (!isLead) return <NotFoundContent />;

  return (
    <article className="team">
      <div className="page-header">
        <div>
          <h1>{t('team.title')}</h1>
          <p className="lead">{t('team.intro')}</p>
        </div>
      </div>
      <p className="muted small">
        <Icon name="info" /> {t('team.logged')}
      </p>
      <QueryGate query={query}>
        {(data) => (
          <>
            <OpenUrgent rows={data.openUrgent} />
            <OverdueFollowUps rows={data.overdueFollowUps} />
          </>
        )}
      </QueryGate>
      <CasesWithoutWorker />
    </article>
  );
}

function OpenUrgent({ rows }: { rows: TeamConcerns['openUrgent'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-urgent" className="section">
      <h2 id="team-urgent">{t('team.urgent.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('team.urgent.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact team-table">
            <caption className="visually-hidden">{t('team.urgent.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.client')}</th>
                <th scope="col">{t('team.unit')}</th>
                <th scope="col">{t('team.urgent.recordedAt')}</th>
                <th scope="col">{t('team.urgent.recordedBy')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.assessmentId}>
                  <th scope="row">
                    <Link to={`/cases/${r.caseId}`} className="cell-link">
                      {r.client}
                    </Link>
                    <span className="cell-detail">
                      <span className="badge badge-urgent-open">
                        <Icon name="alert" />
                        {t('concerns.latest.urgentOpen')}
                      </span>
                    </span>
                  </th>
                  <td>{r.unit}</td>
                  <td className="cell-nowrap">
                    {t('concerns.when', { date: formatDate(r.recordedAt), time: formatTime(r.recordedAt) })}
                  </td>
                  <td>{r.recordedBy}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

function OverdueFollowUps({ rows }: { rows: TeamConcerns['overdueFollowUps'] }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="team-follow-ups" className="section">
      <h2 id="team-follow-ups">{t('team.followUps.title')}</h2>
      {rows.length === 0 ? (
        <p className="muted">{t('team.followUps.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact team-table">
            <caption className="visually-hidden">{t('team.followUps.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('team.client')}</th>
                <th scope="col">{t('team.unit')}</th>
                <th scope="col">{t('team.followUps.rater')}</th>
                <th scope="col">{t('team.followUps.zone')}</th>
                <th scope="col">{t('team.followUps.followUpOn')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.assessmentId}>
                  <th scope="row">
                    <Link to={`/cases/${r.caseId}`} className="cell-link">
                      {r.client}
                    </Link>
                  </th>
                  <td>{r.unit}</td>
                  <td>
                    {r.raterLabel}
                    <span className="cell-detail">{t(`enums.concernPerspective.${r.perspective}`)}</span>
                  </td>
                  <td>
                    <ZoneBadge zone={r.zone} />
                  </td>
                  <td className="cell-nowrap">{formatDate(r.followUpOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
