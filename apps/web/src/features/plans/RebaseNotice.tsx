import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { formatDate, formatTime } from '../../i18n/format';
import { PlanChangeList, useConflictText } from './PlanChangeList';
import type { PlanChange } from './plan-diff';
import type { MergeConflict } from './plan-merge';

export interface Rebase {
  /** The version someone else saved meanwhile, now the base of the form. */
  versionNo: number;
  savedBy: string;
  savedAt: string;
  theirs: PlanChange[];
  mine: PlanChange[];
  conflicts: MergeConflict[];
}

/**
 * After a save was refused because someone saved first: the latest version is now the form's base
 * and the user's changes have been reapplied over it. Says what the other changed, which of the
 * user's changes are in the form, and where both changed the same thing. Takes focus when it appears.
 */
export function RebaseNotice({ rebase }: { rebase: Rebase }) {
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLElement>(null);
  const conflictText = useConflictText(rebase.savedBy);

  useEffect(() => {
    ref.current?.focus();
  }, []);

  return (
    <section ref={ref} tabIndex={-1} aria-labelledby={titleId} className="notice notice-warning plan-rebase">
      <Icon name="info" />
      <div>
        <h2 id={titleId} className="notice-title">
          {t('plans.rebase.title', { n: rebase.versionNo })}
        </h2>
        <p>
          {t('plans.rebase.intro', {
            name: rebase.savedBy,
            n: rebase.versionNo,
            date: formatDate(rebase.savedAt),
            time: formatTime(rebase.savedAt),
          })}
        </p>
        <h3>{t('plans.rebase.theirs', { name: rebase.savedBy })}</h3>
        <PlanChangeList changes={rebase.theirs} empty={t('plans.rebase.noChanges')} />
        <h3>{t('plans.rebase.mine')}</h3>
        <PlanChangeList changes={rebase.mine} empty={t('plans.rebase.noChanges')} />
        {rebase.conflicts.length > 0 && (
          <>
            <h3>{t('plans.rebase.conflicts')}</h3>
            <ul className="plan-changes">
              {rebase.conflicts.map((c, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is derived and never reordered
                <li key={i}>{conflictText(c)}</li>
              ))}
            </ul>
          </>
        )}
        <p>{t('plans.rebase.check')}</p>
      </div>
    </section>
  );
}
