import { useQueryClient } from '@tanstack/react-query';
import type {
  CaseFormOptions,
  ConcludedMeeting,
  Meeting,
  NetworkMember,
  PlanContentInput,
  PlanOverview,
} from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { ApiError, isApiError } from '../../api/client';
import { concludeMeeting, meetingKey, refreshMeetings } from '../../api/meetings';
import { refreshNetwork } from '../../api/network';
import { refreshPlan } from '../../api/plans';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { StatusMessage } from '../../components/StatusMessage';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { emptyPlan, PlanEditor } from '../plans/PlanEditor';
import { diffPlans } from '../plans/plan-diff';
import { changedPaths, type PlanContentView, toDraft, toView } from '../plans/plan-draft';
import { planSummaryFields } from '../plans/plan-fields';
import { rebasePlan } from '../plans/plan-merge';
import { type Rebase, RebaseNotice } from '../plans/RebaseNotice';
import { ConcludeDialog } from './ConcludeDialog';
import {
  compositionMembers,
  conclusionSchema,
  type FlowDraft,
  formPathOfServer,
  type NextDraft,
  nextDraftOf,
  nextErrorPaths,
} from './conclude-draft';
import { AgendaStep, NextMeetingStep, nextMeetingFields, Step } from './FlowSteps';
import { AttendanceFields, AutosaveBar, SectionFields, ViewFields } from './NoteFields';
import { noteBodyOf } from './note-draft';
import { useNoteAutosave } from './useNoteAutosave';
import { dateText, instantOf } from './when';

export interface Concluded {
  result: ConcludedMeeting;
  /** When the next meeting starts, as it was sent. */
  nextStartsAt: string | null;
}

interface Props {
  meeting: Meeting;
  plan: PlanOverview;
  reloadPlan: () => Promise<PlanOverview | undefined>;
  members: NetworkMember[];
  workers: CaseFormOptions['pairWorkers'];
  clientName: string;
  onConcluded: (concluded: Concluded) => void;
}

const baseOf = (plan: PlanOverview): { versionNo: number; content: PlanContentView } =>
  plan.current
    ? { versionNo: plan.current.versionNo, content: plan.current.content }
    : { versionNo: 0, content: toView(emptyPlan()) };

/**
 * The steps of a network meeting on one page, each under its own heading: nothing is hidden, and
 * the note saves itself as a draft all along. Signing sends everything at once; the server saves
 * all of it or none.
 */
