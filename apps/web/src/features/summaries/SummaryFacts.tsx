import {
  type SummaryFacts as Facts,
  goalAttainmentScores,
  meetingSettings,
  meetingTypes,
} from '@verkosto/domain';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';

/**
 * "From the record": what the record held for the period when the draft was made, beside the text
 * written from it, so the worker can check the text against it. Counts are tables with headers,
 * so they read the same to a screen reader as on screen.
 */
export function SummaryFacts({ facts }: { facts: Facts }) {
  const { t } = useTranslation();
  return (
    <aside aria-labelledby="summary-facts-title" className="summary-facts">
      <h2 id="summary-facts-title">{t('summaries.facts.title')}</h2>
      <p className="muted">{t('summaries.facts.intro')}</p>
      <MeetingFacts meetings={facts.meetings} />
      <NetworkFacts network={facts.network} />
      <ConcernFacts concern={facts.concern} />
      <PlanFacts plan={facts.plan} />
      <GuidanceFacts guidance={facts.guidance} />
    </aside>
  );
}

function Group({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section aria-labelledby={id} className="summary-facts-group">
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

/** A count per value of an enum, only the values that occurred, in the enum's own order. */
function CountTable<K extends string>({
  caption,
  head,
  order,
  counts,
  label,
}: {
  caption: string;
  head: string;
  order: readonly K[];
  counts: Partial<Record<K, number>>;
  label: (key: K) => string;
}) {
  const { t } = useTranslation();
  const rows = order.filter((k) => (counts[k] ?? 0) > 0);
  if (rows.length === 0) return null;
  return (
    <table className="table table-compact summary-facts-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{head}</th>
          <th scope="col" className="cell-number">
            {t('summaries.facts.count')}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((k) => (
          <tr key={k}>
            <th scope="row">{label(k)}</th>
            <td className="cell-number">{counts[k]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function MeetingFacts({ meetings }: { meetings: Facts['meetings'] }) {
  const { t } = useTranslation();
  return (
    <Group id="summary-facts-meetings" title={t('summaries.facts.meetings.title')}>
      <p>{t('summaries.facts.meetings.held', { count: meetings.held })}</p>
      <CountTable
        caption={t('summaries.facts.meetings.byType')}
        head={t('summaries.facts.meetings.type')}
        order={meetingTypes}
        counts={meetings.byType}
        label={(k) => t(`enums.meetingType.${k}`)}
      />
      <CountTable
        caption={t('summaries.facts.meetings.bySetting')}
        head={t('summaries.facts.meetings.setting')}
        order={meetingSettings}
        counts={meetings.bySetting}
        label={(k) => t(`enums.meetingSetting.${k}`)}
      />
    </Group>
  );
}

function NetworkFacts({ network }: { network: Facts['network'] }) {
  const { t } = useTranslation();
  return (
    <Group id="summary-facts-network" title={t('summaries.facts.network.title')}>
      <dl className="summary-facts-list">
        <div>
          <dt>{t('summaries.facts.network.atStart')}</dt>
          <dd>
            {network.membersAtStart === null
              ? t('summaries.facts.network.noMapAtStart')
              : network.membersAtStart}
          </dd>
        </div>
        <div>
          <dt>{t('summaries.facts.network.now')}</dt>
          <dd>{network.membersNow}</dd>
        </div>
        <div>
          <dt>{t('summaries.facts.network.snapshots')}</dt>
          <dd>{network.snapshots}</dd>
        </div>
      </dl>
    </Group>
  );
}

function ConcernFacts({ concern }: { concern: Facts['concern'] }) {
  const { t } = useTranslation();
  return (
    <Group id="summary-facts-concern" title={t('summaries.facts.concern.title')}>
      {concern.length === 0 ? (
        <p className="muted">{t('summaries.facts.concern.none')}</p>
      ) : (
        <table className="table table-compact summary-facts-table">
          <caption>{t('summaries.facts.concern.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summaries.facts.concern.perspective')}</th>
              <th scope="col">{t('summaries.facts.concern.first')}</th>
              <th scope="col">{t('summaries.facts.concern.latest')}</th>
              <th scope="col" className="cell-number">
                {t('summaries.facts.concern.ratings')}
              </th>
            </tr>
          </thead>
          <tbody>
            {concern.map((c) => (
              <tr key={c.perspective}>
                <th scope="row">{t(`enums.concernPerspective.${c.perspective}`)}</th>
                <td>{t(`enums.concernZone.${c.first}`)}</td>
                <td>{t(`enums.concernZone.${c.latest}`)}</td>
                <td className="cell-number">{c.ratings}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Group>
  );
}

/** A goal-attainment score in words; a score outside −2…+2 (not expected) as the number itself. */
function useRatingText() {
  const { t } = useTranslation();
  return (rating: number | null) => {
    if (rating === null) return t('summaries.facts.plan.notRated');
    const score = goalAttainmentScores.find((s) => s === rating);
    return score === undefined ? String(rating) : t(`enums.goalAttainment.${score}`);
  };
}

function PlanFacts({ plan }: { plan: Facts['plan'] }) {
  const { t } = useTranslation();
  const ratingText = useRatingText();
  return (
    <Group id="summary-facts-plan" title={t('summaries.facts.plan.title')}>
      <p>
        {plan.latestVersionNo === null
          ? t('summaries.facts.plan.none')
          : t('summaries.facts.plan.versions', { count: plan.versions, n: plan.latestVersionNo })}
      </p>
      {plan.goals.length > 0 && (
        <table className="table table-compact summary-facts-table">
          <caption>{t('summaries.facts.plan.goals')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('summaries.facts.plan.goal')}</th>
              <th scope="col">{t('summaries.facts.plan.latestRating')}</th>
            </tr>
          </thead>
          <tbody>
            {plan.goals.map((g, i) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: goals come without ids here and never reorder
              <tr key={i}>
                <th scope="row">{g.title}</th>
                <td>{ratingText(g.latestRating)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Group>
  );
}

function GuidanceFacts({ guidance }: { guidance: Facts['guidance'] }) {
  const { t } = useTranslation();
  return (
    <Group id="summary-facts-guidance" title={t('summaries.facts.guidance.title')}>
      {guidance.length === 0 ? (
        <p className="muted">{t('summaries.facts.guidance.none')}</p>
      ) : (
        <ul className="summary-facts-guidance">
          {guidance.map((g, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: guidance comes without ids here and never reorders
            <li key={i}>
              {g.service}
              <span className="cell-detail">{formatDate(g.givenOn)}</span>
            </li>
          ))}
        </ul>
      )}
    </Group>
  );
}
