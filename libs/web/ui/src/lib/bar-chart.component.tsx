import './bar-chart.component.css';

/** Colours of the GOV.UK palette a bar may take; the row's label and number carry the meaning. */
export type BarColour = 'blue' | 'red' | 'orange' | 'yellow' | 'grey' | 'teal' | 'purple';

export interface BarChartRow {
  key: string;
  label: string;
  value: number;
  colour?: BarColour;
  /**
   * What this row's value is a share of, when each row has its own whole (such as "done on time"
   * of each agency's actions); the cell then reads "3 of 5 (60%)".
   */
  outOf?: number;
}

export interface BarChartProps {
  /** The table's caption, shown as a heading over the chart. */
  caption: string;
  /** The header of the label column, such as "Risk level". */
  labelHeader: string;
  /** The header of the number column, such as "Children". */
  valueHeader: string;
  rows: BarChartRow[];
  /** What the bars are shares of; the rows' sum when not given. */
  total?: number;
}

/**
 * A horizontal bar chart that is a GOV.UK table: each row's label is its row header and its cell
 * holds the number and share as text, with a bar as long as that share drawn beside them. Screen
 * readers and copy-paste get the table; the bars only repeat its numbers.
 */
export function BarChart({ caption, labelHeader, valueHeader, rows, total }: BarChartProps) {
  const whole = total ?? rows.reduce((sum, row) => sum + row.value, 0);
  const ownWholes = rows.some((row) => row.outOf !== undefined);
  return (
    <table className="govuk-table app-bar-chart">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header app-bar-chart__label">
            {labelHeader}
          </th>
          <th scope="col" className="govuk-table__header">
            {valueHeader}
            {!ownWholes && whole > 0 && ' (share of total)'}
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {rows.map((row) => {
          const rowWhole = row.outOf ?? whole;
          const share = rowWhole > 0 ? row.value / rowWhole : 0;
          return (
            <tr className="govuk-table__row" key={row.key}>
              <th scope="row" className="govuk-table__header app-bar-chart__label">
                {row.label}
              </th>
              <td className="govuk-table__cell">
                <span className="app-bar-chart__area">
                  {row.value > 0 && (
                    <span
                      className={`app-bar-chart__bar app-bar-chart__bar--${row.colour ?? 'blue'}`}
                      style={{ width: `${(share * 100).toFixed(2)}%` }}
                    />
                  )}
                  <span className="app-bar-chart__value">
                    {row.value}
                    {row.outOf !== undefined && <span className="app-bar-chart__share"> of {row.outOf}</span>}
                    {rowWhole > 0 && <span className="app-bar-chart__share"> ({Math.round(share * 100)}%)</span>}
                  </span>
                </span>
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
