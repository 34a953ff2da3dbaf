import type { ProcessView } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

/** What is due next: the next phase and whether it can be reached now, the period summary, the meetings. */
export function NextSteps({ process }: { process: ProcessView }) {
  const { t } = useTranslation();
  const { next } = process;
  const { min, max } = process.template.template.assessmentMeetings;
  return (
    <dl className="facts process-next">
      <div>
        <dt>{t('process.next.phase')}</dt>
        <dd>
          {next ? t(`enums.casePhase.${next.phase}`) : t('process.next.none')}
          {next && !next.allowed && next.refusal && (
            <span className="dd-detail">{t(`process.refusal.${next.refusal}`)}</span>
          )}
          {next?.allowed && next.phase === 'closed' && (
            <span className="dd-detail">{t('process.next.closeWithForm')}</span>
          )}
        </dd>
      </div>
      {process.periodSummaryDueOn && (
        <div>
          <dt>{t('process.next.summaryDue')}</dt>
          <dd>{formatDate(process.periodSummaryDueOn)}</dd>
        </div>
      )}
      <div>
        <dt>{t('process.next.assessmentMeetings')}</dt>
        <dd>
          {t('process.next.meetingCount', { count: process.assessmentMeetings })}
          <span className="dd-detail">{t('process.next.meetingRange', { min, max })}</span>
        </dd>
      </div>
      <div>
        <dt>{t('process.next.template')}</dt>
        <dd>
          {t('process.next.templateVersion', {
            serviceType: t(`enums.serviceType.${process.template.template.serviceType}`),
            version: process.template.version,
          })}
        </dd>
      </div>
    </dl>
  );
}
