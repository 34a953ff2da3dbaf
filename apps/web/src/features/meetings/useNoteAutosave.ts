import { useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '@verkosto/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, type ClientErrorCode, isApiError } from '../../api/client';
import { fetchMeeting, meetingKey, saveNoteDraft } from '../../api/meetings';
import { type NoteState, noteBodyOf, noteStateOf } from './note-draft';

/** How long typing must pause before the draft saves itself. */
export const AUTOSAVE_DELAY_MS = 1500;

function stopTimer(timer: { current: ReturnType<typeof setTimeout> | null }) {
  if (timer.current) clearTimeout(timer.current);
  timer.current = null;
}

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  /** Someone else saved the note after the version this writer saw: nothing more is saved until they choose. */
  | { kind: 'conflict' }
  | { kind: 'failed'; code: ClientErrorCode }
  /** The version someone else saved is on the screen, the writer's own text beside it. */
  | { kind: 'loaded' };

/**
 * The note's draft, saved by itself: a moment after typing stops, when a field is left, and before
 * signing. Every answer's version is kept for the next save. When someone else saved in between, the
 * writer's text stays on the screen and they may load the other version; their own text is then
 * kept beside it (`earlier`) to copy back.
 */
export function useNoteAutosave(meeting: Meeting) {
  const queryClient = useQueryClient();
  const [note, setNote] = useState<NoteState>(() => noteStateOf(meeting));
  const [state, setState] = useState<SaveState>({ kind: 'idle' });
  const [earlier, setEarlier] = useState<NoteState | null>(null);
  const latest = useRef(note);
  const version = useRef(meeting.note?.version ?? 0);
  const changes = useRef(0);
  const savedChanges = useRef(0);
  const conflict = useRef(false);
  /** Someone else sends the note now (conclude): no saves of our own until resumed. */
  const held = useRef(false);
  const failure = useRef<ClientErrorCode>('internal_error');
  const inFlight = useRef<Promise<void> | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const meetingId = meeting.id;

  const clearTimer = () => stopTimer(timer);

  const saveNow = useCallback(
    async (force = false): Promise<void> => {
      stopTimer(timer);
      while (inFlight.current) await inFlight.current;
      const dirty = changes.current !== savedChanges.current;
      if (held.current || conflict.current || (!dirty && !(force && version.current === 0))) return;
      const sending = changes.current;
      setState({ kind: 'saving' });
      const work = saveNoteDraft(meetingId, noteBodyOf(latest.current, version.current))
        .then((saved) => {
          version.current = saved.note?.version ?? version.current;
          savedChanges.current = sending;
          queryClient.setQueryData(meetingKey(meetingId), saved);
          setState({ kind: 'saved', at: saved.note?.updatedAt ?? new Date().toISOString() });
        })
        .catch((error: unknown) => {
          const code = isApiError(error) ? error.code : 'internal_error';
          if (code === 'stale_version') {
            conflict.current = true;
            setState({ kind: 'conflict' });
          } else {
            failure.current = code;
            setState({ kind: 'failed', code });
          }
        })
        .finally(() => {
          inFlight.current = null;
        });
      inFlight.current = work;
      await work;
    },
    [meetingId, queryClient],
  );

  /** Changes the draft; it saves itself once typing pauses. */
  const update = (change: (current: NoteState) => NoteState) => {
    latest.current = change(latest.current);
    setNote(latest.current);
    changes.current += 1;
    if (conflict.current) return;
    clearTimer();
    timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
  };

  /**
   * Saves what is pending and answers the version the server now holds; before the first save the
   * note is created, so that it can be signed. Throws when the draft could not be saved.
   */
  const settle = async (): Promise<number> => {
    await saveNow(true);
    if (conflict.current) throw new ApiError(409, 'stale_version');
    if (changes.current !== savedChanges.current || version.current === 0) {
      throw new ApiError(0, failure.current);
    }
    return version.current;
  };

  /** Waits for a save under way and stops saving: the caller sends the note itself (conclude). */
  const hold = async (): Promise<{ version: number; conflict: boolean }> => {
    held.current = true;
    clearTimer();
    while (inFlight.current) await inFlight.current;
    return { version: version.current, conflict: conflict.current };
  };

  /** The caller's send failed: saving goes on, and what changed meanwhile is saved. */
  const resume = () => {
    held.current = false;
    if (changes.current !== savedChanges.current) void saveNow();
  };

  /** Saves the draft even if unchanged, to learn whether someone else saved the note meanwhile. */
  const check = async () => {
    changes.current += 1;
    await saveNow();
  };

  /** Loads the version someone else saved; the writer's own text stays beside it to copy back. */
  const loadTheirs = async () => {
    const fresh = await fetchMeeting(queryClient, meetingId);
    setEarlier(latest.current);
    latest.current = noteStateOf(fresh);
    setNote(latest.current);
    version.current = fresh.note?.version ?? 0;
    savedChanges.current = changes.current;
    conflict.current = false;
    setState({ kind: 'loaded' });
    return fresh;
  };

  // Leaving the page saves what is pending, as leaving a field does.
  useEffect(() => () => void saveNow(), [saveNow]);

  return {
    note,
    /** The draft as it stands now, also between renders. */
    current: () => latest.current,
    state,
    earlier,
    update,
    /** Leaving a field: save now rather than after the pause. */
    flush: () => void saveNow(),
    settle,
    hold,
    resume,
    check,
    loadTheirs,
  };
}

export type NoteAutosave = ReturnType<typeof useNoteAutosave>;
