import type { CaseTeamDecision } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

type Record = CaseTeamDecision['record'];

/**
 * What the team recorded of one item, to read: each unit's view, who does what, who answers for it.
 * Whether it was decided is said in the minutes; a decision in a case was decided by being there.
 */
export function RecordView({ record, showDecided = true }: { record: Record; showDecided?: boolean }) {
  const { t } = useTranslation();
  const none = <span className="muted">{t('common.notRecorded')}</span>;
  return (
    <dl className="facts record-facts">
      <div className="facts-wide">
        <dt>{t('teams.record.assessment')}</dt>
        <dd>
          {record.assessments.length === 0 ? (
            none
          ) : (
            <ul className="record-lines">
              {record.assessments.map((a) => (
                <li key={a.unitId}>
                  <span className="record-unit">{a.unit}</span>
                  <span className="prewrap">{a.view}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div className="facts-wide">
        <dt>{t('teams.record.division')}</dt>
        <dd>
          {record.division.length === 0 ? (
            none
          ) : (
            <ul className="record-lines">
              {record.division.map((d) => (
                <li key={d.unitId}>
                  <span className="record-unit">{d.unit}</span>
                  <span className="prewrap">{d.task}</span>
                </li>
              ))}
            </ul>
          )}
        </dd>
      </div>
      <div>
        <dt>{t('teams.record.responsibleUnit')}</dt>
        <dd>{record.responsibleUnit?.name ?? none}</dd>
      </div>
      <div>
        <dt>{t('teams.record.pair')}</dt>
        <dd>
          {record.pair.length === 0
            ? none
            : record.pair.map((p) => (
                <span key={p.id} className="record-pair">
                  {p.name}
                  <span className="dd-detail">{p.unit}</span>
                </span>
              ))}
        </dd>
      </div>
      <div>
        <dt>{t('teams.record.nextReviewOn')}</dt>
        <dd>{record.nextReviewOn ? formatDate(record.nextReviewOn) : none}</dd>
      </div>
      {showDecided && (
        <div>
          <dt>{t('teams.record.decision')}</dt>
          <dd>{record.decided ? t('teams.record.decidedYes') : t('teams.record.decidedNo')}</dd>
        </div>
      )}
    </dl>
  );
}
