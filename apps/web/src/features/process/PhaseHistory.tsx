import type { ProcessView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../i18n/format';

/** Every phase change of the case, newest first: from where to where, who and when, and why. */
export function PhaseHistory({ changes }: { changes: ProcessView['phaseChanges'] }) {
  const { t } = useTranslation();
  if (changes.length === 0) return <p className="muted">{t('process.history.none')}</p>;
  const newestFirst = [...changes].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    <ol className="process-history">
      {newestFirst.map((c) => (
        <li key={c.id}>
          <p className="process-history-title">
            {t('process.history.move', {
              from: t(`enums.casePhase.${c.from}`),
              to: t(`enums.casePhase.${c.to}`),
            })}
          </p>
          <p className="process-history-meta">
            {t('process.history.by', {
              name: c.changedBy,
              date: formatDate(c.changedAt),
              time: formatTime(c.changedAt),
            })}
          </p>
          <p className="prewrap">{c.reason}</p>
          {c.warnings.length > 0 && (
            <ul className="process-history-warnings">
              {c.warnings.map((w) => (
                <li key={w}>{t(`process.history.warning.${w}`)}</li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}
