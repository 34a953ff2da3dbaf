import { useQueryClient } from '@tanstack/react-query';
import {
  type ConsentPanel,
  type ConsentPurpose,
  consentMethods,
  consentPurposes,
  zConsentInput,
} from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordConsent, refreshAfterConsent } from '../../api/consents';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { type Issue, noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { fullName } from '../../components/names';
import { type DraftSchema, useCheckedSubmit } from '../../components/useCheckedSubmit';
import { todayIso } from '../../i18n/format';
import { giverRole } from './ConsentList';
import {
  ConsentRecipientFields,
  kindsFor,
  type RecipientChange,
  type RecipientDraft,
  type RecipientKind,
  type RecipientPath,
  recipientPath,
  recipientPaths,
  useMemberLabel,
} from './ConsentRecipientFields';

type Method = (typeof consentMethods)[number];
/** A consent as the shared schema lets it through. */
type CheckedConsent = NonNullable<ReturnType<typeof zConsentInput.safeParse>['data']>;

interface Draft extends RecipientDraft {
  givenByPersonId: string | null;
  childView: string;
  purpose: ConsentPurpose;
  method: Method | null;
  validFrom: string;
  validTo: string;
}

/**
 * The shared schema checks the recipient only once every other field passes, and says a missing one
 * on the unit's field; the form says it together with the rest, on the field of the chosen kind, so
 * nobody has to submit twice to learn of it. The kind itself is not sent: the schema leaves it out.
 */
const consentDraftSchema: DraftSchema<CheckedConsent> = {
  safeParse(draft) {
    const result = zConsentInput.safeParse(draft);
    if (result.success) return result;
    const d = draft as { recipientKind?: RecipientKind } & Partial<Record<RecipientPath, unknown>>;
    const path = recipientPath[d.recipientKind ?? 'unit'];
    const issues: Issue[] = result.error.issues.filter(
      (i) => !(i.path[0] === 'recipientUnitId' && i.message === 'required'),
    );
    if (!d[path] && !issues.some((i) => i.path[0] === path)) {
      issues.push({ path: [path], message: 'required' });
    }
    return { success: false, error: { issues } };
  },
};

const emptyDraft = (): Draft => ({
  givenByPersonId: null,
  childView: '',
  recipientKind: 'unit',
  recipientUnitId: null,
  recipientOrganisationId: null,
  recipientMemberId: null,
  recipientTeamId: null,
  purpose: 'disclosure',
  method: null,
  validFrom: todayIso(),
  validTo: '',
});

/** What the form says when a change of purpose changed the kind of recipient; null when it did not. */
function recipientChangeOf(
  from: RecipientKind,
  to: RecipientKind,
  memberName: string | null,
): RecipientChange | null {
  if (from === to) return null;
  if (to === 'team') return { reason: 'toTeam' };
  if (from === 'team') return { reason: 'fromTeam' };
  return from === 'member' ? { reason: 'member', name: memberName } : null;
}

interface Props {
  caseId: string;
  panel: ConsentPanel;
  onRecorded: () => void;
}

/** Recording a consent as the client or guardian gave it, in a dialog over the case page. */
export function ConsentForm({ caseId, panel, onRecorded }: Props) {
  const { t } = useTranslation();
  const memberLabel = useMemberLabel();
  const queryClient = useQueryClient();
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<Draft>(emptyDraft);
  const [recipientChange, setRecipientChange] = useState<RecipientChange | null>(null);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: consentDraftSchema,
    send: (body) => recordConsent(caseId, body),
    onSuccess: () => {
      void refreshAfterConsent(queryClient, caseId);
      setOpen(false);
      onRecorded();
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyDraft());
      setRecipientChange(null);
      setErrors(noErrors);
    }
  };

  const change = <K extends keyof Draft>(key: K, value: Draft[K], clears: readonly string[] = [key]) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearFieldErrors(clears);
  };

  /**
   * The purpose decides which kinds of recipient it may name: disclosure never goes to a network
   * member, and team consultation goes to a team and only there. A kind the new purpose does not take
   * is let go, the kind falls back to the first it does, and the form says so beside the recipient.
   */
  const changePurpose = (purpose: ConsentPurpose) => {
    const kinds = kindsFor(purpose);
    const kept = kinds.includes(draft.recipientKind);
    const kind = kept ? draft.recipientKind : (kinds[0] ?? 'unit');
    const member = panel.recipientMembers.find((m) => m.id === draft.recipientMemberId);
    setDraft((d) => ({
      ...d,
      purpose,
      recipientKind: kind,
      recipientMemberId: kind === 'member' ? d.recipientMemberId : null,
      recipientTeamId: kind === 'team' ? d.recipientTeamId : null,
    }));
    setRecipientChange(recipientChangeOf(draft.recipientKind, kind, member ? memberLabel(member) : null));
    clearFieldErrors(['purpose', ...recipientPaths]);
  };

  const changeRecipientKind = (kind: RecipientKind) => {
    change('recipientKind', kind, recipientPaths);
    setRecipientChange(null);
  };

  const pickRecipient = (path: RecipientPath, id: string | null) => {
    change(path, id, recipientPaths);
    setRecipientChange(null);
  };

  const fields: SummaryField[] = [
    { path: 'givenByPersonId', controlId: 'consent-giver', label: t('consents.form.givenBy') },
    { path: 'childView', controlId: 'consent-child-view', label: t('consents.form.childView') },
    { path: 'purpose', controlId: 'consent-purpose', label: t('consents.form.purpose') },
    { path: 'method', controlId: 'consent-method', label: t('consents.form.method') },
    { path: 'recipientUnitId', controlId: 'consent-unit', label: t('consents.form.recipientUnit') },
    {
      path: 'recipientOrganisationId',
      controlId: 'consent-organisation',
      label: t('consents.form.recipientOrganisation'),
    },
    { path: 'recipientMemberId', controlId: 'consent-member', label: t('consents.form.recipientMember') },
    { path: 'recipientTeamId', controlId: 'consent-team', label: t('consents.form.recipientTeam') },
    { path: 'validFrom', controlId: 'consent-valid-from', label: t('consents.form.validFrom') },
    { path: 'validTo', controlId: 'consent-valid-to', label: t('consents.form.validTo') },
  ];

  return (
    <FormDialog
      trigger={
        <Button className="button button-primary">
          <Icon name="plus" />
          {t('consents.record')}
        </Button>
      }
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      wide
      title={t('consents.form.title')}
      header={
        <>
          <p>{t('consents.form.intro')}</p>
          <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
        </>
      }
      onSubmit={(event) =>
        submit(event, {
          givenByPersonId: draft.givenByPersonId ?? undefined,
          childView: draft.childView.trim() || undefined,
          // Only the chosen kind's recipient; the kind is for the check alone.
          recipientKind: draft.recipientKind,
          recipientUnitId: draft.recipientKind === 'unit' ? draft.recipientUnitId : null,
          recipientOrganisationId:
            draft.recipientKind === 'organisation' ? draft.recipientOrganisationId : null,
          recipientMemberId: draft.recipientKind === 'member' ? draft.recipientMemberId : null,
          recipientTeamId: draft.recipientKind === 'team' ? draft.recipientTeamId : null,
          purpose: draft.purpose,
          method: draft.method ?? undefined,
          validFrom: draft.validFrom,
          validTo: draft.validTo || null,
        })
      }
      submitText={t('consents.form.submit')}
    >
      <SelectInput
        id="consent-giver"
        label={t('consents.form.givenBy')}
        description={t('consents.form.givenByHint')}
        placeholder={t('form.choose')}
        value={draft.givenByPersonId}
        onChange={(value) => change('givenByPersonId', value)}
        options={panel.givers.map((g) => ({
          value: g.id,
          label: t('consents.givenByValue', {
            name: fullName(g),
            role: t(`enums.giverRole.${giverRole(g.role)}`),
          }),
        }))}
        error={fieldError('givenByPersonId')}
        isRequired
      />
      <TextAreaInput
        id="consent-child-view"
        label={t('consents.form.childView')}
        description={t('consents.form.childViewHint')}
        value={draft.childView}
        onChange={(value) => change('childView', value)}
        maxLength={2000}
        rows={3}
        error={fieldError('childView')}
      />
      <div className="field-row">
        <SelectInput
          id="consent-purpose"
          label={t('consents.form.purpose')}
          placeholder={t('form.choose')}
          value={draft.purpose}
          onChange={(value) => changePurpose(value ?? 'disclosure')}
          options={consentPurposes.map((p) => ({ value: p, label: t(`enums.consentPurpose.${p}`) }))}
          error={fieldError('purpose')}
          isRequired
        />
        <SelectInput
          id="consent-method"
          label={t('consents.form.method')}
          placeholder={t('form.choose')}
          value={draft.method}
          onChange={(value) => change('method', value)}
          options={consentMethods.map((m) => ({ value: m, label: t(`enums.consentMethod.${m}`) }))}
          error={fieldError('method')}
          isRequired
        />
      </div>
      <ConsentRecipientFields
        panel={panel}
        purpose={draft.purpose}
        value={draft}
        cleared={recipientChange}
        onKindChange={changeRecipientKind}
        onPick={pickRecipient}
        fieldError={fieldError}
      />
      <div className="field-row">
        <TextInput
          id="consent-valid-from"
          type="date"
          size="medium"
          label={t('consents.form.validFrom')}
          value={draft.validFrom}
          onChange={(value) => change('validFrom', value, ['validFrom', 'validTo'])}
          error={fieldError('validFrom')}
          isRequired
        />
        <TextInput
          id="consent-valid-to"
          type="date"
          size="medium"
          label={t('consents.form.validTo')}
          description={t('consents.form.validToHint')}
          value={draft.validTo}
          onChange={(value) => change('validTo', value)}
          error={fieldError('validTo')}
        />
      </div>
    </FormDialog>
  );
}
