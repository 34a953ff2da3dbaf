import {
  type ReviewVerdict,
  reviewVerdicts,
  type StatedAccessForReview,
  zStatedAccessReview,
} from '@verkosto/domain';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { reviewStatement } from '../../api/stated-access';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { RadioGroupInput, TextAreaInput } from '../../components/fields';
import { PendingButton } from '../../components/PendingButton';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';

interface Props {
  statement: StatedAccessForReview;
  /** The heading of the statement, so the form is named by what it reviews. */
  labelledBy: string;
  onReviewed: (reviewed: StatedAccessForReview) => void;
  /** Someone else reviewed it first: the list is read again. */
  onConflict: () => void;
}

/** The team lead’s verdict on one stated legal basis, with an optional comment. */
export function ReviewForm({ statement, labelledBy, onReviewed, onConflict }: Props) {
  const { t } = useTranslation();
  const [verdict, setVerdict] = useState<ReviewVerdict | null>(null);
  const [comment, setComment] = useState('');
  const { errors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zStatedAccessReview,
    // The schema turns an empty comment into null; the request leaves it out instead.
    send: async ({ verdict, comment }) => {
      try {
        return await reviewStatement(statement.id, { verdict, comment: comment ?? undefined });
      } catch (error) {
        if (isApiError(error) && error.code === 'stale_version') onConflict();
        throw error;
      }
    },
    onSuccess: onReviewed,
  });
  const conflict = errors.general === 'stale_version';

  const idPrefix = `review-${statement.id}`;
  const fields: SummaryField[] = [
    // "Arvio: Tieto puuttuu." reads better in the summary than the field's question.
    { path: 'verdict', controlId: `${idPrefix}-verdict`, label: t('reviews.verdict') },
    { path: 'comment', controlId: `${idPrefix}-comment`, label: t('reviews.form.comment') },
  ];

  return (
    <Form
      aria-labelledby={`${idPrefix}-title ${labelledBy}`}
      validationBehavior="aria"
      className="form review-form"
      onSubmit={(event) => submit(event, { verdict: verdict ?? undefined, comment })}
    >
      <h4 id={`${idPrefix}-title`} className="review-form-title">
        {t('reviews.form.title')}
      </h4>
      <ErrorSummary
        errors={errors}
        fields={fields}
        focusKey={attempt}
        message={conflict ? t('reviews.alreadyReviewed') : undefined}
      />
      <RadioGroupInput
        id={`${idPrefix}-verdict`}
        label={t('reviews.form.verdict')}
        value={verdict}
        onChange={(value) => {
          setVerdict(value);
          clearFieldErrors(['verdict']);
        }}
        options={reviewVerdicts.map((v) => ({
          value: v,
          label: t(`enums.reviewVerdict.${v}`),
          detail: t(`reviews.form.verdictHint.${v}`),
        }))}
        error={fieldError('verdict')}
        isRequired
      />
      <TextAreaInput
        id={`${idPrefix}-comment`}
        label={t('reviews.form.comment')}
        description={t('reviews.form.commentHint')}
        value={comment}
        onChange={(value) => {
          setComment(value);
          clearFieldErrors(['comment']);
        }}
        maxLength={2000}
        rows={3}
        error={fieldError('comment')}
      />
      <div className="form-actions">
        <PendingButton type="submit" className="button button-primary" pending={isPending}>
          {t('reviews.form.submit')}
        </PendingButton>
      </div>
    </Form>
  );
}
