import { type Meeting, zInvitationRequest } from '@verkosto/domain';
import { useState } from 'react';
import { Button } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { invitationFileUrl, sendInvitations } from '../../api/meetings';
import { useNetwork } from '../../api/network';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormDialog } from '../../components/FormDialog';
import { CheckboxGroupInput } from '../../components/fields';
import { noErrors } from '../../components/form-errors';
import { Icon } from '../../components/Icon';
import { StatusMessage } from '../../components/StatusMessage';
import { type DraftSchema, useCheckedSubmit } from '../../components/useCheckedSubmit';

type Sent = { queued: number; withoutAddress: string[] };
type Checked = { participantIds: string[] };

/** Nobody chosen is a missing choice, said as such. */
const invitationSchema: DraftSchema<Checked> = {
  safeParse(draft) {
    const d = draft as Checked;
    if (d.participantIds.length === 0) {
      return { success: false, error: { issues: [{ path: ['participantIds'], message: 'required' }] } };
    }
    return zInvitationRequest.safeParse(draft);
  },
};

/**
 * The invitation: a calendar file to download, or e-mail to the participants who have an address.
 * It carries the time, the place and whom to contact, never the client's name.
 */
export function InvitationPanel({ meeting }: { meeting: Meeting }) {
  const { t } = useTranslation();
  const [sent, setSent] = useState<Sent | null>(null);
  return (
    <section aria-labelledby="invitation-title" className="panel">
      <h2 id="invitation-title">{t('meetings.invitation.heading')}</h2>
      <p>{t('meetings.invitation.intro')}</p>
      <StatusMessage>{sent ? t('meetings.invitation.sent', { count: sent.queued }) : null}</StatusMessage>
      {sent && sent.withoutAddress.length > 0 && (
        <div className="notice notice-warning">
          <Icon name="alert" />
          <p>{t('meetings.invitation.notSentTo', { names: sent.withoutAddress.join(', ') })}</p>
        </div>
      )}
      <div className="form-actions">
        <a className="button button-secondary" href={invitationFileUrl(meeting.id)} download="kutsu.ics">
          <Icon name="download" />
          {t('meetings.invitation.download')}
        </a>
        {meeting.canEdit && meeting.participants.length > 0 && (
          <SendInvitationDialog meeting={meeting} onSent={setSent} />
        )}
      </div>
    </section>
  );
}

function SendInvitationDialog({ meeting, onSent }: { meeting: Meeting; onSent: (sent: Sent) => void }) {
  const { t } = useTranslation();
  const [isOpen, setOpen] = useState(false);
  const network = useNetwork(meeting.caseId);
  // The network says who has an address; without it, the server's answer will.
  const emailOf = new Map(network.data?.members.map((m) => [m.id, m.email]) ?? []);
  const hasAddress = (memberId: string) => !network.data || Boolean(emailOf.get(memberId));
  const reachable = meeting.participants.filter((p) => hasAddress(p.memberId));
  const unreachable = meeting.participants.filter((p) => !hasAddress(p.memberId));
  const [chosen, setChosen] = useState<string[]>([]);
  const { errors, setErrors, clearFieldErrors, attempt, submit, fieldError, isPending } = useCheckedSubmit({
    schema: invitationSchema,
    send: (body) => sendInvitations(meeting.id, body.participantIds),
    onSuccess: (result) => {
      setOpen(false);
      onSent(result);
    },
  });

  const openChange = (open: boolean) => {
    setOpen(open);
    if (open) {
      setChosen(reachable.map((p) => p.id));
      setErrors(noErrors);
    }
  };

  return (
    <FormDialog
      trigger={<Button className="button button-secondary">{t('meetings.invitation.send')}</Button>}
      isOpen={isOpen}
      onOpenChange={openChange}
      pending={isPending}
      title={t('meetings.invitation.sendTitle')}
      header={
        <>
          <p>{t('meetings.invitation.sendIntro')}</p>
          <ErrorSummary
            errors={errors}
            fields={[
              {
                path: 'participantIds',
                controlId: 'invitation-participants',
                label: t('meetings.invitation.recipients'),
              },
            ]}
            focusKey={attempt}
          />
        </>
      }
      onSubmit={(event) => submit(event, { participantIds: chosen })}
      submitText={t('meetings.invitation.sendSubmit')}
    >
      {reachable.length > 0 ? (
        <CheckboxGroupInput
          id="invitation-participants"
          label={t('meetings.invitation.recipients')}
          value={chosen}
          onChange={(ids) => {
            setChosen(ids);
            clearFieldErrors(['participantIds']);
          }}
          options={reachable.map((p) => ({
            value: p.id,
            label: t('meetings.participants.nameAndRelation', { name: p.name, relation: p.relation }),
          }))}
          error={fieldError('participantIds')}
        />
      ) : (
        <p id="invitation-participants">{t('meetings.invitation.nobodyReachable')}</p>
      )}
      {unreachable.length > 0 && (
        <div className="participant-unavailable">
          <p className="field-label">{t('meetings.invitation.withoutAddress')}</p>
          <ul>
            {unreachable.map((p) => (
              <li key={p.id}>
                {t('meetings.participants.nameAndRelation', { name: p.name, relation: p.relation })}
              </li>
            ))}
          </ul>
          <p className="field-description">{t('meetings.invitation.withoutAddressHint')}</p>
        </div>
      )}
    </FormDialog>
  );
}
