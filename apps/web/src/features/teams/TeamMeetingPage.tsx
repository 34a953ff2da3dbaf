import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TeamMeetingView } from '@verkosto/domain';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../../api/client';
import { signMinutes, teamMeetingChanged, useTeamMeeting } from '../../api/teams';
import { BackLink } from '../../components/BackLink';
import { Icon } from '../../components/Icon';
import { QueryGate } from '../../components/QueryState';
import { StatusMessage } from '../../components/StatusMessage';
import { usePageTitle } from '../../components/usePageTitle';
import { formatDate, formatTime } from '../../i18n/format';
import { AgendaItemFacts, useItemTitle } from './AgendaItemFacts';
import { ItemRecordForm } from './ItemRecordForm';
import { RecordView } from './RecordView';
import { SignMinutesDialog } from './SignMinutesDialog';
import { AgendaStatusBadge, TeamMeetingStatusBadge } from './TeamBadges';
import '../../styles/meetings.css';
import '../../styles/teams.css';

/**
 * A team meeting on one screen: each item on the agenda in turn, its record saved item by item, and
 * then the minutes signed. Signed minutes are shown to read only.
 */
export function TeamMeetingPage() {
  const { t } = useTranslation();
  usePageTitle(t('teams.meeting.title'));
  const { meetingId } = useParams();
  const query = useTeamMeeting(meetingId);
  const reload = useCallback(async () => (await query.refetch()).data, [query.refetch]);
  return <QueryGate query={query}>{(view) => <MeetingView view={view} reload={reload} />}</QueryGate>;
}

function MeetingView({
  view,
  reload,
}: {
  view: TeamMeetingView;
  reload: () => Promise<TeamMeetingView | undefined>;
}) {
  const { t } = useTranslation();
  const itemTitle = useItemTitle();
  const queryClient = useQueryClient();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const [signedNow, setSignedNow] = useState(false);
  const [open, setOpen] = useState(false);
  const [dirty, setDirty] = useState<ReadonlySet<string>>(new Set());
  const editable = view.status === 'planned' && view.canEdit;

  const onDirtyChange = useCallback((itemId: string, isDirty: boolean) => {
    setDirty((set) => {
      if (set.has(itemId) === isDirty) return set;
      const next = new Set(set);
      if (isDirty) next.add(itemId);
      else next.delete(itemId);
      return next;
    });
  }, []);

  const sign = useMutation({
    mutationFn: () => signMinutes(view.id, view.version),
    onSuccess: (signed) => {
      teamMeetingChanged(queryClient, signed);
      // The decisions are now in the units' cases.
      void queryClient.invalidateQueries({ queryKey: ['team-decisions'] });
      setOpen(false);
      setSignedNow(true);
    },
  });

  // The forms and the sign button are gone once signed: focus goes to the heading, where the minutes start.
  useEffect(() => {
    if (signedNow) headingRef.current?.focus();
  }, [signedNow]);

  const when = t('teams.when', { date: formatDate(view.startsAt), time: formatTime(view.startsAt) });
  const unsaved = view.items.filter((e) => dirty.has(e.item.id)).map((e) => itemTitle(e.item));
  const decidedCount = view.items.filter((e) => e.record?.decided).length;

  return (
    <article className="team-meeting">
      <BackLink to={`/teams/${view.team.id}`}>{view.team.name}</BackLink>
      <div className="page-header">
        <div>
          <p className="eyebrow">{view.team.name}</p>
          <h1 ref={headingRef} tabIndex={-1}>
            {t('teams.meeting.heading', { when })}
          </h1>
          <p className="header-meta">
            <TeamMeetingStatusBadge status={view.status} />
            {view.signedBy && view.signedAt && (
              <span>
                {t('teams.meeting.signedBy', {
                  name: view.signedBy,
                  date: formatDate(view.signedAt),
                  time: formatTime(view.signedAt),
                })}
              </span>
            )}
          </p>
        </div>
      </div>
      <StatusMessage>{signedNow ? t('teams.meeting.signedNow') : null}</StatusMessage>
      {editable ? (
        <p className="lead">{t('teams.meeting.intro')}</p>
      ) : view.status === 'planned' ? (
        <div className="notice notice-info">
          <Icon name="info" />
          <p>{t('teams.meeting.readOnly')}</p>
        </div>
      ) : null}
      {view.items.length === 0 && <p className="muted">{t('teams.meeting.noItems')}</p>}
      {view.items.map((entry, i) => {
        const headingId = `item-${entry.item.id}`;
        return (
          // Named with its number too: two items may have the same title, and each landmark needs a name of its own.
          <section
            key={entry.item.id}
            aria-label={`${i + 1}. ${itemTitle(entry.item)}`}
            className="flow-step team-item"
          >
            <h2 id={headingId}>
              <span className="flow-step-number" aria-hidden="true">
                {i + 1}
              </span>
              {itemTitle(entry.item)}
            </h2>
            <AgendaItemFacts item={entry.item} />
            {editable ? (
              <ItemRecordForm
                meetingId={view.id}
                entry={entry}
                units={view.units}
                members={view.members}
                onDirtyChange={onDirtyChange}
                reload={reload}
              />
            ) : (
              <>
                <p>
                  <AgendaStatusBadge status={entry.item.status} />
                </p>
                {entry.record ? (
                  <RecordView record={entry.record} />
                ) : (
                  <p className="muted">{t('teams.meeting.notDiscussed')}</p>
                )}
              </>
            )}
          </section>
        );
      })}
      {editable && (
        <section aria-labelledby="team-sign" className="flow-step flow-sign">
          <h2 id="team-sign">{t('teams.sign.heading')}</h2>
          <p>{t('teams.sign.hint')}</p>
          <SignMinutesDialog
            isOpen={open}
            onOpenChange={(next) => {
              setOpen(next);
              if (next) sign.reset();
            }}
            pending={sign.isPending}
            unsaved={unsaved}
            decidedCount={decidedCount}
            errorCode={sign.isError ? (isApiError(sign.error) ? sign.error.code : 'internal_error') : null}
            onConfirm={() => {
              if (!sign.isPending) sign.mutate();
            }}
            onReload={async () => {
              setOpen(false);
              await reload();
            }}
          />
        </section>
      )}
    </article>
  );
}
