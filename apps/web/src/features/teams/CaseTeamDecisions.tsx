import { useTranslation } from 'react-i18next';
import { useCaseTeamDecisions } from '../../api/teams';
import { formatDate } from '../../i18n/format';
import { RecordView } from './RecordView';
import '../../styles/teams.css';

/**
 * The multi-agency team's decisions that landed in this case when the minutes were signed. Most cases
 * are never brought to a team: the panel shows only once there is a decision, rather than an empty
 * panel on every case; and not at all to those the server does not let read them.
 */
export function CaseTeamDecisions({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useCaseTeamDecisions(caseId);
  const decisions = query.data?.decisions ?? [];
  if (decisions.length === 0) return null;
  return (
    <section aria-labelledby="team-decisions-title" className="panel team-decisions">
      <h2 id="team-decisions-title">{t('teams.decisions.title')}</h2>
      <p>{t('teams.decisions.intro')}</p>
      <ul className="team-decision-list">
        {decisions.map((d) => (
          <li key={d.id} className="team-decision" aria-labelledby={`team-decision-${d.id}`}>
            <h3 id={`team-decision-${d.id}`}>
              {t('teams.decisions.itemTitle', { team: d.team, date: formatDate(d.meetingOn) })}
            </h3>
            <RecordView record={d.record} showDecided={false} />
            <p className="muted small">{t('teams.decisions.signedBy', { name: d.signedBy })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
