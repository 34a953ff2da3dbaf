import type { Figures } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useMyCases } from '../../api/cases';
import { isApiError } from '../../api/client';
import { type FiguresPeriod, figuresCsvHref, useFigures } from '../../api/figures';
import { fromApiError, noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { LoadError, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../i18n/format';
import { draftFromParams, paramsFromRange } from '../access-log/range';
import { useUser } from '../session/user-context';
import { Caseloads } from './Caseloads';
import { KeyFigures } from './KeyFigures';
import { PeriodFilter } from './PeriodFilter';
import { checkPeriod } from './period';
import { UnitCharts } from './UnitCharts';
import '../../styles/figures.css';

/**
 * The figures a team lead steers by, per unit they lead: counts and distributions that name no
 * client, as charts with the same data as tables, and the unit's open cases to rebalance.
 * The period is in the URL (dates are not personal data), so a view can be bookmarked.
 */
export function FiguresPage() {
  const { t } = useTranslation();
  usePageTitle(t('figures.title'));
  const isLead = useUser().role === 'team_lead';
  const [params, setParams] = useSearchParams();
  const urlDraft = draftFromParams(params);
  const urlCheck = checkPeriod(urlDraft);
  const query = useFigures(urlCheck.ok ? urlCheck.period : null, isLead);
  const cases = useMyCases(isLead);

  // Others get 404 from the server too; asking would only log a refusal.
  if (!isLead) return <NotFoundContent />;

  const error = query.isError && isApiError(query.error) ? query.error : null;
  // The server turned the dates down: said beside the fields, not instead of the page.
  const periodRefused = error?.status === 400 && ('from' in error.fields || 'to' in error.fields);
  if (query.isError && !periodRefused) {
    if (error?.status === 404) return <NotFoundContent />;
    if (error?.status === 401) return <Loading />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }

  const apply = (period: FiguresPeriod) => {
    const same = (period.from ?? '') === urlDraft.from && (period.to ?? '') === urlDraft.to;
    // The same dates again count again: a case may have moved since.
    if (same) void query.refetch();
    else setParams(paramsFromRange(period));
  };

  const outsideErrors = !urlCheck.ok ? urlCheck.errors : periodRefused ? fromApiError(query.error) : noErrors;
  const data = query.data;

  return (
    <article className="figures">
      <div className="page-header">
        <div>
          <h1>{t('figures.title')}</h1>
          <p className="lead">{t('figures.intro')}</p>
        </div>
        {data && (
          <div className="page-actions">
            <a
              href={figuresCsvHref({ from: data.from, to: data.to })}
              download
              className="button button-secondary"
            >
              <Icon name="download" />
              {t('figures.downloadCsv')}
            </a>
          </div>
        )}
      </div>
      <div className="page-narrow">
        <p>{t('figures.noClients')}</p>
        <p className="muted small">
          <Icon name="info" /> {t('figures.logged')}
        </p>
      </div>
      <PeriodFilter
        initial={urlDraft}
        outsideErrors={outsideErrors}
        outsideAttempt={query.errorUpdateCount}
        pending={query.isFetching}
        onApply={apply}
      />
      <p role="status" className="results-status">
        {query.isFetching && !data
          ? t('common.loading')
          : data
            ? t('figures.period.shown', { from: formatDate(data.from), to: formatDate(data.to) })
            : ''}
      </p>
      {data && <Units figures={data} cases={cases} />}
    </article>
  );
}

function Units({ figures, cases }: { figures: Figures; cases: ReturnType<typeof useMyCases> }) {
  const { t } = useTranslation();
  if (figures.units.length === 0) return <p className="muted">{t('figures.noUnits')}</p>;
  return (
    <>
      {figures.units.map((unit) => {
        const id = (part: string) => `figures-${unit.unitId}-${part}`;
        return (
          <section key={unit.unitId} aria-labelledby={id('unit')} className="figures-unit">
            <h2 id={id('unit')}>{unit.unit}</h2>
            <KeyFigures unit={unit} headingId={id('key')} />
            <UnitCharts unit={unit} from={figures.from} to={figures.to} />
            <Caseloads unit={unit} headingId={id('cases')} cases={cases} />
          </section>
        );
      })}
    </>
  );
}
