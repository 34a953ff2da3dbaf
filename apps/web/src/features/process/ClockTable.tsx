import type { ClockState, ProcessView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon, type IconName } from '../../components/Icon';
import { formatDate } from '../../i18n/format';

type Clock = ProcessView['clocks'][number];

/** Clocks whose names we translate; a clock the county added keeps the label its template gives it. */
const knownClocks = ['assessment_started', 'assessment_finished'] as const;
type KnownClock = (typeof knownClocks)[number];
const isKnown = (key: string): key is KnownClock => (knownClocks as readonly string[]).includes(key);

/** The clock's name in the reader's language where we have one. */
export function useClockLabel(): (clock: { key: string; label: string }) => string {
  const { t } = useTranslation();
  return (clock) => (isKnown(clock.key) ? t(`process.clockName.${clock.key}`) : clock.label);
}

/** The state's shape beside its word: colour is never the only sign. */
export function clockIcon(state: ClockState): IconName {
  switch (state) {
    case 'running':
      return 'history';
    case 'near':
    case 'overdue':
    case 'met_late':
      return 'alert';
    case 'met':
      return 'check';
    default: {
      const unreachable: never = state;
      return unreachable;
    }
  }
}

/** What is left, in working days, or by how much the deadline was missed or met. */
function useRemaining(): (clock: Clock) => string | null {
  const { t } = useTranslation();
  return (clock) => {
    switch (clock.state) {
      case 'running':
      case 'near':
        return clock.workingDaysLeft === null
          ? null
          : t('process.clocks.left', { count: clock.workingDaysLeft });
      case 'overdue':
        return clock.workingDaysLeft === null
          ? null
          : t('process.clocks.late', { count: Math.abs(clock.workingDaysLeft) });
      case 'met':
      case 'met_late':
        return clock.metOn ? t('process.clocks.metOn', { date: formatDate(clock.metOn) }) : null;
      default: {
        const unreachable: never = clock.state;
        return unreachable;
      }
    }
  };
}

/**
 * The statutory clocks of the case (e.g. the service need assessment of Social Welfare Act 36 §):
 * each with its law, when it started, its deadline, and where it stands in words.
 */
export function ClockTable({ clocks }: { clocks: ProcessView['clocks'] }) {
  const { t } = useTranslation();
  const labelOf = useClockLabel();
  const remaining = useRemaining();
  if (clocks.length === 0) return <p className="muted">{t('process.clocks.none')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-compact process-clocks">
        <caption className="visually-hidden">{t('process.clocks.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('process.clocks.what')}</th>
            <th scope="col">{t('process.clocks.startedOn')}</th>
            <th scope="col">{t('process.clocks.deadline')}</th>
            <th scope="col">{t('process.clocks.state')}</th>
          </tr>
        </thead>
        <tbody>
          {clocks.map((clock) => {
            const left = remaining(clock);
            return (
              <tr key={clock.key}>
                <th scope="row">
                  {labelOf(clock)}
                  <span className="cell-detail">{clock.source}</span>
                </th>
                <td className="cell-nowrap">{formatDate(clock.startedOn)}</td>
                <td className="cell-nowrap">{formatDate(clock.deadline)}</td>
                <td>
                  <span className={`badge clock-${clock.state}`}>
                    <Icon name={clockIcon(clock.state)} />
                    {t(`process.clockState.${clock.state}`)}
                  </span>
                  {left && <span className="cell-detail">{left}</span>}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
