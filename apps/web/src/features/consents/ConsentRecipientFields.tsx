import type { ConsentPanel, ConsentPurpose } from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { RadioGroupInput, SelectInput } from '../../components/fields';
import { Icon } from '../../components/Icon';

export const recipientKinds = ['unit', 'organisation', 'member', 'team'] as const;
export type RecipientKind = (typeof recipientKinds)[number];

/** The field of the consent input that names a recipient of each kind. */
export const recipientPath = {
  unit: 'recipientUnitId',
  organisation: 'recipientOrganisationId',
  member: 'recipientMemberId',
  team: 'recipientTeamId',
} as const satisfies Record<RecipientKind, string>;
export type RecipientPath = (typeof recipientPath)[RecipientKind];
export const recipientPaths: readonly RecipientPath[] = Object.values(recipientPath);

/** The recipient as the form keeps it: one pick per kind, of which only the chosen kind's is sent. */
export type RecipientDraft = { recipientKind: RecipientKind } & Record<RecipientPath, string | null>;

/** Records are disclosed to units and organisations only; a member may take part, see the plan, get summaries. */
export function memberAllowed(purpose: ConsentPurpose): boolean {
  return purpose !== 'disclosure';
}

/** Consultation in a multi-agency team goes to a team, and only that purpose does. */
export function teamPurpose(purpose: ConsentPurpose): boolean {
  return purpose === 'team_consultation';
}

/** The kinds of recipient a purpose may name. */
export function kindsFor(purpose: ConsentPurpose): readonly RecipientKind[] {
  if (teamPurpose(purpose)) return ['team'];
  return recipientKinds.filter((k) => k !== 'team' && (k !== 'member' || memberAllowed(purpose)));
}

/**
 * A change of purpose changed the kind of recipient: a network member let go for disclosure (`name`
 * is the member that was chosen), or the recipient turned into a team or back from one.
 */
export type RecipientChange =
  | { reason: 'member'; name: string | null }
  | { reason: 'toTeam' }
  | { reason: 'fromTeam' };

interface Props {
  panel: ConsentPanel;
  purpose: ConsentPurpose;
  value: RecipientDraft;
  cleared: RecipientChange | null;
  onKindChange: (kind: RecipientKind) => void;
  onPick: (path: RecipientPath, id: string | null) => void;
  fieldError: (path: string) => string | undefined;
}

/** A network member as the form and the consent list name them: "Maija Mäki (mummi)". */
export function useMemberLabel() {
  const { t } = useTranslation();
  return (member: { name: string; relation: string }) =>
    t('consents.memberValue', { name: member.name, relation: member.relation });
}

/**
 * Whom the consent is given to: first the kind (a unit, a whole organisation or, for anything but
 * disclosure, a network member), then the one recipient of that kind.
 */
export function ConsentRecipientFields({
  panel,
  purpose,
  value,
  cleared,
  onKindChange,
  onPick,
  fieldError,
}: Props) {
  const { t } = useTranslation();
  const memberLabel = useMemberLabel();
  const clearedText = (note: RecipientChange) => {
    switch (note.reason) {
      case 'member':
        return note.name
          ? t('consents.form.memberCleared', { name: note.name })
          : t('consents.form.memberKindCleared');
      case 'toTeam':
        return t('consents.form.teamChosen');
      case 'fromTeam':
        return t('consents.form.teamCleared');
    }
  };
  const kinds = kindsFor(purpose);

  return (
    <>
      {/* A team is the only recipient of its purpose: no choice of kind to make. */}
      {!teamPurpose(purpose) && (
        <RadioGroupInput
          id="consent-recipient-kind"
          label={t('consents.form.recipientKind')}
          description={t('consents.form.recipientKindHint')}
          value={value.recipientKind}
          onChange={onKindChange}
          options={kinds.map((k) => ({
            value: k,
            label: t(`consents.form.kind.${k}`),
            detail: t(`consents.form.kindDetail.${k}`),
          }))}
          isRequired
        />
      )}
      {/* Always in the page, so that the note is announced when a change of purpose sets it. */}
      <div role="status">
        {cleared && (
          <div className="notice notice-info">
            <Icon name="info" />
            <p>{clearedText(cleared)}</p>
          </div>
        )}
      </div>
      {value.recipientKind === 'unit' && (
        <SelectInput
          id="consent-unit"
          label={t('consents.form.recipientUnit')}
          description={t('consents.form.recipientUnitHint')}
          placeholder={t('form.choose')}
          value={value.recipientUnitId}
          onChange={(id) => onPick('recipientUnitId', id)}
          options={panel.recipientUnits.map((u) => ({ value: u.id, label: u.name, detail: u.organisation }))}
          error={fieldError('recipientUnitId')}
        />
      )}
      {value.recipientKind === 'organisation' && (
        <SelectInput
          id="consent-organisation"
          label={t('consents.form.recipientOrganisation')}
          description={t('consents.form.recipientOrganisationHint')}
          placeholder={t('form.choose')}
          value={value.recipientOrganisationId}
          onChange={(id) => onPick('recipientOrganisationId', id)}
          options={panel.recipientOrganisations.map((o) => ({ value: o.id, label: o.name }))}
          error={fieldError('recipientOrganisationId')}
        />
      )}
      {value.recipientKind === 'member' && (
        <SelectInput
          id="consent-member"
          label={t('consents.form.recipientMember')}
          description={
            panel.recipientMembers.length > 0
              ? t('consents.form.recipientMemberHint')
              : t('consents.form.noMembers')
          }
          placeholder={t('form.choose')}
          value={value.recipientMemberId}
          onChange={(id) => onPick('recipientMemberId', id)}
          options={panel.recipientMembers.map((m) => ({ value: m.id, label: memberLabel(m) }))}
          error={fieldError('recipientMemberId')}
        />
      )}
      {value.recipientKind === 'team' && (
        <SelectInput
          id="consent-team"
          label={t('consents.form.recipientTeam')}
          description={
            panel.recipientTeams.length > 0
              ? t('consents.form.recipientTeamHint')
              : t('consents.form.noTeams')
          }
          placeholder={t('form.choose')}
          value={value.recipientTeamId}
          onChange={(id) => onPick('recipientTeamId', id)}
          options={panel.recipientTeams.map((team) => ({ value: team.id, label: team.name }))}
          error={fieldError('recipientTeamId')}
        />
      )}
    </>
  );
}
