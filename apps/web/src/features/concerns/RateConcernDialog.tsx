import { useQueryClient } from '@tanstack/react-query';
import {
  type ConcernAssessment,
  type ConcernPerspective,
  concernPerspectives,
  concernZones,
  followUpRequired,
  zConcernInput,
} from '@verkosto/domain';
import { useEffect, useId, useRef, useState } from 'react';
import { Button, Dialog, DialogTrigger, Form, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { rateConcern, refreshConcerns } from '../../api/concerns';
import { useNetwork } from '../../api/network';
import { ErrorSummary, type SummaryField } from '../../components/ErrorSummary';
import { RadioGroupInput, SelectInput, TextAreaInput, TextInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { PendingButton } from '../../components/PendingButton';
import { useCheckedSubmit } from '../../components/useCheckedSubmit';
import {
  asksFollowUp,
  type ConcernDraft,
  concernBodyOf,
  emptyConcernDraft,
  ratingMembers,
} from './concern-draft';
import { useZoneLabel } from './ZoneBadge';
import { ZoneGuidance } from './ZoneGuidance';

export interface RateConcernDialogProps {
  caseId: string;
  /** The meeting in whose round of perspectives the rating is made. */
  meetingId?: string;
  /** Whose perspective, chosen to begin with (the worker's own otherwise). */
  perspective?: ConcernPerspective;
  /** The network member whose view it is (network member perspective). */
  raterMemberId?: string;
  /** Whose view, filled in to begin with; it also names the opening button. */
  raterLabel?: string;
  /** Rating the same rater again: the button says so. */
  again?: boolean;
  onRated?: () => void;
}

/**
 * Rating the concern on the zones, in a dialog: the zone with its meaning, whose worry it is, what
 * worries and what would lessen it, and when to look again. Once saved, the same dialog says what the
 * zone asks next: a follow-up, convening the network, or the urgent path.
 */
export function RateConcernDialog({
  caseId,
  meetingId,
  perspective,
  raterMemberId,
  raterLabel,
  again = false,
  onRated,
}: RateConcernDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const zoneLabel = useZoneLabel();
  const preset = { perspective, raterMemberId, raterLabel };
  const [isOpen, setOpen] = useState(false);
  const [draft, setDraft] = useState<ConcernDraft>(() => emptyConcernDraft(preset));
  const [rated, setRated] = useState<ConcernAssessment | null>(null);
  const guidanceTitle = useRef<HTMLHeadingElement>(null);
  const idPrefix = `concern${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: zConcernInput,
    send: (body) => rateConcern(caseId, body),
    onSuccess: (saved) => {
      void refreshConcerns(queryClient, caseId);
      setRated(saved);
      onRated?.();
    },
  });

  // The form gives way to the guidance: focus goes to its title, so it is read first.
  useEffect(() => {
    if (rated) guidanceTitle.current?.focus();
  }, [rated]);

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setDraft(emptyConcernDraft(preset));
      setRated(null);
      setErrors(noErrors);
    }
  };

  const change = <K extends keyof ConcernDraft>(key: K, value: ConcernDraft[K], also: string[] = []) => {
    setDraft((d) => ({ ...d, [key]: value }));
    clearFieldErrors([key, ...also]);
  };

  const id = (name: string) => `${idPrefix}-${name}`;
  const fields: SummaryField[] = [
    ['zone', id('zone'), t('concerns.form.zone')],
    ['perspective', id('perspective'), t('concerns.form.perspective')],
    ['raterMemberId', id('member'), t('concerns.form.member')],
    ['raterLabel', id('rater'), t('concerns.form.raterLabel')],
    ['worries', id('worries'), t('concerns.form.worries')],
    ['wouldLessen', id('lessen'), t('concerns.form.wouldLessen')],
    ['followUpOn', id('follow-up'), t('concerns.form.followUpOn')],
  ].map(([path, controlId, label]) => ({ path, controlId, label }) as SummaryField);

  const byMember = draft.perspective === 'network_member' && draft.raterMemberId !== null;
  const ownView = draft.perspective === 'worker';
  const openText = again ? t('concerns.rate.again') : t('concerns.rate.open');
  const openLabel = raterLabel
    ? t(again ? 'concerns.rate.againFor' : 'concerns.rate.openFor', { name: raterLabel })
    : undefined;

  return (
    <DialogTrigger isOpen={isOpen} onOpenChange={openChange}>
      <Button
        className={again ? 'button button-secondary button-small' : 'button button-primary'}
        aria-label={openLabel}
      >
        {!again && <Icon name="plus" />}
        {openText}
      </Button>
      <ModalOverlay className="modal-overlay" isDismissable={!isPending}>
        <Modal className="modal modal-wide">
          <Dialog className="dialog">
            {rated ? (
              <>
                <Heading slot="title" level={2} className="dialog-title" ref={guidanceTitle} tabIndex={-1}>
                  {t('concerns.next.title')}
                </Heading>
                <ZoneGuidance rated={rated} meetingId={meetingId} />
                <div className="form-actions">
                  <Button slot="close" className="button button-secondary">
                    {t('concerns.next.close')}
                  </Button>
                </div>
              </>
            ) : (
              <>
                <Heading slot="title" level={2} className="dialog-title">
                  {t('concerns.form.title')}
                </Heading>
                <p>{t('concerns.form.intro')}</p>
                <ErrorSummary errors={errors} fields={fields} focusKey={attempt} />
                <Form
                  onSubmit={(event) => submit(event, concernBodyOf(draft, meetingId))}
                  validationBehavior="aria"
                  className="form"
                >
                  <RadioGroupInput
                    id={id('zone')}
                    className="zone-choice"
                    label={t('concerns.form.zone')}
                    description={t('concerns.form.zoneHint')}
                    value={draft.zone}
                    onChange={(value) => change('zone', value, ['followUpOn'])}
                    options={concernZones.map((zone) => ({
                      value: zone,
                      label: zoneLabel(zone),
                      detail: t(`enums.concernZoneMeaning.${zone}`),
                    }))}
                    error={fieldError('zone')}
                    isRequired
                  />
                  <RadioGroupInput
                    id={id('perspective')}
                    className="perspective-choice"
                    label={t('concerns.form.perspective')}
                    value={draft.perspective}
                    onChange={(value) => change('perspective', value, ['raterLabel', 'raterMemberId'])}
                    options={concernPerspectives.map((p) => ({
                      value: p,
                      label: t(`enums.concernPerspective.${p}`),
                    }))}
                    error={fieldError('perspective')}
                    isRequired
                  />
                  {draft.perspective === 'network_member' && (
                    <MemberField
                      caseId={caseId}
                      id={id('member')}
                      value={draft.raterMemberId}
                      onChange={(value) => change('raterMemberId', value, ['raterLabel'])}
                      error={fieldError('raterMemberId')}
                    />
                  )}
                  {!byMember && (
                    <TextInput
                      id={id('rater')}
                      label={t('concerns.form.raterLabel')}
                      description={
                        ownView ? t('concerns.form.raterLabelOwnHint') : t('concerns.form.raterLabelHint')
                      }
                      value={draft.raterLabel}
                      onChange={(value) => change('raterLabel', value)}
                      maxLength={120}
                      error={fieldError('raterLabel')}
                      isRequired={!ownView}
                    />
                  )}
                  <TextAreaInput
                    id={id('worries')}
                    label={t('concerns.form.worries')}
                    description={t('concerns.form.worriesHint')}
                    value={draft.worries}
                    onChange={(value) => change('worries', value)}
                    maxLength={4000}
                    rows={3}
                    error={fieldError('worries')}
                    isRequired
                  />
                  <TextAreaInput
                    id={id('lessen')}
                    label={t('concerns.form.wouldLessen')}
                    value={draft.wouldLessen}
                    onChange={(value) => change('wouldLessen', value)}
                    maxLength={4000}
                    rows={3}
                    error={fieldError('wouldLessen')}
                  />
                  {asksFollowUp(draft.zone) && (
                    <TextInput
                      id={id('follow-up')}
                      type="date"
                      size="medium"
                      label={t('concerns.form.followUpOn')}
                      description={t('concerns.form.followUpHint')}
                      value={draft.followUpOn}
                      onChange={(value) => change('followUpOn', value)}
                      error={fieldError('followUpOn')}
                      isRequired={draft.zone !== null && followUpRequired(draft.zone)}
                    />
                  )}
                  <div className="form-actions">
                    <PendingButton type="submit" className="button button-primary" pending={isPending}>
                      {t('concerns.form.submit')}
                    </PendingButton>
                    <Button slot="close" className="button button-secondary" isDisabled={isPending}>
                      {t('common.cancel')}
                    </Button>
                  </div>
                </Form>
              </>
            )}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}

interface MemberFieldProps {
  caseId: string;
  id: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error: string | undefined;
}

/** Whose view, from the case's network; read only when a network member's view is being recorded. */
function MemberField({ caseId, id, value, onChange, error }: MemberFieldProps) {
  const { t } = useTranslation();
  const members = ratingMembers(useNetwork(caseId).data?.members ?? []);
  if (members.length === 0) return null;
  return (
    <SelectInput
      id={id}
      label={t('concerns.form.member')}
      placeholder={t('form.choose')}
      noneLabel={t('concerns.form.memberNone')}
      value={value}
      onChange={onChange}
      options={members.map((m) => ({ value: m.id, label: m.name, detail: m.relation }))}
      error={error}
    />
  );
}