export function NetworkMeetingFlow(props: Props) {
  const { meeting, plan, members, workers, clientName } = props;
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const autosave = useNoteAutosave(meeting);
  // The plan as loaded (to reapply changes over a newer one), and the copy the meeting edits.
  const [basePlan, setBasePlan] = useState(() => baseOf(plan));
  const [planDraft, setPlanDraft] = useState<PlanContentInput>(() => toDraft(baseOf(plan).content));
  const [people, setPeople] = useState(plan.people);
  const [schedule, setSchedule] = useState(true);
  const [next, setNext] = useState<NextDraft>(() => nextDraftOf(meeting));
  // Until the worker picks them, the next meeting's people and date follow the plan being edited.
  const [touched, setTouched] = useState({ participants: false, date: false });
  const [rebase, setRebase] = useState<Rebase | null>(null);
  const [open, setOpen] = useState(false);

  const meetingDay = dateText(meeting.startsAt);
  const reevaluation =
    planDraft.reevaluationOn && planDraft.reevaluationOn > meetingDay ? planDraft.reevaluationOn : '';
  const nextShown: NextDraft = {
    ...next,
    date: touched.date ? next.date : reevaluation,
    participantMemberIds: touched.participants
      ? next.participantMemberIds
      : compositionMembers(planDraft.nextComposition ?? [], members),
  };
  const draft: FlowDraft = {
    plan: { basedOn: basePlan.versionNo, content: planDraft },
    nextMeeting: schedule ? nextShown : null,
  };

  const schema = conclusionSchema(autosave.note);
  const { errors, setErrors, clearFieldErrors, attempt, submit, isPending, mutation } = useCheckedSubmit({
    schema,
    send: async (checked) => {
      const held = await autosave.hold();
      if (held.conflict) throw new ApiError(409, 'stale_version');
      return concludeMeeting(meeting.id, { ...checked, note: noteBodyOf(autosave.current(), held.version) });
    },
    onSuccess: (result) => {
      queryClient.setQueryData(meetingKey(meeting.id), result.meeting);
      void refreshMeetings(queryClient, meeting.caseId);
      void refreshPlan(queryClient, meeting.caseId);
      void refreshNetwork(queryClient, meeting.caseId);
      setOpen(false);
      const nextStartsAt = draft.nextMeeting
        ? instantOf(draft.nextMeeting.date, draft.nextMeeting.time)
        : null;
      props.onConcluded({ result, nextStartsAt });
    },
  });
  // The server names the next meeting's fields by the schema; the form by its own controls.
  const fieldErrors = Object.fromEntries(
    Object.entries(errors.fields).map(([path, code]) => [formPathOfServer(path, code), code]),
  );
  const shownErrors = { ...errors, fields: fieldErrors };
  const stale = errors.general === 'stale_version';

  const changePlan = (value: PlanContentInput) => {
    clearFieldErrors(changedPaths(planDraft, value).map((path) => `plan.content.${path}`));
    setPlanDraft(value);
  };
  const changeNext = (values: Partial<NextDraft>) => {
    setNext((d) => ({ ...d, ...values }));
    setTouched((s) => ({
      participants: s.participants || 'participantMemberIds' in values,
      date: s.date || 'date' in values,
    }));
    clearFieldErrors(Object.keys(values).flatMap((k) => nextErrorPaths(k)));
  };

  /** After a 409: the newer plan with this meeting's changes laid over it, and the note checked too. */
  const reapply = async () => {
    const reloaded = await props.reloadPlan();
    const latest = reloaded?.current;
    // The note may have been what changed; the plan is laid over only if there is a newer one.
    if (reloaded && latest && latest.versionNo !== basePlan.versionNo) {
      const mine = toView(planDraft);
      const merged = rebasePlan(basePlan.content, mine, latest.content);
      setRebase({
        versionNo: latest.versionNo,
        savedBy: latest.createdBy,
        savedAt: latest.createdAt,
        theirs: diffPlans(basePlan.content, latest.content),
        mine: diffPlans(basePlan.content, mine),
        conflicts: merged.conflicts,
      });
      setBasePlan({ versionNo: latest.versionNo, content: latest.content });
      setPlanDraft(toDraft(merged.content));
      setPeople(reloaded.people);
    }
    setErrors(noErrors);
    await autosave.check();
  };

  const summaryFields: SummaryField[] = [
    ...planSummaryFields(planDraft, t, 'plan.content'),
    ...nextMeetingFields(t),
  ];

  return (
    <div className="flow">
      <p className="lead">{t('meetings.flow.intro')}</p>
      <Step n={1} id="flow-attendance" title={t('meetings.flow.steps.attendance')}>
        <p>
          {meeting.clientTakesPart
            ? t('meetings.flow.clientTakesPart', { name: clientName })
            : t('meetings.flow.clientAbsent')}
        </p>
        <AttendanceFields meeting={meeting} autosave={autosave} />
      </Step>
      <Step n={2} id="flow-agenda" title={t('meetings.flow.steps.agenda')}>
        <AgendaStep meeting={meeting} plan={plan} />
      </Step>
      <Step n={3} id="flow-views" title={t('meetings.flow.steps.views')}>
        <p>{t('meetings.flow.viewsIntro')}</p>
        <ViewFields meeting={meeting} clientName={clientName} autosave={autosave} withConcerns />
      </Step>
      <Step n={4} id="flow-note" title={t('meetings.flow.steps.note')}>
        <SectionFields autosave={autosave} labelledBy="flow-note" />
      </Step>
      <Step n={5} id="flow-plan" title={t('meetings.flow.steps.plan')}>
        <p>
          {plan.current
            ? t('meetings.flow.planIntro', { versionNo: basePlan.versionNo })
            : t('meetings.flow.planFirst')}
        </p>
        {rebase && <RebaseNotice key={rebase.versionNo} rebase={rebase} />}
        <PlanEditor
          value={planDraft}
          onChange={changePlan}
          people={people}
          errors={fieldErrors}
          errorPrefix="plan.content"
        />
      </Step>
      <Step n={6} id="flow-next" title={t('meetings.flow.steps.next')}>
        <NextMeetingStep
          schedule={schedule}
          onSchedule={setSchedule}
          value={nextShown}
          onChange={changeNext}
          members={members}
          workers={workers}
          fieldError={(path) => {
            const code = fieldErrors[`nextMeeting.${path}`];
            return code ? t(`errors.field.${code}`) : undefined;
          }}
        />
      </Step>
      <section aria-labelledby="flow-sign" className="flow-step flow-sign">
        <h2 id="flow-sign">{t('meetings.flow.steps.sign')}</h2>
        <p>{t('meetings.flow.signIntro')}</p>
        <StatusMessage>
          {rebase ? t('meetings.flow.reapplied', { versionNo: rebase.versionNo }) : null}
        </StatusMessage>
        <Form
          validationBehavior="aria"
          onSubmit={(event) => {
            // Checked before the dialog opens: problems are listed here, each linked to its field.
            if (!schema.safeParse(draft).success) return submit(event, draft);
            event.preventDefault();
            mutation.reset();
            setOpen(true);
          }}
        >
          <ErrorSummary
            errors={shownErrors}
            fields={summaryFields}
            focusKey={attempt}
            message={stale ? t('meetings.flow.stale') : undefined}
          />
          <PendingButton type="submit" className="button button-primary" pending={isPending}>
            <Icon name="lock" />
            {t('meetings.flow.signAndSave')}
          </PendingButton>
        </Form>
        <ConcludeDialog
          isOpen={open}
          onOpenChange={setOpen}
          pending={isPending}
          errorCode={
            mutation.isError ? (isApiError(mutation.error) ? mutation.error.code : 'internal_error') : null
          }
          onConfirm={() => {
            const parsed = schema.safeParse(draft);
            if (!parsed.success || isPending) return;
            setErrors(noErrors);
            // Nothing is saved on a failure: the draft goes on saving itself, as before.
            mutation.mutate({ checked: parsed.data, draft }, { onError: () => autosave.resume() });
          }}
          onReapply={async () => {
            setOpen(false);
            await reapply();
          }}
        />
      </section>
      <AutosaveBar autosave={autosave} />
    </div>
  );
}
