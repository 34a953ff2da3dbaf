import { useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { fromApiError, hasErrors, noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { listName } from '../../components/names';
import { PendingButton } from '../../components/PendingButton';
import { usePageTitle } from '../../components/usePageTitle';
import { handlesClients, useUser } from '../session/user-context';
import { rememberPerson } from './identity';
import { PersonResultsTable } from './PersonResultsTable';
import { PersonSearchFields } from './PersonSearchFields';
import { useCheckedSearch } from './search';
import { useSearchMemory } from './search-memory';

export function PersonSearchPage() {
  const { t } = useTranslation();
  usePageTitle(t('persons.search.title'));
  const user = useUser();
  const queryClient = useQueryClient();
  const memory = useSearchMemory();
  const { query, localErrors, noTerms, search, changeTerms, clear, resultStatus } = useCheckedSearch(memory);
  const [attempt, setAttempt] = useState(0);

  const errors =
    hasErrors(localErrors) || noTerms ? localErrors : query.isError ? fromApiError(query.error) : noErrors;
  const fields: SummaryField[] = [
    { path: 'name', controlId: 'search-name', label: t('persons.search.name') },
    { path: 'dateOfBirth', controlId: 'search-dateOfBirth', label: t('persons.search.dateOfBirth') },
    { path: 'identityCode', controlId: 'search-identityCode', label: t('persons.search.identityCode') },
  ];

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    // A failed check is a failed attempt: the error summary takes focus again.
    if (!search()) setAttempt((n) => n + 1);
  };

  const data = query.data;
  const works = handlesClients(user);

  return (
    <>
      <h1>{t('persons.search.title')}</h1>
      <p className="lead">{works ? t('persons.search.intro') : t('persons.search.adminIntro')}</p>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt + query.errorUpdateCount}
        message={noTerms ? t('persons.search.needTerm') : undefined}
      />
      <Form
        role="search"
        aria-label={t('persons.search.formLabel')}
        onSubmit={submit}
        className="search-form panel"
      >
        <PersonSearchFields idPrefix="search" terms={memory.terms} onChange={changeTerms} errors={errors} />
        <div className="form-actions">
          <PendingButton type="submit" className="button button-primary" pending={query.isFetching}>
            <Icon name="search" />
            {t('persons.search.submit')}
          </PendingButton>
          <Button className="button button-secondary" onPress={clear}>
            {t('persons.search.clear')}
          </Button>
        </div>
        <p className="muted small">
          <Icon name="info" /> {t('persons.search.logged')}
        </p>
      </Form>

      <section aria-labelledby="search-results-title" className="results">
        <h2 id="search-results-title">{t('persons.search.resultsTitle')}</h2>
        <p role="status" className="results-status">
          {resultStatus}
        </p>
        {data && !query.isFetching && data.truncated && (
          <div className="notice notice-warning">
            <Icon name="alert" />
            <p>{t('persons.search.truncated')}</p>
          </div>
        )}
        {data && data.persons.length > 0 && (
          <PersonResultsTable
            persons={data.persons}
            caption={t('persons.search.resultsTitle')}
            renderName={(p) => (
              <Link
                to={`/persons/${p.id}`}
                onClick={() => rememberPerson(queryClient, p)}
                className="cell-link"
              >
                {listName(p)}
              </Link>
            )}
            renderActions={
              works
                ? (p) => (
                    <Link
                      to={`/cases/new?personId=${p.id}`}
                      onClick={() => rememberPerson(queryClient, p)}
                      className="button button-secondary button-small"
                      aria-label={t('persons.search.openCaseFor', { name: listName(p) })}
                    >
                      {t('persons.search.openCase')}
                    </Link>
                  )
                : undefined
            }
          />
        )}
        {data && data.persons.length === 0 && (
          <div className="empty-state">
            <p>{works ? t('persons.search.empty') : t('persons.search.adminEmpty')}</p>
            {works && (
              <p>
                <Link to="/persons/new" className="button button-secondary">
                  <Icon name="plus" />
                  {t('persons.search.createPerson')}
                </Link>
              </p>
            )}
          </div>
        )}
        {!data && !query.isFetching && <p className="muted">{t('persons.search.notYet')}</p>}
      </section>
    </>
  );
}
