import type { TeamSummary } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useTeams } from '../../api/teams';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { CreateTeamDialog } from './CreateTeamDialog';
import { MembersByUnit } from './MembersByUnit';
import { useCadenceText } from './team-words';
import '../../styles/teams.css';

/** The multi-agency teams the worker belongs to: when each meets, who is in it, what waits on its agenda. */
export function TeamsPage() {
  const { t } = useTranslation();
  usePageTitle(t('teams.list.title'));
  const navigate = useNavigate();
  const query = useTeams();
  return (
    <article className="teams">
      <QueryGate query={query}>
        {(data) => (
          <>
            <div className="page-header">
              <div>
                <h1>{t('teams.list.title')}</h1>
                <p className="lead">{t('teams.list.intro')}</p>
              </div>
              {data.canCreate && (
                <div className="page-actions">
                  <CreateTeamDialog
                    onCreated={(team) => navigate(`/teams/${team.id}`, { state: { created: true } })}
                  />
                </div>
              )}
            </div>
            {data.teams.length === 0 ? (
              <p className="empty-state">{t('teams.list.empty')}</p>
            ) : (
              <ul className="team-list">
                {data.teams.map((team) => (
                  <TeamCard key={team.id} team={team} />
                ))}
              </ul>
            )}
          </>
        )}
      </QueryGate>
    </article>
  );
}

function TeamCard({ team }: { team: TeamSummary }) {
  const { t } = useTranslation();
  const cadence = useCadenceText();
  const headingId = `team-${team.id}`;
  return (
    <li className="team-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="team-card-title">
        <Link to={`/teams/${team.id}`}>{team.name}</Link>
      </h2>
      <dl className="facts">
        <div>
          <dt>{t('teams.cadenceLabel')}</dt>
          <dd>{cadence(team)}</dd>
        </div>
        <div>
          <dt>{t('teams.nextMeeting')}</dt>
          <dd>
            {team.nextMeeting ? (
              <Link to={`/team-meetings/${team.nextMeeting.id}`}>
                {t('teams.when', {
                  date: formatDate(team.nextMeeting.startsAt),
                  time: formatTime(team.nextMeeting.startsAt),
                })}
              </Link>
            ) : (
              t('teams.noNextMeeting')
            )}
          </dd>
        </div>
        <div>
          <dt>{t('teams.openItems')}</dt>
          <dd>{t('teams.openItemsValue', { count: team.openItems })}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('teams.members')}</dt>
          <dd>
            <MembersByUnit members={team.members} />
          </dd>
        </div>
      </dl>
    </li>
  );
}
