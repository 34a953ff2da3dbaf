import { useQueryClient } from '@tanstack/react-query';
import {
  type ProcessView,
  type ReviewDecisionInput,
  reviewDecisions,
  zReviewDecisionInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { processChanged, recordReviewDecision } from '../../api/process';
import { useServiceDirectory } from '../../api/resources';
import { ErrorSummary, ReloadButton, type SummaryField } from '../../components/ErrorSummary';
import { RadioGroupInput, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { formatDate, formatTime, todayIso } from '../../i18n/format';
import { emptyReviewDraft, type ReviewDraft, reviewBodyOf } from './review-draft';

interface Props {
  process: ProcessView;
  onRecorded: (view: ProcessView) => void;
  onReload: () => Promise<ProcessView | undefined>;
}

/**
 * The network review's decision, made at a network meeting at the end of the assessment: go on with
 * the work (and when to review next), close, or guide the family to another service. On a purchased
 * case the purchaser must have been among the meeting's participants, so each meeting says whether
 * they were.
 */
export function ReviewDecisionForm({ process, onRecorded, onReload }: Props) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [draft, setDraft] = useState<ReviewDraft>(() => emptyReviewDraft(process, todayIso()));
  const directory = useServiceDirectory(draft.decision === 'guide_elsewhere');
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zReviewDecisionInput,
    send: (body: ReviewDecisionInput) => recordReviewDecision(process.caseId, body),
    onSuccess: (view) => {
      processChanged(queryClient, view);
      onRecorded(view);
    },
  });

  const change = (values: Partial<ReviewDraft>) => {
    setDraft((d) => ({ ...d, ...values }));
    clearFieldErrors(Object.keys(values));
  };

  const reload = async () => {
    await onReload();
    setErrors(noErrors);
  };

  const conflict =
    errors.general === 'stale_version' ||
    errors.general === 'case_closed' ||
    errors.general === 'not_in_review_phase';
  // Choosing another meeting is the way out of this refusal, so it is said at the meetings too.
  const meetingError =
    errors.general === 'purchaser_not_participant'
      ? t('errors.code.purchaser_not_participant')
      : fieldError('meetingId');

  const fields: SummaryField[] = [
    { path: 'meetingId', controlId: 'review-meeting', label: t('process.review.meeting') },
    { path: 'decision', controlId: 'review-decision', label: t('process.review.decision') },
    { path: 'nextReviewOn', controlId: 'review-next', label: t('process.review.nextReviewOn') },
    { path: 'serviceId', controlId: 'review-service', label: t('process.review.service') },
    { path: 'note', controlId: 'review-note', label: t('process.review.note') },
  ];

  // The meetings may come after the form (planned while it was open): the only one is chosen then
  // too, and a choice that was cancelled meanwhile is no choice.
  const meetings = process.reviewMeetings;
  const chosen = meetings.some((m) => m.id === draft.meetingId)
    ? draft.meetingId
    : meetings.length === 1
      ? (meetings[0]?.id ?? null)
      : null;

  const meetingLabel = (startsAt: string) =>
    t('meetings.when', { date: formatDate(startsAt), time: formatTime(startsAt) });

  return (
    <section aria-labelledby="review-heading" className="process-review">
      <h3 id="review-heading">{t('process.review.title')}</h3>
      <p>{t('process.review.intro')}</p>
      {process.purchased && <p>{t('process.review.purchasedHint')}</p>}
      {meetings.length === 0 ? (
        <div className="notice notice-info">
          <Icon name="info" />
          <p>{t('process.review.noMeetings')}</p>
        </div>
      ) : (
        <>
          <ErrorSummary
            errors={errors}
            fields={fields}
            focusKey={attempt}
            action={conflict ? <ReloadButton onReload={reload} /> : undefined}
          />
          <Form
            className="form"
            validationBehavior="aria"
            onSubmit={(event) =>
              submit(event, reviewBodyOf({ ...draft, meetingId: chosen }, process.caseVersion))
            }
          >
            <RadioGroupInput
              id="review-meeting"
              label={t('process.review.meeting')}
              description={t('process.review.meetingHint')}
              value={chosen}
              onChange={(meetingId) => change({ meetingId })}
              options={meetings.map((m) => ({
                value: m.id,
                label: meetingLabel(m.startsAt),
                detail: process.purchased
                  ? m.purchaserPresent
                    ? t('process.review.purchaserPresent')
                    : t('process.review.purchaserAbsent')
                  : undefined,
              }))}
              error={meetingError}
              isRequired
            />
            <RadioGroupInput
              id="review-decision"
              label={t('process.review.decision')}
              value={draft.decision}
              onChange={(decision) => change({ decision })}
              options={reviewDecisions.map((d) => ({
                value: d,
                label: t(`process.decision.${d}`),
                detail: t(`process.decisionHint.${d}`),
              }))}
              error={fieldError('decision')}
              isRequired
            />
            {draft.decision === 'continue' && (
              <TextInput
                id="review-next"
                type="date"
                size="medium"
                label={t('process.review.nextReviewOn')}
                description={t('process.review.nextReviewHint', {
                  weeks: process.template.template.reviewIntervalWeeks,
                })}
                value={draft.nextReviewOn}
                onChange={(nextReviewOn) => change({ nextReviewOn })}
                error={fieldError('nextReviewOn')}
                isRequired
              />
            )}
            {draft.decision === 'guide_elsewhere' && (
              <SelectInput
                id="review-service"
                label={t('process.review.service')}
                description={t('process.review.serviceHint')}
                placeholder={directory.isPending ? t('common.loading') : t('form.choose')}
                value={draft.serviceId}
                onChange={(serviceId) => change({ serviceId })}
                options={(directory.data?.services ?? []).map((s) => ({
                  value: s.id,
                  label: s.name,
                  detail: s.kind,
                }))}
                error={fieldError('serviceId')}
                isRequired
              />
            )}
            <TextAreaInput
              id="review-note"
              label={t('process.review.note')}
              description={t('process.review.noteHint')}
              value={draft.note}
              onChange={(note) => change({ note })}
              maxLength={2000}
              rows={3}
              error={fieldError('note')}
            />
            <div className="form-actions">
              <PendingButton type="submit" className="button button-primary" pending={isPending}>
                {t('process.review.submit')}
              </PendingButton>
            </div>
          </Form>
        </>
      )}
    </section>
  );
}
