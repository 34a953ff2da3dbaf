import { type Attendance, type Meeting, type NoteSection, noteSections } from '@verkosto/domain';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { CheckboxInput, RadioGroupInput, TextAreaInput } from '../../components/fields';
import { Icon } from '../../components/Icon';
import { formatTime } from '../../i18n/format';
import { RateConcernDialog } from '../concerns/RateConcernDialog';
import { CLIENT, differing, viewOf } from './note-draft';
import type { NoteAutosave } from './useNoteAutosave';

/**
 * At the foot of the screen while the note is in view: when the draft was saved, or that someone else
 * saved it first, with the way to load their version without losing this text.
 */
export function AutosaveBar({ autosave }: { autosave: NoteAutosave }) {
  const { t } = useTranslation();
  const { state } = autosave;
  const text =
    state.kind === 'saving'
      ? t('meetings.note.saving')
      : state.kind === 'saved'
        ? t('meetings.note.savedAt', { time: formatTime(state.at) })
        : state.kind === 'failed'
          ? t('meetings.note.saveFailed', { reason: t(`errors.code.${state.code}`) })
          : state.kind === 'loaded'
            ? t('meetings.note.theirsLoaded')
            : '';
  return (
    <div className={state.kind === 'conflict' ? 'autosave-bar has-conflict' : 'autosave-bar'}>
      <div role="alert">
        {state.kind === 'conflict' && (
          <div className="autosave-conflict">
            <Icon name="alert" />
            <p>
              <strong>{t('meetings.note.conflictTitle')}.</strong> {t('meetings.note.conflict')}
            </p>
            <Button className="button button-secondary" onPress={() => void autosave.loadTheirs()}>
              {t('meetings.note.loadTheirs')}
            </Button>
          </div>
        )}
      </div>
      <p role="status" className={state.kind === 'failed' ? 'autosave autosave-failed' : 'autosave'}>
        {text}
      </p>
    </div>
  );
}

/** The writer's own text from before loading someone else's version, with a way to take it back. */
function EarlierText({ text, label, onUse }: { text: string | null; label: string; onUse: () => void }) {
  const { t } = useTranslation();
  if (text === null) return null;
  return (
    <div className="note-earlier">
      <p className="note-earlier-title">{t('meetings.note.yourEarlierText')}</p>
      <p className="prewrap">{text}</p>
      <Button
        className="button button-secondary button-small"
        aria-label={t('meetings.note.useEarlierFor', { field: label })}
        onPress={onUse}
      >
        {t('meetings.note.useEarlier')}
      </Button>
    </div>
  );
}

/** The note's sections; each saves itself, and leaving a field saves at once. */
export function SectionFields({
  autosave,
  labelledBy,
  sections = noteSections,
}: {
  autosave: NoteAutosave;
  /** The heading the sections stand under. */
  labelledBy: string;
  sections?: readonly NoteSection[];
}) {
  const { t } = useTranslation();
  const setSection = (section: NoteSection, text: string) =>
    autosave.update((n) => ({ ...n, sections: { ...n.sections, [section]: text } }));
  return (
    <fieldset aria-labelledby={labelledBy} className="note-fields" onBlur={autosave.flush}>
      {sections.map((section) => {
        const label = t(`enums.noteSection.${section}`);
        return (
          <div key={section}>
            <TextAreaInput
              id={`note-${section}`}
              label={label}
              description={t(`meetings.note.sectionHint.${section}`)}
              value={autosave.note.sections[section]}
              onChange={(text) => setSection(section, text)}
              maxLength={8000}
              rows={3}
            />
            <EarlierText
              text={differing(autosave.earlier?.sections[section], autosave.note.sections[section])}
              label={label}
              onUse={() => setSection(section, autosave.earlier?.sections[section] ?? '')}
            />
          </div>
        );
      })}
    </fieldset>
  );
}

const attendanceChoices = ['attended', 'absent', 'unknown'] as const;
type AttendanceChoice = (typeof attendanceChoices)[number];

/** Who came: each participant attended, was absent, or is not marked yet. */
export function AttendanceFields({ meeting, autosave }: { meeting: Meeting; autosave: NoteAutosave }) {
  const { t } = useTranslation();
  if (meeting.participants.length === 0) return <p className="muted">{t('meetings.participants.none')}</p>;
  const options = attendanceChoices.map((value) => ({
    value,
    label: value === 'unknown' ? t('meetings.attendance.unknown') : t(`enums.attendance.${value}`),
  }));
  return (
    <div className="attendance-fields">
      {meeting.participants.map((p) => (
        <RadioGroupInput<AttendanceChoice>
          key={p.id}
          id={`attendance-${p.id}`}
          className="radio-inline"
          label={t('meetings.participants.nameAndRelation', { name: p.name, relation: p.relation })}
          value={autosave.note.attendance[p.id] ?? 'unknown'}
          onChange={(value) => {
            const attendance: Attendance | null = value === 'unknown' ? null : value;
            autosave.update((n) => ({ ...n, attendance: { ...n.attendance, [p.id]: attendance } }));
          }}
          options={options}
        />
      ))}
    </div>
  );
}

/** Each participant's view in turn, and the client's own, with whether it is in their own words. */
export function ViewFields({
  meeting,
  clientName,
  autosave,
  withConcerns = false,
}: {
  meeting: Meeting;
  clientName: string;
  autosave: NoteAutosave;
  /** In the network meeting's round of perspectives, each one's concern can be rated beside their view. */
  withConcerns?: boolean;
}) {
  const { t } = useTranslation();
  const people = [
    ...(meeting.clientTakesPart || autosave.note.views[CLIENT]
      ? [
          {
            key: CLIENT,
            name: clientName,
            label: t('meetings.views.client', { name: clientName }),
            memberId: undefined,
          },
        ]
      : []),
    ...meeting.participants.map((p) => ({
      key: p.id,
      name: p.name,
      label: t('meetings.views.participant', { name: p.name, relation: p.relation }),
      memberId: p.memberId,
    })),
  ];
  const setView = (key: string, change: Partial<{ text: string; ownWords: boolean }>) =>
    autosave.update((n) => ({ ...n, views: { ...n.views, [key]: { ...viewOf(n, key), ...change } } }));

  return (
    <ol className="view-list" onBlur={autosave.flush}>
      {people.map(({ key, name, label, memberId }) => {
        const view = viewOf(autosave.note, key);
        return (
          <li key={key} className="view-item">
            <TextAreaInput
              id={`view-${key}`}
              label={label}
              description={key === CLIENT ? t('meetings.views.clientHint') : undefined}
              value={view.text}
              onChange={(text) => setView(key, { text })}
              maxLength={4000}
              rows={3}
            />
            <CheckboxInput
              id={`view-own-${key}`}
              label={
                <>
                  {t('meetings.views.ownWords')}
                  <span className="visually-hidden"> ({name})</span>
                </>
              }
              isSelected={view.ownWords}
              onChange={(ownWords) => setView(key, { ownWords })}
            />
            <EarlierText
              text={differing(autosave.earlier?.views[key]?.text, view.text)}
              label={label}
              onUse={() => setView(key, { text: autosave.earlier?.views[key]?.text ?? '' })}
            />
            {withConcerns && meeting.canEdit && (
              <RateConcernDialog
                caseId={meeting.caseId}
                meetingId={meeting.id}
                perspective={memberId ? 'network_member' : 'client'}
                raterMemberId={memberId}
                raterLabel={name}
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}
