import type { EventSignificance, LifeEvent, LifeEventInput, LifeEventKind } from '@verkosto/domain';

/** The event form as the user leaves it: the year as typed, choices not yet made as null. */
export interface EventDraft {
  year: string;
  month: string | null;
  day: string | null;
  approximate: boolean;
  kind: LifeEventKind | null;
  significance: EventSignificance | null;
  title: string;
  description: string;
  toldBy: string;
}

export function emptyDraft(): EventDraft {
  return {
    year: '',
    month: null,
    day: null,
    approximate: false,
    kind: null,
    significance: null,
    title: '',
    description: '',
    toldBy: '',
  };
}

export function draftOf(e: LifeEvent): EventDraft {
  return {
    year: String(e.when.year),
    month: e.when.month === null ? null : String(e.when.month),
    day: e.when.day === null ? null : String(e.when.day),
    approximate: e.when.approximate,
    kind: e.kind,
    significance: e.significance,
    title: e.title,
    description: e.description ?? '',
    toldBy: e.toldBy,
  };
}

/** A typed year: empty is missing, anything but digits is out of range so the schema calls it invalid. */
function yearOf(text: string): number | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d{1,4}$/.test(trimmed) ? Number(trimmed) : -1;
}

/** What the form sends: missing choices stay undefined so the shared schema reports them as required. */
export function bodyOf(d: EventDraft): Partial<Record<keyof LifeEventInput, unknown>> {
  return {
    when: {
      year: yearOf(d.year),
      month: d.month === null ? null : Number(d.month),
      day: d.day === null ? null : Number(d.day),
      approximate: d.approximate,
    },
    kind: d.kind ?? undefined,
    significance: d.significance ?? undefined,
    title: d.title,
    description: d.description,
    toldBy: d.toldBy,
  };
}

/** The words the user wrote that the latest saved version does not have: kept for them to copy back. */
export function ownWords(
  mine: EventDraft,
  theirs: EventDraft,
): { title: string; description: string } | null {
  const title = mine.title.trim() !== theirs.title.trim() ? mine.title.trim() : '';
  const description = mine.description.trim() !== theirs.description.trim() ? mine.description.trim() : '';
  return title || description ? { title, description } : null;
}
