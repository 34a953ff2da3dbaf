import type { UnitFigures } from '@verkosto/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from './numbers';

/** One figure: its name, its value, and in plain words what it counts. */
function Figure({ name, value, note }: { name: string; value: ReactNode; note: string }) {
  return (
    <div className="key-figure">
      <dt>{name}</dt>
      <dd className="key-figure-value">{value}</dd>
      <dd className="key-figure-note">{note}</dd>
    </div>
  );
}

/** Days as a distribution: the median and the 90th percentile of how many, or that there were none. */
function Days({ days }: { days: UnitFigures['wait'] }) {
  const { t, i18n } = useTranslation();
  if (days.n === 0 || days.median === null || days.p90 === null) return <>{t('figures.key.noDays')}</>;
  return (
    <>
      {t('figures.key.days', {
        median: formatNumber(days.median, i18n.language),
        p90: formatNumber(days.p90, i18n.language),
      })}{' '}
      <span className="key-figure-n">{t('figures.key.referrals', { count: days.n })}</span>
    </>
  );
}

/** The unit's key numbers, each with what it counts; the queue and shared clients are as of today. */
export function KeyFigures({ unit, headingId }: { unit: UnitFigures; headingId: string }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby={headingId} className="figures-block">
      <h3 id={headingId}>{t('figures.key.title')}</h3>
      <dl className="key-figures">
        <Figure name={t('figures.key.queue')} value={unit.queueLength} note={t('figures.key.queueNote')} />
        <Figure
          name={t('figures.key.wait')}
          value={<Days days={unit.wait} />}
          note={t('figures.key.waitNote')}
        />
        <Figure
          name={t('figures.key.toFirstMeeting')}
          value={<Days days={unit.toFirstMeeting} />}
          note={t('figures.key.toFirstMeetingNote')}
        />
        <Figure
          name={t('figures.key.shared')}
          value={unit.sharedClients}
          note={t('figures.key.sharedNote')}
        />
        <Figure
          name={t('figures.key.undecided')}
          value={unit.sharedWithoutTeamDecision}
          note={t('figures.key.undecidedNote')}
        />
        <Figure
          name={t('figures.key.network')}
          value={`${t('figures.key.networkMeetings', { count: unit.networkMeetings.meetings })} ${t(
            'figures.key.networkCases',
            { count: unit.networkMeetings.cases },
          )}`}
          note={t('figures.key.networkNote')}
        />
      </dl>
      <p className="muted small">{t('figures.key.percentile')}</p>
    </section>
  );
}
