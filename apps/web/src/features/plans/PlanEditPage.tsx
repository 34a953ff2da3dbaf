import { useQueryClient } from '@tanstack/react-query';
import { type PlanContentInput, type PlanOverview, zPlanSave } from '@verkosto/domain';
import { useState } from 'react';
import { Button, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { useCase } from '../../api/cases';
import { refreshPlan, savePlan, usePlan } from '../../api/plans';
import { BackLink } from '../../components/BackLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { noErrors } from '../../components/form-errors';
import { fullName } from '../../components/names';
import { QueryGate } from '../../components/QueryState';
import { SubmitOrCancel } from '../../components/SubmitOrCancel';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import { usePageTitle } from '../../components/usePageTitle';
import { PlanEditor } from './PlanEditor';
import { diffPlans } from './plan-diff';
import { changedPaths, emptyPlan, type PlanContentView, toDraft, toView } from './plan-draft';
import { planSummaryFields } from './plan-fields';
import { rebasePlan } from './plan-merge';
import { type Rebase, RebaseNotice } from './RebaseNotice';

/** Where the case page says what was just saved. */
export interface PlanSavedState {
  planSaved: number;
}

/** A new version of the case's plan: the current one in the form, saved over the version seen. */
export function PlanEditPage() {
  const { t } = useTranslation();
  usePageTitle(t('plans.edit.title'));
  const { caseId = '' } = useParams();
  const plan = usePlan(caseId);
  const detail = useCase(caseId).data;
  const client = detail?.subject.person ? fullName(detail.subject.person) : detail?.subject.family?.name;

  return (
    <QueryGate query={plan}>
      {(overview) => (
        <div className="page-form plan-edit">
          <BackLink to={`/cases/${caseId}`}>{client ?? t('cases.detail.title')}</BackLink>
          <h1>{overview.current ? t('plans.edit.title') : t('plans.edit.firstTitle')}</h1>
          {overview.canEdit ? (
            <PlanForm
              caseId={caseId}
              overview={overview}
              onReload={async () => (await plan.refetch()).data}
            />
          ) : (
            <p className="notice notice-info">{t('plans.edit.readOnly')}</p>
          )}
        </div>
      )}
    </QueryGate>
  );
}

interface Base {
  versionNo: number;
  content: PlanContentView;
}

function PlanForm({
  caseId,
  overview,
  onReload,
}: {
  caseId: string;
  overview: PlanOverview;
  onReload: () => Promise<PlanOverview | undefined>;
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [base, setBase] = useState<Base>(() =>
    overview.current
      ? { versionNo: overview.current.versionNo, content: overview.current.content }
      : { versionNo: 0, content: toView(emptyPlan()) },
  );
  const [draft, setDraft] = useState<PlanContentInput>(() =>
    overview.current ? toDraft(overview.current.content) : emptyPlan(),
  );
  const [people, setPeople] = useState(overview.people);
  const [rebase, setRebase] = useState<Rebase | null>(null);
  const { errors, setErrors, clearFieldErrors, attempt, submit, isPending } = useCheckedSubmit({
    schema: zPlanSave,
    send: (body) => savePlan(caseId, body),
    onSuccess: (version) => {
      void refreshPlan(queryClient, caseId);
      const state: PlanSavedState = { planSaved: version.versionNo };
      void navigate(`/cases/${caseId}`, { state });
    },
  });

  const change = (next: PlanContentInput) => {
    clearFieldErrors(changedPaths(draft, next).map((path) => `content.${path}`));
    setDraft(next);
  };

  // Someone saved first: their version becomes the base, and the user's changes are reapplied over it.
  const loadLatest = async () => {
    const reloaded = await onReload();
    const latest = reloaded?.current;
    if (!reloaded || !latest) return;
    const mine = toView(draft);
    const merged = rebasePlan(base.content, mine, latest.content);
    setRebase({
      versionNo: latest.versionNo,
      savedBy: latest.createdBy,
      savedAt: latest.createdAt,
      theirs: diffPlans(base.content, latest.content),
      mine: diffPlans(base.content, mine),
      conflicts: merged.conflicts,
    });
    setBase({ versionNo: latest.versionNo, content: latest.content });
    setDraft(toDraft(merged.content));
    setPeople(reloaded.people);
    setErrors(noErrors);
  };

  return (
    <>
      <p className="lead">{t('plans.edit.intro')}</p>
      {rebase && <RebaseNotice key={rebase.versionNo} rebase={rebase} />}
      <ErrorSummary
        errors={errors}
        fields={planSummaryFields(draft, t, 'content')}
        focusKey={attempt}
        message={errors.general === 'stale_version' ? t('plans.edit.stale') : undefined}
        action={
          errors.general === 'stale_version' ? (
            <Button className="button button-secondary" onPress={() => void loadLatest()}>
              {t('plans.edit.loadLatest')}
            </Button>
          ) : undefined
        }
      />
      <Form
        className="form"
        validationBehavior="aria"
        onSubmit={(event) => submit(event, { basedOn: base.versionNo, content: draft })}
      >
        <PlanEditor
          value={draft}
          onChange={change}
          people={people}
          errors={errors.fields}
          errorPrefix="content"
        />
        <SubmitOrCancel pending={isPending} submitText={t('plans.edit.save')} cancelTo={`/cases/${caseId}`} />
      </Form>
    </>
  );
}
