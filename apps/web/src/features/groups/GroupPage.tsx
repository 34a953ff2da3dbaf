import type { GroupDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useLocation, useParams } from 'react-router';
import { useGroup } from '../../api/groups';
import { BackLink } from '../../components/BackLink';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { unitGroupsPath } from './group-units';
import { ParticipantsPanel } from './ParticipantsPanel';
import { SessionsPanel } from './SessionsPanel';
import '../../styles/groups.css';

/**
 * A group: what it is, who facilitates it, its registered participants and its sessions with who
 * came. The title names the kind of page only: the group's name may say whom it is for.
 */
export function GroupPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.page.title'));
  const { groupId } = useParams();
  const query = useGroup(groupId);
  return (
    <QueryGate query={query}>
      {(group) => <GroupView group={group} reload={async () => (await query.refetch()).data} />}
    </QueryGate>
  );
}

interface ViewProps {
  group: GroupDetail;
  /** The latest group from the server, after someone else saved first. */
  reload: () => Promise<GroupDetail | undefined>;
}

function GroupView({ group, reload }: ViewProps) {
  const { t } = useTranslation();
  const location = useLocation();
  const created = (location.state as { created?: boolean } | null)?.created === true;

  return (
    <article className="group">
      <BackLink to={unitGroupsPath(group.unit.id)}>
        {t('groups.page.back', { unit: group.unit.name })}
      </BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">{t(`enums.groupKind.${group.kind}`)}</p>
          <h1>{group.name}</h1>
          <p className="header-meta">
            <span>{t(`enums.levelOfWork.${group.level}`)}</span>
            <span>{group.unit.name}</span>
          </p>
        </div>
      </div>
      <StatusMessage>{created ? t('groups.page.created') : null}</StatusMessage>
      <GroupFacts group={group} />
      <ParticipantsPanel group={group} />
      <SessionsPanel group={group} reload={reload} />
    </article>
  );
}

function GroupFacts({ group }: { group: GroupDetail }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="group-facts-heading" className="panel">
      <h2 id="group-facts-heading">{t('groups.page.facts')}</h2>
      <dl className="facts">
        <div>
          <dt>{t('groups.form.kind')}</dt>
          <dd>{t(`enums.groupKind.${group.kind}`)}</dd>
        </div>
        <div>
          <dt>{t('groups.form.level')}</dt>
          <dd>{t(`enums.levelOfWork.${group.level}`)}</dd>
        </div>
        <div>
          <dt>{t('groups.column.facilitators')}</dt>
          <dd>{group.facilitators.map((f) => f.name).join(', ')}</dd>
        </div>
        <div>
          <dt>{t('groups.page.counts')}</dt>
          <dd>
            {t('groups.participants.count', { count: group.participants })}
            <span className="dd-detail">{t('groups.sessions.count', { count: group.sessions })}</span>
          </dd>
        </div>
        <div className="facts-wide">
          <dt>{t('groups.form.description')}</dt>
          <dd className="prewrap">
            {group.description ?? <span className="muted">{t('common.notRecorded')}</span>}
          </dd>
        </div>
      </dl>
    </section>
  );
}
