import type { CasePhase, ProcessView } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useProcess } from '../../api/process';
import { Loading } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { ClockTable } from './ClockTable';
import { NextSteps } from './NextSteps';
import { PhaseChangeDialog } from './PhaseChangeDialog';
import { PhaseHistory } from './PhaseHistory';
import { PhaseStepper } from './PhaseStepper';
import { ReviewDecisionForm } from './ReviewDecisionForm';
import { ReviewDecisionView } from './ReviewDecisionView';
import '../../styles/process.css';

type Done = { kind: 'moved' | 'decided'; phase: CasePhase };

/** The move the worker can make from here with the phase dialog, if any. */
function nextMove(p: ProcessView): NonNullable<ProcessView['next']> | null {
  const next = p.next;
  if (!p.canEdit || p.status !== 'open' || !next?.allowed) return null;
  // Closing needs the final evaluation and goes through the close form; the network review is left
  // by recording its decision.
  if (next.phase === 'closed' || p.phase === 'network_review') return null;
  return next;
}

/**
 * The case's process on the case page: the phases of its template as steps, the statutory clocks,
 * what is due next, the network review's decision and every phase change. The case's own workers move
 * the case on; everyone who may read the case sees where it stands.
 */
export function ProcessPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const query = useProcess(caseId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [done, setDone] = useState<Done | null>(null);

  // The button or form that was used is gone once the case moved on: focus goes to the panel's heading,
  // where the new state is read from the top.
  useEffect(() => {
    if (done) headingRef.current?.focus();
  }, [done]);

  if (query.isError) return null;
  const p = query.data;
  const reload = async () => (await query.refetch()).data;
  const move = p ? nextMove(p) : null;
  const deciding =
    p?.phase === 'network_review' && p.canEdit && p.status === 'open' && p.reviewDecision === null;

  return (
    <section aria-labelledby="process-heading" className="panel process">
      <div className="panel-header">
        <h2 id="process-heading" ref={headingRef} tabIndex={-1}>
          {t('process.title')}
        </h2>
        {p && move && (
          <div className="no-print">
            <PhaseChangeDialog
              process={p}
              to={move.phase}
              warnings={move.warnings}
              onChanged={(view) => setDone({ kind: 'moved', phase: view.phase })}
              onReload={reload}
            />
          </div>
        )}
      </div>
      <p className="process-intro">{t('process.intro')}</p>
      {p && !p.canEdit && <p className="muted">{t('process.readOnly')}</p>}
      <StatusMessage>
        {done ? t(`process.done.${done.kind}`, { phase: t(`enums.casePhase.${done.phase}`) }) : null}
      </StatusMessage>
      {!p ? (
        <Loading />
      ) : (
        <>
          <PhaseStepper process={p} />
          <section aria-labelledby="process-clocks-heading">
            <h3 id="process-clocks-heading">{t('process.clocks.title')}</h3>
            <ClockTable clocks={p.clocks} />
          </section>
          <section aria-labelledby="process-next-heading">
            <h3 id="process-next-heading">{t('process.next.title')}</h3>
            <NextSteps process={p} />
          </section>
          {deciding && (
            <ReviewDecisionForm
              process={p}
              onRecorded={(view) => setDone({ kind: 'decided', phase: view.phase })}
              onReload={reload}
            />
          )}
          {p.reviewDecision && <ReviewDecisionView decision={p.reviewDecision} purchased={p.purchased} />}
          <section aria-labelledby="process-history-heading" className="process-history-section">
            <h3 id="process-history-heading">{t('process.history.title')}</h3>
            <PhaseHistory changes={p.phaseChanges} />
          </section>
        </>
      )}
    </section>
  );
}
