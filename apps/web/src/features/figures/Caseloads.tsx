import type { UseQueryResult } from '@tanstack/react-query';
import type { CaseSummary, UnitFigures } from '@verkosto/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Icon } from '../../components/Icon';
import { LoadError, Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { ClientName } from '../cases/CaseTable';
import { clientText } from './client-text';
import { MoveCaseDialog } from './MoveCaseDialog';

interface Props {
  unit: UnitFigures;
  headingId: string;
  /** The team lead's case list: their units' open cases, among others. */
  cases: UseQueryResult<{ cases: CaseSummary[] }>;
}

/** Which pairs of workers hold the unit's open cases together, from the figures (names no client). */
function Pairs({ unit }: { unit: UnitFigures }) {
  const { t } = useTranslation();
  if (unit.pairs.length === 0) return <p className="muted">{t('figures.caseloads.noPairs')}</p>;
  return (
    <div className="table-wrap">
      <table className="table table-compact figures-table">
        <caption className="figures-caption">{t('figures.caseloads.pairsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('figures.caseloads.responsible')}</th>
            <th scope="col">{t('figures.caseloads.pair')}</th>
            <th scope="col" className="cell-number">
              {t('figures.caseloads.openCases')}
            </th>
          </tr>
        </thead>
        <tbody>
          {unit.pairs.map((p) => (
            <tr key={`${p.responsible}|${p.pair}`}>
              <td>{p.responsible}</td>
              <td>{p.pair}</td>
              <td className="cell-number">{p.cases}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/**
 * Rebalancing the unit's caseloads: its open cases with their workers, each movable to another
 * worker. This list names clients, unlike the figures, and reading it is logged per client.
 */
export function Caseloads({ unit, headingId, cases }: Props) {
  const { t } = useTranslation();
  const [moved, setMoved] = useState<string | null>(null);
  const open = (cases.data?.cases ?? [])
    .filter((c) => c.unit.id === unit.unitId && c.status === 'open')
    .sort((a, b) => a.openedOn.localeCompare(b.openedOn));

  return (
    <section aria-labelledby={headingId} className="figures-block">
      <h3 id={headingId}>{t('figures.caseloads.title')}</h3>
      <p className="page-narrow">{t('figures.caseloads.intro')}</p>
      <Pairs unit={unit} />
      <p className="muted small">
        <Icon name="info" /> {t('figures.caseloads.logged')}
      </p>
      <StatusMessage>{moved}</StatusMessage>
      {cases.isPending ? (
        <Loading />
      ) : cases.isError ? (
        <LoadError error={cases.error} onRetry={() => void cases.refetch()} />
      ) : open.length === 0 ? (
        <p className="muted">{t('figures.caseloads.empty')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-compact figures-table">
            <caption className="figures-caption">
              {t('figures.caseloads.caption', { unit: unit.unit })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.caseloads.client')}</th>
                <th scope="col">{t('figures.caseloads.responsible')}</th>
                <th scope="col">{t('figures.caseloads.pair')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('figures.caseloads.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {open.map((c) => (
                <tr key={c.id}>
                  <th scope="row">
                    <Link to={`/cases/${c.id}`} className="cell-link">
                      <ClientName subject={c.subject} />
                    </Link>
                    <span className="cell-detail">{t(`enums.casePhase.${c.phase}`)}</span>
                  </th>
                  <td>{c.responsibleWorker.displayName}</td>
                  <td>
                    {c.pairWorker?.displayName ?? <span className="muted">{t('figures.move.noPair')}</span>}
                  </td>
                  <td className="cell-actions">
                    <MoveCaseDialog
                      summary={c}
                      onMoved={(detail) =>
                        setMoved(
                          t('figures.caseloads.moved', {
                            client: clientText(detail.subject, t),
                            responsible: detail.responsibleWorker.displayName,
                          }),
                        )
                      }
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
