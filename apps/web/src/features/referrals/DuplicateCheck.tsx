import type { ReferralMatch, ReferralView } from '@verkosto/domain';
import { useEffect, useRef } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useReferralMatches } from '../../api/referrals';
import { Icon } from '../../components/Icon';
import { fullName } from '../../components/names';
import { Loading } from '../../components/QueryState';
import { formatDate } from '../../i18n/format';
import { MaskedIdentityCode } from '../persons/PersonResultsTable';
import { RegisterChildDialog } from './RegisterChildDialog';

/** The person the referral is accepted for: a match of the check, or a child registered just now. */
export interface ChosenPerson {
  id: string;
  firstNames: string;
  lastName: string;
  dateOfBirth: string;
  identityCodeMasked: string | null;
  registeredNow: boolean;
}

interface Props {
  referral: ReferralView;
  chosen: ChosenPerson | null;
  onChoose: (person: ChosenPerson | null) => void;
}

/**
 * Is the child already in Verkosto? Registered persons with the same name, or the same last name and
 * date of birth, and which units have an open case of them: whom to contact, nothing of the cases.
 */
export function DuplicateCheck({ referral, chosen, onChoose }: Props) {
  const { t } = useTranslation();
  const query = useReferralMatches(referral.id, true);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const touched = useRef(false);
  const choose = (person: ChosenPerson | null) => {
    touched.current = true;
    onChoose(person);
  };

  // The button that chose (or the dialog that registered) is gone once the choice shows: focus goes to
  // the section's heading, from where the choice is read.
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs when the choice changes only
  useEffect(() => {
    if (touched.current) headingRef.current?.focus();
  }, [chosen]);

  return (
    <section aria-labelledby="duplicate-heading" className="panel">
      <h2 id="duplicate-heading" ref={headingRef} tabIndex={-1}>
        {t('referrals.duplicates.title')}
      </h2>
      <p>{t('referrals.duplicates.intro')}</p>
      {chosen ? (
        <div className="chosen">
          <p className="chosen-name">
            <span className="chosen-label">
              {chosen.registeredNow ? t('referrals.duplicates.registered') : t('referrals.duplicates.chosen')}
            </span>
            {fullName(chosen)}
            <span className="dd-detail">
              {t('referrals.bornOn', { date: formatDate(chosen.dateOfBirth) })}
              {chosen.identityCodeMasked && ` · ${chosen.identityCodeMasked}`}
            </span>
          </p>
          <Button className="button button-secondary button-small" onPress={() => choose(null)}>
            {t('referrals.duplicates.change')}
          </Button>
        </div>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <div className="notice notice-error" role="alert">
          <Icon name="alert" />
          <p>{t('referrals.duplicates.failed')}</p>
        </div>
      ) : (
        <>
          {query.data.matches.length === 0 ? (
            <p className="referral-no-matches">
              <Icon name="check" /> {t('referrals.duplicates.none')}
            </p>
          ) : (
            <Matches matches={query.data.matches} onChoose={choose} />
          )}
          <div className="referral-register">
            <p>
              {query.data.matches.length === 0
                ? t('referrals.duplicates.registerHint')
                : t('referrals.duplicates.registerIfNone')}
            </p>
            <RegisterChildDialog
              referral={referral}
              onRegistered={(p) =>
                choose({
                  id: p.id,
                  firstNames: p.firstNames,
                  lastName: p.lastName,
                  dateOfBirth: p.dateOfBirth,
                  identityCodeMasked: p.identityCodeMasked,
                  registeredNow: true,
                })
              }
            />
          </div>
        </>
      )}
    </section>
  );
}

function Matches({
  matches,
  onChoose,
}: {
  matches: readonly ReferralMatch[];
  onChoose: (person: ChosenPerson) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-compact referral-table">
        <caption className="visually-hidden">{t('referrals.duplicates.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('persons.columns.name')}</th>
            <th scope="col">{t('persons.columns.dateOfBirth')}</th>
            <th scope="col">{t('persons.columns.identityCode')}</th>
            <th scope="col">{t('referrals.duplicates.openCases')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('persons.columns.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {matches.map((m) => (
            <tr key={m.personId}>
              <th scope="row">{fullName(m)}</th>
              <td className="cell-nowrap">{formatDate(m.dateOfBirth)}</td>
              <td className="cell-nowrap">
                <MaskedIdentityCode masked={m.identityCodeMasked} />
              </td>
              <td>
                {m.openCases.length === 0 ? (
                  <span className="muted">{t('referrals.duplicates.noOpenCases')}</span>
                ) : (
                  <ul className="plain-list">
                    {m.openCases.map((c) => (
                      <li key={`${c.unit}-${c.serviceType}`}>
                        {c.unit}
                        <span className="cell-detail">{t(`enums.serviceType.${c.serviceType}`)}</span>
                      </li>
                    ))}
                  </ul>
                )}
              </td>
              <td className="cell-action">
                <Button
                  className="button button-secondary button-small"
                  aria-label={t('referrals.duplicates.chooseNamed', { name: fullName(m) })}
                  onPress={() =>
                    onChoose({
                      id: m.personId,
                      firstNames: m.firstNames,
                      lastName: m.lastName,
                      dateOfBirth: m.dateOfBirth,
                      identityCodeMasked: m.identityCodeMasked,
                      registeredNow: false,
                    })
                  }
                >
                  {t('referrals.duplicates.choose')}
                </Button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
