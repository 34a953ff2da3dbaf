import { useQueryClient } from '@tanstack/react-query';
import type { PersonAccessLog, PersonDetail } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { useParams, useSearchParams } from 'react-router';
import { accessLogCsvHref, type LogRange, useAccessLog } from '../../api/access-log';
import { isApiError } from '../../api/client';
import { personKey } from '../../api/persons';
import { BackLink } from '../../components/BackLink';
import { fromApiError, noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { NotFoundContent } from '../../components/NotFound';
import { fullName } from '../../components/names';
import { LoadError, Loading } from '../../components/QueryState';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate } from '../../i18n/format';
import { type KnownPerson, rememberedPerson } from '../persons/identity';
import { useUser } from '../session/user-context';
import { AccessLogFilter } from './AccessLogFilter';
import { AccessLogTable } from './AccessLogTable';
import { checkRange, draftFromParams, paramsFromRange } from './range';

/**
 * The person's access log (Act 703/2023): who used their data, on which day and on what basis.
 * The person is named only if this session already knows them; asking for the name would be one
 * more logged read, and for an admin it is not there to ask.
 */
export function AccessLogPage() {
  const { t } = useTranslation();
  usePageTitle(t('accessLog.title'));
  const { personId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const queryClient = useQueryClient();
  const user = useUser();

  const urlDraft = draftFromParams(params);
  const urlCheck = checkRange(urlDraft);
  const query = useAccessLog(personId, urlCheck.ok ? urlCheck.range : null);

  const known: KnownPerson | undefined =
    queryClient.getQueryData<PersonDetail>(personKey(personId)) ?? rememberedPerson(queryClient, personId);

  const error = query.isError && isApiError(query.error) ? query.error : null;
  // The server turned the dates down: said beside the fields. A malformed id leads nowhere, as elsewhere.
  const rangeRefused =
    error?.status === 400 && !('id' in error.fields) && ('from' in error.fields || 'to' in error.fields);
  if (query.isError && !rangeRefused) {
    if (error?.status === 404 || error?.status === 400) return <NotFoundContent />;
    if (error?.status === 401) return <Loading />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }

  const apply = (range: LogRange) => {
    const same = (range.from ?? '') === urlDraft.from && (range.to ?? '') === urlDraft.to;
    // The same dates again read the log again: it may have grown since.
    if (same) void query.refetch();
    else setParams(paramsFromRange(range));
  };

  const outsideErrors = !urlCheck.ok ? urlCheck.errors : rangeRefused ? fromApiError(query.error) : noErrors;
  const data = query.data;
  const fetching = query.isFetching;

  return (
    <article>
      {/* An admin sees a person only as the search showed them: after a reload, back is the search. */}
      {user.role === 'admin' && !known ? (
        <BackLink to="/persons">{t('persons.search.title')}</BackLink>
      ) : (
        <BackLink to={`/persons/${personId}`}>{t('persons.detail.title')}</BackLink>
      )}
      <div className="page-header">
        <div>
          <h1>{t('accessLog.title')}</h1>
          {known && (
            <p className="lead">
              {t('accessLog.personLead', { name: fullName(known), date: formatDate(known.dateOfBirth) })}
            </p>
          )}
        </div>
        {user.role === 'admin' && data && (
          <div className="page-actions">
            <a
              href={accessLogCsvHref(personId, { from: data.from, to: data.to })}
              download
              className="button button-secondary"
            >
              <Icon name="download" />
              {t('accessLog.downloadCsv')}
            </a>
          </div>
        )}
      </div>
      <div className="page-narrow">
        <p>{t('accessLog.intro')}</p>
        <p>{user.role === 'admin' ? t('accessLog.introAdmin') : t('accessLog.introWorker')}</p>
      </div>

      <AccessLogFilter
        initial={urlDraft}
        outsideErrors={outsideErrors}
        outsideAttempt={query.errorUpdateCount}
        pending={fetching}
        onApply={apply}
      />

      <section aria-labelledby="access-log-results" className="results">
        <h2 id="access-log-results">{t('accessLog.resultsTitle')}</h2>
        <p role="status" className="results-status">
          {fetching
            ? t('common.loading')
            : data
              ? t('accessLog.count', {
                  count: data.entries.length,
                  from: formatDate(data.from),
                  to: formatDate(data.to),
                })
              : ''}
        </p>
        {data && !fetching && <Results log={data} />}
      </section>
    </article>
  );
}

function Results({ log }: { log: PersonAccessLog }) {
  const { t } = useTranslation();
  if (log.entries.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('accessLog.empty')}</p>
      </div>
    );
  }
  return (
    <>
      {log.truncated && (
        <div className="notice notice-warning">
          <Icon name="alert" />
          <p>{t('accessLog.truncated')}</p>
        </div>
      )}
      <AccessLogTable
        entries={log.entries}
        workerNamesShown={log.workerNamesShown}
        caption={t('accessLog.caption', { from: formatDate(log.from), to: formatDate(log.to) })}
      />
    </>
  );
}
