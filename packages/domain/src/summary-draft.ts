import { meetingSettings, meetingTypes } from './api/meetings';
import type { SummaryFacts, SummaryLanguage, SummaryTexts } from './api/summaries';
import { printedDate } from './dates';
import { summaryWords } from './summary-words';

/**
 * The first draft of a summary's sections, written from the period's record in the summary's
 * language. The worker edits every word before signing; the evaluation and what happens next are
 * theirs to write, so those start empty.
 */
export function draftSummaryTexts(facts: SummaryFacts, language: SummaryLanguage): SummaryTexts {
  const w = summaryWords[language];
  const typeLines = meetingTypes.flatMap((t) => {
    const n = facts.meetings.byType[t];
    return n ? [`- ${w.meetingTypes[t]}: ${n}`] : [];
  });
  const settingLines = meetingSettings.flatMap((s) => {
    const n = facts.meetings.bySetting[s];
    return n ? [`- ${w.settings[s]}: ${n}`] : [];
  });
  const concern = facts.concern.map((c) =>
    w.concernLine(w.perspectives[c.perspective], w.zones[c.first], w.zones[c.latest], c.ratings),
  );
  return {
    meetings: [w.meetingsHeld(facts.meetings.held), ...typeLines, ...settingLines].join('\n'),
    network: w.networkChange(facts.network.membersAtStart, facts.network.membersNow, facts.network.snapshots),
    concern: concern.length > 0 ? concern.join('\n') : w.noConcern,
    plan: [
      w.planLine(facts.plan.versions, facts.plan.latestVersionNo),
      ...facts.plan.goals.map((g) => `- ${w.goalLine(g.title, g.latestRating)}`),
    ].join('\n'),
    guidance:
      facts.guidance.length > 0
        ? facts.guidance.map((g) => `- ${w.guidanceLine(g.service, printedDate(g.givenOn))}`).join('\n')
        : w.noGuidance,
    evaluation: '',
    nextSteps: '',
  };
}
