import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BarChart, BarLegend } from './BarChart';
import type { BarCategory, BarChartData } from './bar-layout';

export interface TableColumn {
  header: string;
  /** The cell of a category's row, from the same data the chart draws. */
  cell: (category: BarCategory) => ReactNode;
  /** The column's total under the rows, where adding up means something. */
  total?: ReactNode;
}

interface Props {
  headingId: string;
  title: string;
  /** Said instead of an empty chart, when there is nothing to draw. */
  empty: string | null;
  data: BarChartData;
  /** The first sentence of the chart's description. */
  intro: string;
  valueText: (value: number, series: number, category: BarCategory) => string;
  tickText?: (value: number) => string;
  /** The header of the categories' column (the rows' headers). */
  categoryHeader: string;
  columns: readonly TableColumn[];
}

/** A chart and the same data as a table beside it (below it on a narrow screen), under one heading. */
export function ChartBlock(props: Props) {
  const { t } = useTranslation();
  const { data, columns } = props;
  const hasTotals = columns.some((c) => c.total !== undefined);
  return (
    <section aria-labelledby={props.headingId} className="figures-block">
      <h3 id={props.headingId}>{props.title}</h3>
      {props.empty !== null ? (
        <p className="muted">{props.empty}</p>
      ) : (
        <div className="chart-pair">
          <figure className="bar-figure">
            <BarChart
              data={data}
              title={props.title}
              intro={props.intro}
              outro={t('figures.charts.outro')}
              valueText={props.valueText}
              tickText={props.tickText}
            />
            {data.series.length > 1 && (
              <figcaption>
                <BarLegend series={data.series} />
              </figcaption>
            )}
          </figure>
          <div className="table-wrap">
            <table className="table table-compact figures-table">
              <caption className="visually-hidden">{props.title}</caption>
              <thead>
                <tr>
                  <th scope="col">{props.categoryHeader}</th>
                  {columns.map((c) => (
                    <th key={c.header} scope="col" className="cell-number">
                      {c.header}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {data.categories.map((category) => (
                  <tr key={category.key}>
                    <th scope="row">{category.label}</th>
                    {columns.map((c) => (
                      <td key={c.header} className="cell-number">
                        {c.cell(category)}
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
              {hasTotals && (
                <tfoot>
                  <tr>
                    <th scope="row">{t('figures.charts.total')}</th>
                    {columns.map((c) => (
                      <td key={c.header} className="cell-number">
                        {c.total}
                      </td>
                    ))}
                  </tr>
                </tfoot>
              )}
            </table>
          </div>
        </div>
      )}
    </section>
  );
}
