import {
  type Attendance,
  type Meeting,
  type NoteDraft,
  type NoteSection,
  noteSections,
} from '@verkosto/domain';

/** The key of the client's own view among the participants' views. */
export const CLIENT = 'client';

export interface ViewDraft {
  text: string;
  /** Written down in the person's own words, not the worker's summary of them. */
  ownWords: boolean;
}

/** The note as its writer leaves it: every section, each person's view and who came. */
export interface NoteState {
  sections: Record<NoteSection, string>;
  /** By participant id, or CLIENT for the client themselves. */
  views: Record<string, ViewDraft>;
  attendance: Record<string, Attendance | null>;
}

export function noteStateOf(meeting: Meeting): NoteState {
  const note = meeting.note;
  const sections = Object.fromEntries(noteSections.map((s) => [s, note?.sections[s] ?? ''])) as Record<
    NoteSection,
    string
  >;
  const views: Record<string, ViewDraft> = {};
  for (const v of note?.views ?? []) {
    views[v.participantId ?? CLIENT] = { text: v.text, ownWords: v.ownWords };
  }
  const attendance = Object.fromEntries(meeting.participants.map((p) => [p.id, p.attendance]));
  return { sections, views, attendance };
}

/** The client's words are theirs unless the writer says otherwise. */
export function viewOf(state: NoteState, key: string): ViewDraft {
  return state.views[key] ?? { text: '', ownWords: key === CLIENT };
}

/** What the server keeps: views with text only, attendance of every participant. */
export function noteBodyOf(state: NoteState, version: number): NoteDraft {
  return {
    version,
    sections: state.sections,
    views: Object.entries(state.views)
      .filter(([, v]) => v.text.trim() !== '')
      .map(([key, v]) => ({
        participantId: key === CLIENT ? null : key,
        text: v.text,
        ownWords: v.ownWords,
      })),
    attendance: Object.entries(state.attendance).map(([participantId, attendance]) => ({
      participantId,
      attendance,
    })),
  };
}

/** A text of mine that differs from what was loaded over it, to offer back; null when the same. */
export function differing(mine: string | undefined, now: string): string | null {
  if (mine === undefined || mine.trim() === '' || mine.trim() === now.trim()) return null;
  return mine;
}
