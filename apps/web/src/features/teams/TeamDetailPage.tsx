import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamDetail } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { planTeamMeetings, teamKey, teamsKey, useTeam } from '../../api/teams';
import { BackLink } from '../../components/BackLink';
import { SelectInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { AgendaItemFacts, useItemTitle } from './AgendaItemFacts';
import { BringClientDialog } from './BringClientDialog';
import { MembersByUnit } from './MembersByUnit';
import { TeamMeetingStatusBadge } from './TeamBadges';
import { useCadenceText } from './team-words';
import '../../styles/teams.css';

type Done = 'created' | 'planned' | 'added';

function createdFlash(state: unknown): boolean {
  return typeof state === 'object' && state !== null && 'created' in state;
}

/** A team's own page: its members, its meetings, and the rolling agenda of clients brought to it. */
export function TeamDetailPage() {
  const { t } = useTranslation();
  usePageTitle(t('teams.detail.title'));
  const { teamId } = useParams();
  const query = useTeam(teamId);
  return <QueryGate query={query}>{(team) => <TeamView team={team} />}</QueryGate>;
}

function TeamView({ team }: { team: TeamDetail }) {
  const { t } = useTranslation();
  const cadence = useCadenceText();
  const location = useLocation();
  const [done, setDone] = useState<Done | null>(createdFlash(location.state) ? 'created' : null);
  return (
    <article className="team-detail">
      <BackLink to="/teams">{t('teams.list.title')}</BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">{t('teams.detail.eyebrow')}</p>
          <h1>{team.name}</h1>
          <p className="header-meta">
            <span>{cadence(team)}</span>
          </p>
        </div>
      </div>
      <StatusMessage>{done ? t(`teams.detail.done.${done}`) : null}</StatusMessage>
      <section aria-labelledby="team-members" className="panel">
        <h2 id="team-members">{t('teams.members')}</h2>
        <MembersByUnit members={team.members} />
      </section>
      <Meetings team={team} onPlanned={() => setDone('planned')} />
      <section aria-labelledby="team-agenda" className="panel">
        <div className="panel-header">
          <h2 id="team-agenda">{t('teams.agenda.title')}</h2>
          <BringClientDialog team={team} onAdded={() => setDone('added')} />
        </div>
        <p>{t('teams.agenda.intro')}</p>
        <Agenda team={team} />
      </section>
    </article>
  );
}

const monthChoices = ['1', '2', '3', '4', '5', '6'] as const;
type Months = (typeof monthChoices)[number];

function Meetings({ team, onPlanned }: { team: TeamDetail; onPlanned: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<Months>('3');
  const plan = useMutation({
    mutationFn: () => planTeamMeetings(team.id, Number(months)),
    onSuccess: (detail) => {
      queryClient.setQueryData(teamKey(team.id), detail);
      void queryClient.invalidateQueries({ queryKey: teamsKey, exact: true });
      onPlanned();
    },
  });
  const meetings = [...team.meetings].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  return (
    <section aria-labelledby="team-meetings" className="panel">
      <h2 id="team-meetings">{t('teams.meetings.title')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('teams.meetings.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact">
            <caption className="visually-hidden">{t('teams.meetings.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('teams.meetings.when')}</th>
                <th scope="col">{t('teams.meetings.status')}</th>
              </tr>
            </thead>
            <tbody>
              {meetings.map((m) => (
                <tr key={m.id}>
                  <th scope="row">
                    <Link to={`/team-meetings/${m.id}`} className="cell-link">
                      {t('teams.when', { date: formatDate(m.startsAt), time: formatTime(m.startsAt) })}
                    </Link>
                  </th>
                  <td>
                    <TeamMeetingStatusBadge status={m.status} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Form
        className="form team-plan-form"
        validationBehavior="aria"
        onSubmit={(event) => {
          event.preventDefault();
          if (!plan.isPending) plan.mutate();
        }}
      >
        <SelectInput
          id="team-plan-months"
          label={t('teams.meetings.planMonths')}
          description={t('teams.meetings.planHint')}
          placeholder={t('form.choose')}
          value={months}
          onChange={(value) => setMonths(value ?? '3')}
          options={monthChoices.map((n) => ({
            value: n,
            label: t('teams.meetings.months', { count: Number(n) }),
          }))}
        />
        {plan.isError && (
          <div className="notice notice-error" role="alert">
            <Icon name="alert" />
            <p>{t(`errors.code.${isApiError(plan.error) ? plan.error.code : 'internal_error'}`)}</p>
          </div>
        )}
        <div className="form-actions">
          <PendingButton type="submit" className="button button-secondary" pending={plan.isPending}>
            {t('teams.meetings.plan')}
          </PendingButton>
        </div>
      </Form>
    </section>
  );
}

function Agenda({ team }: { team: TeamDetail }) {
  const { t } = useTranslation();
  const itemTitle = useItemTitle();
  if (team.agenda.length === 0) return <p className="muted">{t('teams.agenda.empty')}</p>;
  return (
    <ol className="agenda-items">
      {team.agenda.map((item) => (
        <li key={item.id} className="agenda-item" aria-labelledby={`agenda-${item.id}`}>
          <h3 id={`agenda-${item.id}`}>{itemTitle(item)}</h3>
          <AgendaItemFacts item={item} />
        </li>
      ))}
    </ol>
  );
}
