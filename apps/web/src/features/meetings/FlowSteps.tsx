import {
  type CaseFormOptions,
  type Meeting,
  meetingSettings,
  type NetworkMember,
  type PlanOverview,
} from '@verkosto/domain';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SummaryField } from '../../components/ErrorSummary';
import { CheckboxInput, RadioGroupInput, TextInput } from '../../components/fields';
import { formatDate } from '../../i18n/format';
import type { NextDraft } from './conclude-draft';
import { ParticipantChoice, WorkerFields } from './MeetingPickers';

/** One step of the meeting under its numbered heading; every step stays on the page. */
export function Step({
  n,
  id,
  title,
  children,
}: {
  n: number;
  id: string;
  title: string;
  children: ReactNode;
}) {
  return (
    <section aria-labelledby={id} className="flow-step">
      <h2 id={id}>
        <span className="flow-step-number" aria-hidden="true">
          {n}
        </span>
        {title}
      </h2>
      {children}
    </section>
  );
}

/** The meeting's agenda, and the open actions of the current plan carried over to be followed up. */
export function AgendaStep({ meeting, plan }: { meeting: Meeting; plan: PlanOverview }) {
  const { t } = useTranslation();
  const open = (plan.current?.content.actions ?? []).filter(
    (a) => a.status === 'not_started' || a.status === 'in_progress',
  );
  return (
    <>
      {meeting.agenda.length === 0 ? (
        <p className="muted">{t('meetings.agenda.none')}</p>
      ) : (
        <ol className="agenda-list">
          {meeting.agenda.map((item, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: agenda lines are plain text without ids
            <li key={i}>{item}</li>
          ))}
        </ol>
      )}
      <h3>{t('meetings.flow.openActions')}</h3>
      {open.length === 0 ? (
        <p className="muted">{t('meetings.flow.noOpenActions')}</p>
      ) : (
        <ul className="open-actions">
          {open.map((a) => (
            <li key={a.id}>
              <span className="participant-name">{a.what}</span>
              <span className="cell-detail">
                {[
                  a.owner.name,
                  a.dueOn ? t('meetings.flow.dueOn', { date: formatDate(a.dueOn) }) : null,
                  t(`enums.actionStatus.${a.status}`),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </span>
            </li>
          ))}
        </ul>
      )}
      <p className="field-description">{t('meetings.flow.openActionsHint')}</p>
    </>
  );
}

/** The next meeting's controls for the error summary, by the draft's paths. */
export function nextMeetingFields(t: TFunction): SummaryField[] {
  return [
    ['date', 'next-date', t('meetings.form.date')],
    ['time', 'next-time', t('meetings.form.time')],
    ['duration', 'next-duration', t('meetings.form.duration')],
    ['setting', 'next-setting', t('meetings.form.setting')],
    ['place', 'next-place', t('meetings.form.place')],
    ['workerId', 'next-worker', t('meetings.form.worker')],
    ['pairWorkerId', 'next-pair-worker', t('meetings.form.pairWorker')],
    ['participantMemberIds', 'next-participants', t('meetings.form.participants')],
  ].map(([path, controlId, label]) => ({
    path: `nextMeeting.${path}`,
    controlId,
    label: `${t('meetings.flow.nextShort')}: ${label}`,
  })) as SummaryField[];
}

interface NextProps {
  schedule: boolean;
  onSchedule: (schedule: boolean) => void;
  value: NextDraft;
  onChange: (values: Partial<NextDraft>) => void;
  members: NetworkMember[];
  workers: CaseFormOptions['pairWorkers'];
  fieldError: (path: string) => string | undefined;
}

/** The next re-evaluation: when, where, who; the people default to the plan's next composition. */
export function NextMeetingStep({
  schedule,
  onSchedule,
  value,
  onChange,
  members,
  workers,
  fieldError,
}: NextProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field">
        <CheckboxInput
          id="next-schedule"
          label={t('meetings.flow.schedule')}
          isSelected={schedule}
          onChange={onSchedule}
        />
      </div>
      {schedule && (
        <div className="form next-meeting">
          <p className="field-description">{t('meetings.flow.nextIntro')}</p>
          <div className="field-row">
            <TextInput
              id="next-date"
              type="date"
              size="medium"
              label={t('meetings.form.date')}
              value={value.date}
              onChange={(date) => onChange({ date })}
              error={fieldError('date')}
              isRequired
            />
            <TextInput
              id="next-time"
              size="short"
              label={t('meetings.form.time')}
              description={t('meetings.form.timeHint')}
              inputMode="numeric"
              value={value.time}
              onChange={(time) => onChange({ time })}
              error={fieldError('time')}
              isRequired
            />
            <TextInput
              id="next-duration"
              size="short"
              label={t('meetings.form.duration')}
              description={t('meetings.form.durationHint')}
              inputMode="numeric"
              value={value.duration}
              onChange={(duration) => onChange({ duration })}
              error={fieldError('duration')}
              isRequired
            />
          </div>
          <RadioGroupInput
            id="next-setting"
            label={t('meetings.form.setting')}
            value={value.setting}
            onChange={(setting) => onChange({ setting })}
            options={meetingSettings.map((s) => ({ value: s, label: t(`enums.meetingSetting.${s}`) }))}
            error={fieldError('setting')}
            isRequired
          />
          <TextInput
            id="next-place"
            label={t('meetings.form.place')}
            description={t('meetings.form.placeHint')}
            value={value.place}
            onChange={(place) => onChange({ place })}
            maxLength={200}
            error={fieldError('place')}
          />
          <WorkerFields
            idPrefix="next"
            workers={workers}
            workerId={value.workerId}
            pairWorkerId={value.pairWorkerId}
            onChange={onChange}
            workerError={fieldError('workerId')}
            pairError={fieldError('pairWorkerId')}
          />
          <ParticipantChoice
            id="next-participants"
            members={members}
            value={value.participantMemberIds}
            onChange={(participantMemberIds) => onChange({ participantMemberIds })}
            error={fieldError('participantMemberIds')}
          />
        </div>
      )}
    </>
  );
}
