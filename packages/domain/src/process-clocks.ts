import type { CasePhase } from './enums';
import { clockDeadline, type ProcessTemplate } from './process-template';
import { addDays, workingDaysBetween } from './working-days';

/** Working days before a deadline from which a running clock is shown as near. */
export const CLOCK_NEAR_WORKING_DAYS = 3;

export const clockStates = ['running', 'near', 'overdue', 'met', 'met_late'] as const;
export type ClockState = (typeof clockStates)[number];

export interface ClockStatus {
  key: string;
  label: string;
  source: string;
  startedOn: string;
  deadline: string;
  /** The day the phase that stops the clock was reached; null while running (or reached before records). */
  metOn: string | null;
  state: ClockState;
  /** Working days from today to the deadline while running; negative when overdue. */
  workingDaysLeft: number | null;
}

/**
 * Where each statutory clock of a case stands on `today`. A clock stops when the case reaches the
 * phase that meets it (or any later one); `reachedOn` holds the day each phase was first reached.
 */
export function clockStatuses(
  template: Pick<ProcessTemplate, 'phases' | 'clocks'>,
  c: { referralReceivedOn: string; phase: CasePhase; reachedOn: Partial<Record<CasePhase, string>> },
  today: string,
): ClockStatus[] {
  const current = template.phases.indexOf(c.phase);
  return template.clocks.map((clock) => {
    const startedOn = c.referralReceivedOn;
    const deadline = clockDeadline(clock, startedOn);
    const metAt = template.phases.indexOf(clock.metByPhase);
    const reached = template.phases.slice(metAt).flatMap((p) => (c.reachedOn[p] ? [c.reachedOn[p]] : []));
    const metOn = reached.length > 0 ? (reached.sort()[0] ?? null) : null;
    const base = { key: clock.key, label: clock.label, source: clock.source, startedOn, deadline };
    if (current >= metAt) {
      return { ...base, metOn, state: metOn && metOn > deadline ? 'met_late' : 'met', workingDaysLeft: null };
    }
    if (today > deadline) {
      return {
        ...base,
        metOn: null,
        state: 'overdue',
        workingDaysLeft: -workingDaysBetween(deadline, today),
      };
    }
    const left = workingDaysBetween(today, deadline);
    return {
      ...base,
      metOn: null,
      state: left <= CLOCK_NEAR_WORKING_DAYS ? 'near' : 'running',
      workingDaysLeft: left,
    };
  });
}

/** Phases in which period summaries are written: the work has begun and the case is not yet closing. */
const summaryPhases: readonly CasePhase[] = ['assessment', 'network_review', 'active_work'];

/**
 * When the next period summary of a case is due: `summaryIntervalWeeks` after the end of the last
 * signed one, or after the referral for the first. Null when the case is in no summary phase.
 */
export function periodSummaryDueOn(
  template: Pick<ProcessTemplate, 'summaryIntervalWeeks'>,
  c: { phase: CasePhase; referralReceivedOn: string; lastSummaryEnd: string | null },
): string | null {
  if (!summaryPhases.includes(c.phase)) return null;
  return addDays(c.lastSummaryEnd ?? c.referralReceivedOn, template.summaryIntervalWeeks * 7);
}
