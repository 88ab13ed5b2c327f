import type { ReactNode } from 'react';

export interface SummaryListRow {
  key: string;
  value: ReactNode;
}

export interface SummaryListProps {
  rows: SummaryListRow[];
}

export function SummaryList({ rows }: SummaryListProps) {
  return (
    <dl className="govuk-summary-list">
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}
