import type { ProcessView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { formatDate } from '../../i18n/format';

type Step = 'done' | 'current' | 'ahead';

/**
 * The phases of the case's template in order, each with the day it was reached. The current phase is
 * marked for screen readers too (aria-current="step"), and each step says in words where it stands.
 */
export function PhaseStepper({ process }: { process: ProcessView }) {
  const { t } = useTranslation();
  const phases = process.template.template.phases;
  const at = phases.indexOf(process.phase);
  return (
    <ol className="process-steps" aria-label={t('process.steps.label')}>
      {phases.map((phase, i) => {
        const step: Step = i < at ? 'done' : i === at ? 'current' : 'ahead';
        const reached = process.reachedOn[phase];
        return (
          <li
            key={phase}
            className={`process-step process-step-${step}`}
            aria-current={step === 'current' ? 'step' : undefined}
          >
            <span className="process-step-marker" aria-hidden="true">
              {step === 'done' ? <Icon name="check" /> : i + 1}
            </span>
            <span className="process-step-text">
              <span className="process-step-name">{t(`enums.casePhase.${phase}`)}</span>
              <span className="process-step-detail">
                {step === 'current' && <span className="process-step-now">{t('process.steps.current')}</span>}
                {reached
                  ? t('process.steps.reachedOn', { date: formatDate(reached) })
                  : step === 'ahead'
                    ? t('process.steps.ahead')
                    : t('process.steps.notRecorded')}
              </span>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
