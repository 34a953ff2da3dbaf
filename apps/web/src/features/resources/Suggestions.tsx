import type { ResourcesPanel } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate, formatTime } from '../../i18n/format';
import { GuidanceDialog } from './GuidanceDialog';

interface Props {
  caseId: string;
  panel: ResourcesPanel;
  onRecorded: () => void;
}

/** The services of the directory that answer the risks named: where the family could be guided. */
export function Suggestions({ caseId, panel, onRecorded }: Props) {
  const { t } = useTranslation();
  const named = panel.resources?.risks.map((r) => r.factor) ?? [];
  return (
    <section aria-labelledby="resources-suggestions" className="resources-suggestions">
      <h3 id="resources-suggestions">{t('resources.suggestions.heading')}</h3>
      {named.length === 0 ? (
        <p className="muted">{t('resources.suggestions.noRisks')}</p>
      ) : panel.suggestions.length === 0 ? (
        <p className="muted">{t('resources.suggestions.none')}</p>
      ) : (
        <>
          <p>{t('resources.suggestions.intro')}</p>
          <ul className="resources-services">
            {panel.suggestions.map((s) => {
              const answers = s.riskFactors.filter((f) => named.includes(f));
              return (
                <li key={s.id} className="resources-service">
                  <div className="resources-service-head">
                    <h4>{s.name}</h4>
                    <span className={`badge resources-level resources-level-${s.level}`}>
                      {t(`enums.levelOfWork.${s.level}`)}
                    </span>
                  </div>
                  <p className="muted">{s.kind}</p>
                  <p>
                    <span className="resources-label">{t('resources.suggestions.contact')}: </span>
                    {s.contact}
                  </p>
                  <p>
                    <span className="resources-label">{t('resources.suggestions.answers')}: </span>
                    {answers.map((f) => t(`enums.riskFactor.${f}`)).join(', ')}
                  </p>
                  {panel.canEdit && (
                    <div className="no-print">
                      <GuidanceDialog caseId={caseId} service={s} risks={answers} onRecorded={onRecorded} />
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}

/** The guidance given so far: to which service, for which risk, with a note, by whom and when. */
export function GuidanceList({ panel }: { panel: ResourcesPanel }) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="resources-guidance" className="resources-guidance">
      <h3 id="resources-guidance">{t('resources.given.heading')}</h3>
      {panel.guidance.length === 0 ? (
        <p className="muted">{t('resources.given.empty')}</p>
      ) : (
        // A name of its own: the section around it is already "guidance given".
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
        <section className="table-wrap" tabIndex={0} aria-label={t('resources.given.tableRegion')}>
          <table className="table table-compact">
            <caption id="resources-guidance-caption" className="visually-hidden">
              {t('resources.given.heading')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('resources.given.service')}</th>
                <th scope="col">{t('resources.given.risk')}</th>
                <th scope="col">{t('resources.given.note')}</th>
                <th scope="col">{t('resources.given.by')}</th>
                <th scope="col">{t('resources.given.when')}</th>
              </tr>
            </thead>
            <tbody>
              {panel.guidance.map((g) => (
                <tr key={g.id}>
                  <th scope="row">
                    {g.service.name}
                    <span className="cell-detail">{g.service.contact}</span>
                  </th>
                  <td>{g.riskFactor ? t(`enums.riskFactor.${g.riskFactor}`) : '–'}</td>
                  <td className="prewrap">{g.note ?? '–'}</td>
                  <td>{g.givenBy}</td>
                  <td className="cell-nowrap">
                    {formatDate(g.givenAt)} {formatTime(g.givenAt)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </section>
  );
}
