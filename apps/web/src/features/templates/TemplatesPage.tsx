import type { ServiceType, TemplateView } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProcessTemplates } from '../../api/process';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { useClockLabel } from '../process/ClockTable';
import { useUser } from '../session/user-context';
import { TemplateForm } from './TemplateForm';
import '../../styles/process.css';

/**
 * The process templates of the county's services, for admins: the phases, the expected assessment
 * meetings, the review and summary intervals and the statutory clocks. A save makes a new version;
 * cases keep the version they started with.
 */
export function TemplatesPage() {
  const { t } = useTranslation();
  usePageTitle(t('templates.title'));
  const user = useUser();
  const isAdmin = user.role === 'admin';
  const query = useProcessTemplates(isAdmin);
  const [saved, setSaved] = useState<{ serviceType: ServiceType; version: number } | null>(null);

  // Others get 404 from the server too; asking would only log a refusal.
  if (!isAdmin) return <NotFoundContent />;

  const reloadOne = (serviceType: ServiceType) => async () =>
    (await query.refetch()).data?.templates.find((x) => x.template.serviceType === serviceType);

  return (
    <article>
      <div className="page-header">
        <div>
          <h1>{t('templates.title')}</h1>
          <p className="lead">{t('templates.intro')}</p>
        </div>
      </div>
      <div className="notice notice-info">
        <Icon name="info" />
        <p>{t('templates.versionNote')}</p>
      </div>
      <StatusMessage>
        {saved
          ? t('templates.saved', {
              serviceType: t(`enums.serviceType.${saved.serviceType}`),
              version: saved.version,
            })
          : null}
      </StatusMessage>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      ) : (
        <div className="template-list">
          {query.data.templates.map((view) => (
            <TemplateCard
              key={view.template.serviceType}
              view={view}
              onSaved={(s) => setSaved({ serviceType: s.template.serviceType, version: s.version })}
              onReload={reloadOne(view.template.serviceType)}
            />
          ))}
        </div>
      )}
    </article>
  );
}

interface CardProps {
  view: TemplateView;
  onSaved: (saved: TemplateView) => void;
  onReload: () => Promise<TemplateView | undefined>;
}

/** One service type's current template in words, with its version and who saved it. */
function TemplateCard({ view, onSaved, onReload }: CardProps) {
  const { t } = useTranslation();
  const clockLabel = useClockLabel();
  const tpl = view.template;
  const id = `template-${tpl.serviceType}`;
  return (
    <section aria-labelledby={id} className="panel">
      <div className="panel-header">
        <div>
          <h2 id={id}>{t(`enums.serviceType.${tpl.serviceType}`)}</h2>
          <p className="muted">
            {t('templates.version', { version: view.version })}
            {' · '}
            {view.createdBy
              ? t('templates.savedBy', {
                  name: view.createdBy,
                  date: formatDate(view.createdAt),
                  time: formatTime(view.createdAt),
                })
              : t('templates.firstVersion')}
          </p>
        </div>
        <TemplateForm view={view} onSaved={onSaved} onReload={onReload} />
      </div>
      <dl className="facts">
        <div>
          <dt>{t('templates.form.phases')}</dt>
          <dd>
            <ol className="template-phases">
              {tpl.phases.map((p) => (
                <li key={p}>{t(`enums.casePhase.${p}`)}</li>
              ))}
            </ol>
          </dd>
        </div>
        <div>
          <dt>{t('templates.form.assessmentMeetings')}</dt>
          <dd>
            {t('templates.meetingRange', {
              min: tpl.assessmentMeetings.min,
              max: tpl.assessmentMeetings.max,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('templates.form.reviewWeeks')}</dt>
          <dd>{t('templates.weeks', { count: tpl.reviewIntervalWeeks })}</dd>
        </div>
        <div>
          <dt>{t('templates.form.summaryWeeks')}</dt>
          <dd>{t('templates.weeks', { count: tpl.summaryIntervalWeeks })}</dd>
        </div>
        <div className="facts-wide">
          <dt>{t('templates.form.clocks')}</dt>
          <dd>
            {tpl.clocks.length === 0 ? (
              t('templates.form.noClocks')
            ) : (
              <ul className="template-phases">
                {tpl.clocks.map((c) => (
                  <li key={c.key}>
                    {t('templates.clockLine', {
                      label: clockLabel(c),
                      deadline:
                        c.workingDays !== null
                          ? t('templates.workingDays', { count: c.workingDays })
                          : t('templates.months', { count: c.months ?? 0 }),
                      phase: t(`enums.casePhase.${c.metByPhase}`),
                    })}
                    <span className="dd-detail">{c.source}</span>
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
    </section>
  );
}
