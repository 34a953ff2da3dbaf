import type { LifeEvent, Timeline, zLifeEventInput } from '@verkosto/domain';
import type { z } from 'zod';
import { DENIED, type Door, type RequestContext, throughDoor } from '../../access/door';
import { enterCase } from '../../access/enter-case';
import type { AppDeps } from '../../deps';
import { staleVersion } from '../../http/errors';
import { presentEvent } from './presenter';
import * as repo from './repository';

type Options<I> = { deps: AppDeps; ctx: RequestContext; input: I };
type EventInput = z.output<typeof zLifeEventInput>;

function fields(input: EventInput): repo.EventFields {
  return {
    year: input.when.year,
    month: input.when.month ?? null,
    day: input.when.day ?? null,
    approximate: input.when.approximate,
    kind: input.kind,
    significance: input.significance,
    title: input.title,
    description: input.description,
    toldBy: input.toldBy,
  };
}

/** An event through its case; one that does not exist is logged as refused, like one not shown. */
async function enterEvent(door: Door, eventId: string, action: 'update' | 'remove') {
  const row = await repo.findEvent(door.tx, eventId);
  if (!row) {
    await door.log(
      { action, recordType: 'timeline', recordId: eventId, subjectPersonIds: [] },
      { allowed: false, reason: 'no_care_relationship' },
    );
    return null;
  }
  const entered = await enterCase(door, row.event.caseId, 'write', {
    action,
    recordType: 'timeline',
    recordId: eventId,
  });
  return entered ? row : null;
}

export function getTimeline({ deps, ctx, input }: Options<{ caseId: string }>) {
  return throughDoor<Timeline>(deps.db, ctx, async (door) => {
    const entered = await enterCase(door, input.caseId, 'read', { action: 'read', recordType: 'timeline' });
    if (!entered) return DENIED;
    const rows = await repo.eventsOfCase(door.tx, input.caseId);
    return { caseId: input.caseId, events: rows.map(presentEvent), canEdit: entered.canEdit };
  });
}

export function addEvent({ deps, ctx, input }: Options<{ caseId: string; event: EventInput }>) {
  return throughDoor<LifeEvent>(deps.db, ctx, async (door) => {
    if (!(await enterCase(door, input.caseId, 'write', { action: 'create', recordType: 'timeline' })))
      return DENIED;
    const id = await repo.insertEvent(door.tx, input.caseId, fields(input.event), door.actor.userId);
    const row = await repo.findEvent(door.tx, id);
    return row ? presentEvent(row) : DENIED;
  });
}

export function updateEvent({
  deps,
  ctx,
  input,
}: Options<{ eventId: string; version: number; event: EventInput }>) {
  return throughDoor<LifeEvent>(deps.db, ctx, async (door) => {
    if (!(await enterEvent(door, input.eventId, 'update'))) return DENIED;
    if (!(await repo.updateEvent(door.tx, input.eventId, input.version, fields(input.event))))
      return staleVersion();
    const row = await repo.findEvent(door.tx, input.eventId);
    return row ? presentEvent(row) : DENIED;
  });
}

export function removeEvent({ deps, ctx, input }: Options<{ eventId: string }>) {
  return throughDoor<{ removed: true }>(deps.db, ctx, async (door) => {
    if (!(await enterEvent(door, input.eventId, 'remove'))) return DENIED;
    await repo.removeEvent(door.tx, input.eventId);
    return { removed: true as const };
  });
}
