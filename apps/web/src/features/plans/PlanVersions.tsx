import type { PlanOverview, PlanVersion } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlanVersion } from '../../api/plans';
import { SelectInput } from '../../components/fields';
import { Loading } from '../../components/QueryState';
import { formatDate, formatTime } from '../../i18n/format';
import { PlanChangeList } from './PlanChangeList';
import { PlanView } from './PlanView';
import { diffPlans } from './plan-diff';

type Summary = PlanOverview['versions'][number];

/** Every saved version of the plan, and two of them side by side with what changed between them. */
export function PlanVersions({ caseId, overview }: { caseId: string; overview: PlanOverview }) {
  const { t } = useTranslation();
  const versions = [...overview.versions].sort((a, b) => b.versionNo - a.versionNo);
  const when = (v: Summary) =>
    t('plans.meta.when', { date: formatDate(v.createdAt), time: formatTime(v.createdAt) });

  return (
    <section aria-labelledby="plan-versions" className="plan-versions">
      <h3 id="plan-versions">{t('plans.versions.heading')}</h3>
      <div className="table-wrap">
        <table className="table table-compact">
          <caption className="visually-hidden">{t('plans.versions.heading')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('plans.meta.version')}</th>
              <th scope="col">{t('plans.versions.savedAt')}</th>
              <th scope="col">{t('plans.meta.savedBy')}</th>
              <th scope="col">{t('plans.meta.agreed')}</th>
            </tr>
          </thead>
          <tbody>
            {versions.map((v) => (
              <tr key={v.versionNo}>
                <th scope="row">{t('plans.versions.name', { n: v.versionNo })}</th>
                <td>{when(v)}</td>
                <td>{v.createdBy}</td>
                <td>
                  {v.meetingId ? (
                    <Link to={`/meetings/${v.meetingId}`}>{t('plans.meta.atMeeting')}</Link>
                  ) : (
                    t('plans.meta.noMeeting')
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {versions.length >= 2 && <CompareVersions caseId={caseId} versions={versions} />}
    </section>
  );
}

function CompareVersions({ caseId, versions }: { caseId: string; versions: Summary[] }) {
  const { t } = useTranslation();
  const [earlier, setEarlier] = useState<string | null>(String(versions[1]?.versionNo ?? ''));
  const [later, setLater] = useState<string | null>(String(versions[0]?.versionNo ?? ''));
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [problem, setProblem] = useState(false);
  const options = versions.map((v) => ({
    value: String(v.versionNo),
    label: t('plans.versions.option', { n: v.versionNo, date: formatDate(v.createdAt), name: v.createdBy }),
  }));

  const compare = () => {
    const a = Number(earlier);
    const b = Number(later);
    const ok = earlier !== null && later !== null && a !== b;
    setProblem(!ok);
    // Whichever way round they were chosen, the older one is on the left.
    setPair(ok ? [Math.min(a, b), Math.max(a, b)] : null);
  };

  return (
    <section aria-labelledby="plan-compare" className="plan-compare-section">
      <h3 id="plan-compare">{t('plans.versions.compareHeading')}</h3>
      <div className="field-row no-print">
        <SelectInput
          id="plan-compare-earlier"
          label={t('plans.versions.earlier')}
          placeholder={t('form.choose')}
          value={earlier}
          onChange={setEarlier}
          options={options}
          error={problem ? t('plans.versions.chooseTwo') : undefined}
        />
        <SelectInput
          id="plan-compare-later"
          label={t('plans.versions.later')}
          placeholder={t('form.choose')}
          value={later}
          onChange={setLater}
          options={options}
          error={problem ? t('plans.versions.chooseTwo') : undefined}
        />
      </div>
      <div className="form-actions no-print">
        <Button className="button button-secondary" onPress={compare}>
          {t('plans.versions.compare')}
        </Button>
      </div>
      {pair && <PlanCompare caseId={caseId} earlierNo={pair[0]} laterNo={pair[1]} />}
    </section>
  );
}

function PlanCompare({ caseId, earlierNo, laterNo }: { caseId: string; earlierNo: number; laterNo: number }) {
  const { t } = useTranslation();
  const earlier = usePlanVersion(caseId, earlierNo);
  const later = usePlanVersion(caseId, laterNo);
  if (earlier.isError || later.isError) {
    return (
      <p className="notice notice-error" role="alert">
        {t('errors.code.internal_error')}
      </p>
    );
  }
  if (!earlier.data || !later.data) return <Loading />;
  const title = (v: PlanVersion) =>
    t('plans.versions.option', { n: v.versionNo, date: formatDate(v.createdAt), name: v.createdBy });
  return (
    <div className="plan-compare">
      <section aria-labelledby="plan-changes" className="plan-compare-changes">
        <h4 id="plan-changes">
          {t('plans.versions.changes', { from: earlier.data.versionNo, to: later.data.versionNo })}
        </h4>
        <PlanChangeList
          changes={diffPlans(earlier.data.content, later.data.content)}
          empty={t('plans.versions.noChanges')}
        />
      </section>
      <div className="plan-compare-columns">
        {[earlier.data, later.data].map((v) => (
          <section key={v.versionNo} aria-labelledby={`plan-v${v.versionNo}`} className="plan-compare-column">
            <h4 id={`plan-v${v.versionNo}`}>{title(v)}</h4>
            <PlanView content={v.content} level={5} idPrefix={`plan-v${v.versionNo}`} compact />
          </section>
        ))}
      </div>
    </div>
  );
}
