import {
  type EventSignificance,
  eventSignificances,
  type LifeEvent,
  type LifeEventKind,
  lifeEventKinds,
} from '@verkosto/domain';
import type { EventRow } from './repository';

function oneOf<T extends string>(list: readonly T[], value: string, what: string): T {
  if (!(list as readonly string[]).includes(value)) throw new Error(`unknown ${what} in a stored life event`);
  return value as T;
}

export function presentEvent(row: EventRow): LifeEvent {
  const e = row.event;
  return {
    id: e.id,
    version: e.version,
    when: { year: e.year, month: e.month, day: e.day, approximate: e.approximate },
    kind: oneOf<LifeEventKind>(lifeEventKinds, e.kind, 'kind'),
    significance: oneOf<EventSignificance>(eventSignificances, e.significance, 'significance'),
    title: e.title,
    description: e.description,
    toldBy: e.toldBy,
    recordedBy: row.recordedBy,
    recordedAt: e.recordedAt.toISOString(),
  };
}
