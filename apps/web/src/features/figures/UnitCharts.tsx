import {
  concernPerspectives,
  type MeetingSetting,
  type MeetingType,
  meetingSettings,
  meetingTypes,
  type UnitFigures,
} from '@verkosto/domain';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../i18n/format';
import type { BarChartData } from './bar-layout';
import { ChartBlock } from './ChartBlock';
import { formatPercent, percentOf } from './numbers';

interface Props {
  unit: UnitFigures;
  from: string;
  to: string;
}

const sum = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

/** The unit's charts, each with its table: meetings by type and by setting, caseloads, concern outcome. */
export function UnitCharts({ unit, from, to }: Props) {
  const { t, i18n } = useTranslation();
  const period = { from: formatDate(from), to: formatDate(to) };
  const id = (part: string) => `figures-${unit.unitId}-${part}`;
  const count = (value: number) => String(value);

  // Every type and setting is listed, zeros too: what was not done at all is worth seeing.
  const byType: BarChartData = {
    series: [{ key: 'meetings', label: t('figures.charts.meetings') }],
    categories: meetingTypes.map((type: MeetingType) => ({
      key: type,
      label: t(`enums.meetingType.${type}`),
      values: [unit.meetingsByType[type] ?? 0],
    })),
  };
  const bySetting: BarChartData = {
    series: [{ key: 'meetings', label: t('figures.charts.meetings') }],
    categories: meetingSettings.map((setting: MeetingSetting) => ({
      key: setting,
      label: t(`enums.meetingSetting.${setting}`),
      values: [unit.meetingsBySetting[setting] ?? 0],
    })),
  };
  const meetingsTotal = sum(byType.categories.map((c) => c.values[0] ?? 0));
  const noMeetings = meetingsTotal === 0 ? t('figures.charts.noMeetings', period) : null;

  const caseloads: BarChartData = {
    series: [
      { key: 'responsible', label: t('figures.charts.caseload.responsible') },
      { key: 'pair', label: t('figures.charts.caseload.pair') },
    ],
    categories: unit.caseloads.map((c) => ({
      key: c.workerId,
      label: c.worker,
      values: [c.responsible, c.pair],
    })),
  };

  // In the order of the perspectives everywhere else, so that the same rater is always in the same place.
  const outcomes = concernPerspectives.flatMap((p) => unit.concernOutcome.filter((o) => o.perspective === p));
  const outcomeOf = new Map(outcomes.map((o) => [o.perspective as string, o]));
  const concern: BarChartData = {
    series: [{ key: 'lower', label: t('figures.charts.concern.share') }],
    categories: outcomes.map((o) => ({
      key: o.perspective,
      label: t(`enums.concernPerspective.${o.perspective}`),
      values: [percentOf(o.lower, o.cases)],
    })),
    axisEnd: 100,
  };
  const percent = (value: number) => formatPercent(value, i18n.language);

  return (
    <>
      <ChartBlock
        headingId={id('by-type')}
        title={t('figures.charts.byType.title')}
        empty={noMeetings}
        data={byType}
        intro={t('figures.charts.byType.intro', period)}
        valueText={count}
        categoryHeader={t('figures.charts.byType.category')}
        columns={[
          { header: t('figures.charts.meetings'), cell: (c) => c.values[0] ?? 0, total: meetingsTotal },
        ]}
      />
      <ChartBlock
        headingId={id('by-setting')}
        title={t('figures.charts.bySetting.title')}
        empty={noMeetings}
        data={bySetting}
        intro={t('figures.charts.bySetting.intro', period)}
        valueText={count}
        categoryHeader={t('figures.charts.bySetting.category')}
        columns={[
          { header: t('figures.charts.meetings'), cell: (c) => c.values[0] ?? 0, total: meetingsTotal },
        ]}
      />
      <ChartBlock
        headingId={id('caseloads')}
        title={t('figures.charts.caseload.title')}
        empty={caseloads.categories.length === 0 ? t('figures.charts.caseload.empty') : null}
        data={caseloads}
        intro={t('figures.charts.caseload.intro')}
        valueText={count}
        categoryHeader={t('figures.charts.caseload.worker')}
        columns={[
          { header: t('figures.charts.caseload.responsible'), cell: (c) => c.values[0] ?? 0 },
          { header: t('figures.charts.caseload.pair'), cell: (c) => c.values[1] ?? 0 },
        ]}
      />
      <ChartBlock
        headingId={id('concern')}
        title={t('figures.charts.concern.title')}
        empty={outcomes.length === 0 ? t('figures.charts.concern.empty', period) : null}
        data={concern}
        intro={t('figures.charts.concern.intro', period)}
        valueText={(value, _series, category) => {
          const o = outcomeOf.get(category.key);
          return t('figures.charts.concern.value', {
            lower: o?.lower ?? 0,
            cases: o?.cases ?? 0,
            percent: percent(value),
          });
        }}
        tickText={percent}
        categoryHeader={t('figures.charts.concern.rater')}
        columns={[
          { header: t('figures.charts.concern.cases'), cell: (c) => outcomeOf.get(c.key)?.cases ?? 0 },
          { header: t('figures.charts.concern.lower'), cell: (c) => outcomeOf.get(c.key)?.lower ?? 0 },
          { header: t('figures.charts.concern.share'), cell: (c) => percent(c.values[0] ?? 0) },
        ]}
      />
    </>
  );
}
