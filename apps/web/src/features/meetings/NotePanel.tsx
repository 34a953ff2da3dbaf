import { useQueryClient } from '@tanstack/react-query';
import type { Meeting } from '@verkosto/domain';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { meetingKey, refreshMeetings, signNote } from '../../api/meetings';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { StatusMessage } from '../../components/StatusMessage';
import { NoteStatusBadge } from './MeetingBadges';
import { AttendanceFields, AutosaveBar, SectionFields, ViewFields } from './NoteFields';
import { Addenda, NoteView } from './NoteView';
import { type NoteAutosave, useNoteAutosave } from './useNoteAutosave';

/** Whether the signed-in worker may still write the meeting's note. */
export function noteEditable(meeting: Meeting): boolean {
  return meeting.canEdit && meeting.status !== 'cancelled' && meeting.note?.status !== 'signed';
}

/**
 * The meeting's note on its page: the case's own workers write it, and it saves itself as a draft
 * until signed; a signed note is only read, with its addenda. Readers let in by a consent only read.
 */
export function NotePanel({ meeting, clientName }: { meeting: Meeting; clientName: string }) {
  const { t } = useTranslation();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [signedNow, setSignedNow] = useState(false);

  // The editor and its sign button are gone once signed: focus goes to the note's heading.
  useEffect(() => {
    if (signedNow) headingRef.current?.focus();
  }, [signedNow]);

  return (
    <section aria-labelledby="note-title" className="panel note-panel">
      <div className="panel-header">
        <h2 id="note-title" ref={headingRef} tabIndex={-1}>
          {t('meetings.note.heading')}
        </h2>
        <NoteStatusBadge status={meeting.note?.status ?? null} />
      </div>
      <StatusMessage>{signedNow ? t('meetings.note.signedNow') : null}</StatusMessage>
      {noteEditable(meeting) ? (
        <NoteEditor meeting={meeting} clientName={clientName} onSigned={() => setSignedNow(true)} />
      ) : (
        <NoteView meeting={meeting} />
      )}
      {meeting.note?.status === 'signed' && <Addenda meeting={meeting} />}
    </section>
  );
}

function NoteEditor({
  meeting,
  clientName,
  onSigned,
}: {
  meeting: Meeting;
  clientName: string;
  onSigned: () => void;
}) {
  const { t } = useTranslation();
  const autosave = useNoteAutosave(meeting);
  return (
    <div className="note-editor">
      <p>{t('meetings.note.intro')}</p>
      <h3>{t('meetings.attendance.heading')}</h3>
      <AttendanceFields meeting={meeting} autosave={autosave} />
      <h3>{t('meetings.views.heading')}</h3>
      <ViewFields meeting={meeting} clientName={clientName} autosave={autosave} />
      <h3 id="note-sections">{t('meetings.note.sectionsHeading')}</h3>
      <SectionFields autosave={autosave} labelledBy="note-sections" />
      <SignNoteDialog meeting={meeting} autosave={autosave} onSigned={onSigned} />
      <AutosaveBar autosave={autosave} />
    </div>
  );
}

/** Signing: the pending text is saved first, then the note is signed and can no longer change. */
export function SignNoteDialog({
  meeting,
  autosave,
  onSigned,
}: {
  meeting: Meeting;
  autosave: NoteAutosave;
  onSigned: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signed = useRef<Meeting | null>(null);
  return (
    <div className="form-actions note-sign">
      <ConfirmDialog
        openText={t('meetings.sign.open')}
        openLabel={t('meetings.sign.open')}
        title={t('meetings.sign.title')}
        confirmText={t('meetings.sign.confirm')}
        action={async () => {
          const version = await autosave.settle();
          signed.current = await signNote(meeting.id, version);
        }}
        refresh={() => refreshMeetings(queryClient, meeting.caseId)}
        onDone={() => {
          if (signed.current) queryClient.setQueryData(meetingKey(meeting.id), signed.current);
          onSigned();
        }}
      >
        <p>{t('meetings.sign.intro')}</p>
      </ConfirmDialog>
    </div>
  );
}
