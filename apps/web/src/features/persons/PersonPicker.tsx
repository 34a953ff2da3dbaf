import { useQueryClient } from '@tanstack/react-query';
import type { PersonIdentity, PersonSearch } from '@verkosto/domain';
import { useId, useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { fromApiError } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { listName } from '../../components/names';
import { PendingButton } from '../../components/PendingButton';
import { rememberPerson } from './identity';
import { PersonResultsTable } from './PersonResultsTable';
import { PersonSearchFields } from './PersonSearchFields';
import { useCheckedSearch } from './search';
import { emptyTerms, type SearchTerms } from './search-memory';

interface Props {
  idPrefix: string;
  heading: string;
  headingLevel?: 2 | 3;
  /** Visible text of the pick button, e.g. "Add to family". */
  pickText: string;
  /** Accessible name of the pick button for one person; starts with pickText. */
  pickLabel: (name: string) => string;
  isPicked: (id: string) => boolean;
  onPick: (person: PersonIdentity) => void;
}

/**
 * An inline person search inside another form (no nested form: Enter in a field searches).
 * Picked persons are remembered in memory so the form can name them.
 */
export function PersonPicker({
  idPrefix,
  heading,
  headingLevel = 3,
  pickText,
  pickLabel,
  isPicked,
  onPick,
}: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const headingId = useId();
  const [terms, setTerms] = useState<SearchTerms>(emptyTerms);
  const [body, setBody] = useState<PersonSearch | null>(null);
  const { query, localErrors, noTerms, search, changeTerms, resultStatus } = useCheckedSearch({
    terms,
    setTerms,
    submitted: body,
    setSubmitted: setBody,
  });
  const errors = query.isError ? fromApiError(query.error) : localErrors;
  const run = () => void search();

  const data = query.data;
  const status = noTerms && !query.isFetching ? t('persons.search.needTerm') : resultStatus;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  return (
    <search className="picker" aria-labelledby={headingId}>
      <Heading id={headingId} className="picker-title">
        {heading}
      </Heading>
      <PersonSearchFields
        idPrefix={idPrefix}
        terms={terms}
        onChange={changeTerms}
        errors={errors}
        onEnter={run}
      />
      <div className="form-actions">
        <PendingButton className="button button-secondary" onPress={run} pending={query.isFetching}>
          <Icon name="search" />
          {t('persons.search.submit')}
        </PendingButton>
      </div>
      <p role="status" className={noTerms ? 'results-status is-error' : 'results-status'}>
        {status}
      </p>
      {data && data.persons.length > 0 && (
        <PersonResultsTable
          persons={data.persons}
          caption={heading}
          renderName={(p) => listName(p)}
          renderActions={(p) =>
            isPicked(p.id) ? (
              <span className="picked">
                <Icon name="check" />
                {t('persons.picker.picked')}
              </span>
            ) : (
              <Button
                className="button button-secondary button-small"
                aria-label={pickLabel(listName(p))}
                onPress={() => {
                  rememberPerson(queryClient, p);
                  onPick(p);
                }}
              >
                {pickText}
              </Button>
            )
          }
        />
      )}
      {data && data.persons.length === 0 && !query.isFetching && (
        <p>
          {t('persons.picker.empty')} <Link to="/persons/new">{t('persons.search.createPerson')}</Link>
        </p>
      )}
    </search>
  );
}
