import type { ActionFiguresQuery } from '@mace/web-data-access';

type Figures = ActionFiguresQuery['actionFigures'];
type Counts = Figures['totals'];

const COLUMNS: { key: keyof Omit<Counts, '__typename'>; label: string }[] = [
  { key: 'set', label: 'Set' },
  { key: 'doneOnTime', label: 'Done on time' },
  { key: 'doneLate', label: 'Done late' },
  { key: 'notPossible', label: 'Not possible' },
  { key: 'notDone', label: 'Not done by the agency' },
  { key: 'cancelled', label: 'Cancelled' },
  { key: 'stillOpen', label: 'Still open' },
  { key: 'overdue', label: 'Overdue now' },
];

/** Each agency's accountability for the actions set in the period, with the district's totals. */
export function ActionFiguresTable({ figures, caption }: { figures: Figures; caption: string }) {
  return (
    <table className="govuk-table app-table--compact">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">Agency</th>
          {COLUMNS.map((column) => (
            <th scope="col" className="govuk-table__header govuk-table__header--numeric" key={column.key}>
              {column.label}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {figures.agencies.map((row) => (
          <tr className="govuk-table__row" key={row.agency.id}>
            <th scope="row" className="govuk-table__header">
              {row.agency.name}
            </th>
            {COLUMNS.map((column) => (
              <td className="govuk-table__cell govuk-table__cell--numeric" key={column.key}>
                {row[column.key]}
              </td>
            ))}
          </tr>
        ))}
        <tr className="govuk-table__row">
          <th scope="row" className="govuk-table__header">
            All agencies
          </th>
          {COLUMNS.map((column) => (
            <td className="govuk-table__cell govuk-table__cell--numeric govuk-!-font-weight-bold" key={column.key}>
              {figures.totals[column.key]}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}
