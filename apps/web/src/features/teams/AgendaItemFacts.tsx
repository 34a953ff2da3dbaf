import type { AgendaItem } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../../i18n/format';
import { AgendaModeBadge } from './TeamBadges';

/** An item's heading text: the child's name, or for an anonymous item its kind alone. */
export function useItemTitle() {
  const { t } = useTranslation();
  return (item: AgendaItem) => (item.mode === 'named' ? item.title : t('teams.item.anonymousTitle'));
}

/** What was brought and by whom: the description of an anonymous item, the question, the bringer. */
export function AgendaItemFacts({ item }: { item: AgendaItem }) {
  const { t } = useTranslation();
  return (
    <div className="agenda-item-facts">
      <p className="agenda-item-meta">
        <AgendaModeBadge mode={item.mode} />
        <span>
          {t('teams.item.broughtBy', {
            name: item.broughtBy,
            unit: item.broughtByUnit,
            date: formatDate(item.broughtOn),
          })}
        </span>
        {item.caseId && (
          <Link to={`/cases/${item.caseId}`}>{t('teams.item.toCase', { name: item.title })}</Link>
        )}
      </p>
      <dl className="agenda-item-text">
        {item.mode === 'anonymous' && (
          <div>
            <dt>{t('teams.item.description')}</dt>
            <dd className="prewrap">{item.title}</dd>
          </div>
        )}
        <div>
          <dt>{t('teams.item.question')}</dt>
          <dd className="prewrap">{item.question}</dd>
        </div>
      </dl>
    </div>
  );
}
