import { useQueryClient } from '@tanstack/react-query';
import { type Meeting, noteSections, zAddendumInput } from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { addAddendum, meetingKey } from '../../api/meetings';
import { ErrorSummary } from '../../components/ErrorSummary';
import { TextAreaInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { formatDate, formatTime } from '../../i18n/format';

const when = (iso: string) => ({ date: formatDate(iso), time: formatTime(iso) });

/** The note as it was written, to read: a signed one never changes, a draft is the writers' to keep. */
export function NoteView({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const note = meeting.note;
  if (!note) return <p className="muted">{t('meetings.note.none')}</p>;
  const written = noteSections.filter((s) => note.sections[s]);
  return (
    <div className="note-view">
      {note.status === 'signed' && note.signedAt ? (
        <p className="note-signed">
          <Icon name="lock" />
          {t('meetings.note.signedBy', { name: note.signedBy ?? '', ...when(note.signedAt) })}
        </p>
      ) : (
        <p className="muted">
          {t('meetings.note.draftBy', { name: note.updatedBy, ...when(note.updatedAt) })}
        </p>
      )}
      {note.views.length > 0 && (
        <>
          <h3>{t('meetings.views.heading')}</h3>
          <ul className="view-read-list">
            {note.views.map((v) => (
              <li key={v.participantId ?? 'client'}>
                <p className="view-read-name">
                  {v.name}
                  {v.ownWords && <span className="view-read-own">{t('meetings.views.inOwnWords')}</span>}
                </p>
                <p className="prewrap">{v.ownWords ? `”${v.text}”` : v.text}</p>
              </li>
            ))}
          </ul>
        </>
      )}
      {written.length > 0 && (
        <dl className="note-read-sections">
          {written.map((s) => (
            <div key={s}>
              <dt>{t(`enums.noteSection.${s}`)}</dt>
              <dd className="prewrap">{note.sections[s]}</dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}

/** Corrections to a signed note, with author and time; the note itself stays as it was signed. */
export function Addenda({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const addenda = meeting.note?.addenda ?? [];
  return (
    <section aria-labelledby="addenda-title" className="addenda">
      <h3 id="addenda-title">{t('meetings.addenda.heading')}</h3>
      {addenda.length === 0 ? (
        <p className="muted">{t('meetings.addenda.none')}</p>
      ) : (
        <ul className="addendum-list">
          {addenda.map((a) => (
            <li key={a.id} className="addendum">
              <p className="addendum-meta">
                {t('meetings.addenda.by', { name: a.author, ...when(a.createdAt) })}
              </p>
              <p className="prewrap">{a.text}</p>
            </li>
          ))}
        </ul>
      )}
      {meeting.canEdit && <AddendumForm meetingId={meeting.id} />}
    </section>
  );
}

function AddendumForm({ meetingId }: { meetingId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [text, setText] = useState('');
  const [added, setAdded] = useState(false);
  const { errors, attempt, submit, fieldError, clearFieldErrors, isPending } = useCheckedSubmit({
    schema: zAddendumInput,
    send: (body) => addAddendum(meetingId, body.text),
    onSuccess: (meeting) => {
      queryClient.setQueryData(meetingKey(meetingId), meeting);
      setText('');
      setAdded(true);
    },
  });
  return (
    <>
      <StatusMessage>{added ? t('meetings.addenda.added') : null}</StatusMessage>
      <ErrorSummary
        errors={errors}
        fields={[{ path: 'text', controlId: 'addendum-text', label: t('meetings.addenda.text') }]}
        focusKey={attempt}
      />
      <Form
        className="form addendum-form"
        validationBehavior="aria"
        onSubmit={(event) => submit(event, { text })}
      >
        <TextAreaInput
          id="addendum-text"
          label={t('meetings.addenda.text')}
          description={t('meetings.addenda.textHint')}
          value={text}
          onChange={(value) => {
            setText(value);
            setAdded(false);
            clearFieldErrors(['text']);
          }}
          maxLength={4000}
          rows={3}
          error={fieldError('text')}
          isRequired
        />
        <div className="form-actions">
          <PendingButton type="submit" className="button button-secondary" pending={isPending}>
            <Icon name="plus" />
            {t('meetings.addenda.add')}
          </PendingButton>
        </div>
      </Form>
    </>
  );
}
