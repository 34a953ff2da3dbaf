import type { GroupSummary } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, useNavigate, useParams } from 'react-router';
import { useUnitGroups } from '../../api/groups';
import { NotFoundContent } from '../../components/NotFound';
import { QueryGate } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { useUser } from '../session/user-context';
import { groupPath, groupUnits, unitGroupsPath } from './group-units';
import { StartGroupDialog } from './StartGroupDialog';
import '../../styles/groups.css';

/**
 * A unit's group activities: open daycare, father–child and parenting groups and the like, each
 * with its facilitators and how many take part. Only the unit's own workers see it.
 */
export function UnitGroupsPage() {
  const { t } = useTranslation();
  usePageTitle(t('groups.unit.title'));
  const navigate = useNavigate();
  const { unitId = '' } = useParams();
  const units = groupUnits(useUser());
  const unit = units.find((u) => u.id === unitId);
  const query = useUnitGroups(unitId, Boolean(unit));

  // Others get 404 from the server too; asking would only log a refusal.
  if (!unit) return <NotFoundContent />;

  return (
    <article className="groups">
      <div className="page-header">
        <div>
          <p className="eyebrow">{unit.name}</p>
          <h1>{t('groups.unit.title')}</h1>
          <p className="lead">{t('groups.unit.intro')}</p>
        </div>
        <div className="page-actions">
          <StartGroupDialog
            unit={unit}
            onCreated={(group) => void navigate(groupPath(group.id), { state: { created: true } })}
          />
        </div>
      </div>
      {units.length > 1 && (
        <nav aria-label={t('groups.unit.otherUnits')} className="referral-units">
          <ul>
            {units.map((u) => (
              <li key={u.id}>
                <NavLink to={unitGroupsPath(u.id)}>{u.name}</NavLink>
              </li>
            ))}
          </ul>
        </nav>
      )}
      <QueryGate query={query}>{(data) => <GroupTable groups={data.groups} />}</QueryGate>
    </article>
  );
}

function GroupTable({ groups }: { groups: readonly GroupSummary[] }) {
  const { t } = useTranslation();
  if (groups.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('groups.unit.empty')}</p>
      </div>
    );
  }
  return (
    <div className="table-wrap">
      <table className="table table-compact group-table">
        <caption className="visually-hidden">{t('groups.unit.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('groups.column.group')}</th>
            <th scope="col">{t('groups.column.level')}</th>
            <th scope="col">{t('groups.column.facilitators')}</th>
            <th scope="col" className="cell-number">
              {t('groups.column.participants')}
            </th>
            <th scope="col" className="cell-number">
              {t('groups.column.sessions')}
            </th>
            <th scope="col">{t('groups.column.nextSession')}</th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.id}>
              <th scope="row">
                <Link to={groupPath(g.id)} className="cell-link">
                  {g.name}
                </Link>
                <span className="cell-detail">{t(`enums.groupKind.${g.kind}`)}</span>
              </th>
              <td>{t(`enums.levelOfWork.${g.level}`)}</td>
              <td>{g.facilitators.map((f) => f.name).join(', ')}</td>
              <td className="cell-number">{g.participants}</td>
              <td className="cell-number">{g.sessions}</td>
              <td className="cell-nowrap">
                {g.nextSession ? (
                  t('groups.dateAndTime', {
                    date: formatDate(g.nextSession),
                    time: formatTime(g.nextSession),
                  })
                ) : (
                  <span className="muted">{t('groups.unit.noNextSession')}</span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
