import { type AdminChange, type AdminRecordType, adminRecordTypes } from '@verkosto/domain';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { type ChangeFilter, useAdminChanges } from '../../api/admin';
import { SelectInput } from '../../components/fields';
import { NotFoundContent } from '../../components/NotFound';
import { PendingButton } from '../../components/PendingButton';
import { LoadError } from '../../components/QueryState';
import { formatDate, formatTime } from '../../i18n/format';
import { useUser } from '../session/user-context';
import { AdminLayout } from './AdminLayout';
import {
  filterFromParams,
  isChangeFieldName,
  noFilter,
  orderedFields,
  paramsFromFilter,
} from './change-filter';
import { useRecordChoices } from './useRecordChoices';

/**
 * The admin change log, newest first: who changed what in the county's structure, when, and which
 * fields. It is append-only; this page only reads it, narrowed to a kind of record or one record.
 */
export function ChangesPage() {
  const { t } = useTranslation();
  const isAdmin = useUser().role === 'admin';
  const [params, setParams] = useSearchParams();
  const filter = filterFromParams(params);
  const query = useAdminChanges(filter, isAdmin);

  if (!isAdmin) return <NotFoundContent />;

  const apply = (next: ChangeFilter) => setParams(paramsFromFilter(next), { replace: true });
  const changes = query.data?.pages.flatMap((p) => p.changes) ?? [];

  return (
    <AdminLayout title={t('admin.changes.title')} intro={t('admin.changes.intro')}>
      <ChangeFilterForm filter={filter} onChange={apply} />
      <section aria-labelledby="admin-changes-results" className="results">
        <h2 id="admin-changes-results">{t('admin.changes.resultsTitle')}</h2>
        <p role="status" className="results-status">
          {query.isPending || (query.isFetching && !query.isFetchingNextPage)
            ? t('common.loading')
            : query.isSuccess
              ? t(query.hasNextPage ? 'admin.changes.countMore' : 'admin.changes.count', {
                  count: changes.length,
                })
              : ''}
        </p>
        {query.isError ? (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        ) : query.isSuccess && changes.length === 0 ? (
          <div className="empty-state">
            <p>{t('admin.changes.empty')}</p>
          </div>
        ) : changes.length > 0 ? (
          <>
            <ChangeTable changes={changes} />
            {query.hasNextPage && (
              <div className="form-actions admin-more">
                <PendingButton
                  className="button button-secondary"
                  pending={query.isFetchingNextPage}
                  onPress={() => {
                    if (!query.isFetchingNextPage) void query.fetchNextPage();
                  }}
                >
                  {t('admin.changes.older')}
                </PendingButton>
              </div>
            )}
          </>
        ) : null}
      </section>
    </AdminLayout>
  );
}

/** The kind of record and, once a kind is chosen, one record of it: each choice narrows the log at once. */
function ChangeFilterForm({
  filter,
  onChange,
}: {
  filter: ChangeFilter;
  onChange: (f: ChangeFilter) => void;
}) {
  const { t } = useTranslation();
  const records = useRecordChoices(filter.recordType);
  const typeOptions = adminRecordTypes.map((r) => ({ value: r, label: t(`admin.recordType.${r}`) }));
  // A record asked for in the address stays a choice while the list is read, named once it is there.
  const recordOptions =
    filter.recordId && !records.some((r) => r.value === filter.recordId)
      ? [...records, { value: filter.recordId, label: t('admin.changes.filter.unknownRecord') }]
      : records;

  return (
    <div className="search-form admin-filter">
      <h2 className="visually-hidden">{t('admin.changes.filter.title')}</h2>
      <div className="search-fields">
        <SelectInput<AdminRecordType>
          id="admin-changes-recordType"
          label={t('admin.changes.filter.recordType')}
          value={filter.recordType}
          onChange={(recordType) => onChange({ recordType, recordId: null })}
          options={typeOptions}
          placeholder={t('form.choose')}
          noneLabel={t('admin.changes.filter.allTypes')}
        />
        {filter.recordType && (
          <SelectInput
            id="admin-changes-recordId"
            label={t('admin.changes.filter.record', {
              type: t(`admin.recordType.${filter.recordType}`),
            })}
            value={filter.recordId}
            onChange={(recordId) => onChange({ ...filter, recordId })}
            options={recordOptions}
            placeholder={t('form.choose')}
            noneLabel={t('admin.changes.filter.allRecords')}
          />
        )}
      </div>
      {(filter.recordType || filter.recordId) && (
        <div>
          <Button className="button button-secondary" onPress={() => onChange(noFilter)}>
            {t('admin.changes.filter.clear')}
          </Button>
        </div>
      )}
    </div>
  );
}

function ChangeTable({ changes }: { changes: AdminChange[] }) {
  const { t, i18n } = useTranslation();
  const fieldName = (field: string) =>
    isChangeFieldName(field) && i18n.exists(`admin.field.${field}`) ? t(`admin.field.${field}`) : field;
  return (
    <div className="table-wrap">
      <table className="table table-compact">
        <caption className="visually-hidden">{t('admin.changes.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.changes.column.when')}</th>
            <th scope="col">{t('admin.changes.column.actor')}</th>
            <th scope="col">{t('admin.changes.column.action')}</th>
            <th scope="col">{t('admin.changes.column.record')}</th>
            <th scope="col">{t('admin.changes.column.fields')}</th>
            <th scope="col" className="cell-number">
              {t('admin.changes.column.version')}
            </th>
          </tr>
        </thead>
        <tbody>
          {changes.map((c) => (
            <tr key={c.seq}>
              <td className="cell-nowrap">
                <time dateTime={c.at}>
                  {t('admin.changes.when', { date: formatDate(c.at), time: formatTime(c.at) })}
                </time>
              </td>
              <td>{c.actor ? c.actor.name : <span className="muted">{t('admin.changes.operator')}</span>}</td>
              <td>{t(`admin.action.${c.action}`)}</td>
              <th scope="row">
                {c.record.name || <span className="muted">{t('admin.changes.unnamed')}</span>}
                <span className="cell-detail">{t(`admin.recordType.${c.recordType}`)}</span>
              </th>
              <td>
                {c.fields.length === 0 ? (
                  <span className="muted">{t('admin.changes.noFields')}</span>
                ) : (
                  <ul className="admin-list">
                    {orderedFields(c.fields).map((f) => (
                      <li key={f}>{fieldName(f)}</li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="cell-number">{c.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
