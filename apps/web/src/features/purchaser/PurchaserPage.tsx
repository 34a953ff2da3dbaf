import { zPurchaserPeriod } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { usePurchasedCases } from '../../api/purchaser';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { TextInput } from '../../components/fields';
import { NotFoundContent } from '../../components/NotFound';
import { PendingButton } from '../../components/PendingButton';
import { QueryGate } from '../../components/QueryState';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, todayIso } from '../../i18n/format';
import { useUser } from '../session/user-context';
import { PurchasedCaseTable } from './PurchasedCaseTable';
import '../../styles/summaries.css';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** The period asked for in the address, or this calendar year so far. Dates are no personal data. */
function periodOf(params: URLSearchParams): { from: string; to: string } {
  const today = todayIso();
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return {
    from: isoDate.test(from) ? from : `${today.slice(0, 4)}-01-01`,
    to: isoDate.test(to) ? to : today,
  };
}

/**
 * The purchaser's page (palvelunostaja): the services their organisation bought, what was delivered in
 * a period, and the signed summaries that a consent lets them receive. Nothing else of the cases.
 */
export function PurchaserPage() {
  const { t } = useTranslation();
  usePageTitle(t('purchaser.title'));
  if (useUser().role !== 'purchaser') return <NotFoundContent />;
  return <PurchasedServices />;
}

function PurchasedServices() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const period = periodOf(params);
  const [draft, setDraft] = useState(period);
  const query = usePurchasedCases(period.from, period.to);
  const { errors, clearFieldErrors, attempt, submit, fieldError } = useCheckedSubmit({
    schema: zPurchaserPeriod,
    send: async (checked: { from: string; to: string }) => checked,
    onSuccess: (checked) => setParams(checked, { replace: true }),
  });

  const fields: SummaryField[] = [
    { path: 'from', controlId: 'purchaser-from', label: t('purchaser.period.from') },
    { path: 'to', controlId: 'purchaser-to', label: t('purchaser.period.to') },
  ];

  return (
    <>
      <div className="page-header">
        <div>
          <h1>{t('purchaser.title')}</h1>
          <p className="lead">{t('purchaser.intro')}</p>
        </div>
      </div>
      <section aria-labelledby="purchaser-period-title" className="panel purchaser-period">
        <h2 id="purchaser-period-title">{t('purchaser.period.title')}</h2>
        <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        <Form
          className="form purchaser-period-form"
          validationBehavior="aria"
          onSubmit={(e) => submit(e, draft)}
        >
          <div className="field-row">
            <TextInput
              id="purchaser-from"
              type="date"
              label={t('purchaser.period.from')}
              value={draft.from}
              onChange={(from) => {
                setDraft((d) => ({ ...d, from }));
                clearFieldErrors(['from']);
              }}
              error={fieldError('from')}
              size="medium"
              isRequired
            />
            <TextInput
              id="purchaser-to"
              type="date"
              label={t('purchaser.period.to')}
              value={draft.to}
              onChange={(to) => {
                setDraft((d) => ({ ...d, to }));
                clearFieldErrors(['to']);
              }}
              error={fieldError('to')}
              size="medium"
              isRequired
            />
          </div>
          <div className="form-actions">
            <PendingButton type="submit" className="button button-primary" pending={query.isFetching}>
              {t('purchaser.period.show')}
            </PendingButton>
          </div>
        </Form>
      </section>
      <QueryGate query={query}>
        {(answer) => (
          <section aria-labelledby="purchaser-cases-title" className="purchaser-cases">
            <h2 id="purchaser-cases-title">
              {t('purchaser.cases.title', { from: formatDate(answer.from), to: formatDate(answer.to) })}
            </h2>
            <p className="table-summary" role="status">
              {t('purchaser.cases.count', { count: answer.cases.length })} ·{' '}
              {t('purchaser.cases.meetingsHeld', {
                count: answer.cases.reduce((sum, c) => sum + c.meetings.held, 0),
              })}
            </p>
            {answer.cases.length === 0 ? (
              <p className="empty-state">{t('purchaser.cases.empty')}</p>
            ) : (
              <PurchasedCaseTable
                cases={answer.cases}
                caption={t('purchaser.cases.title', {
                  from: formatDate(answer.from),
                  to: formatDate(answer.to),
                })}
              />
            )}
          </section>
        )}
      </QueryGate>
    </>
  );
}
