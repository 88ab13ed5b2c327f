import type { ReactNode } from 'react';
import { Link } from 'react-router';

export interface SummaryListAction {
  to: string;
  text: string;
  /** Completes the link text for screen readers, such as "date of birth" after "Change". */
  visuallyHiddenText: string;
}

export interface SummaryListRow {
  key: string;
  value: ReactNode;
  action?: SummaryListAction;
}

export interface SummaryListProps {
  rows: SummaryListRow[];
  /** Without borders, for a short list inside other content. */
  noBorder?: boolean;
}

export function SummaryList({ rows, noBorder = false }: SummaryListProps) {
  const anyAction = rows.some((row) => row.action);
  return (
    <dl className={noBorder ? 'govuk-summary-list govuk-summary-list--no-border' : 'govuk-summary-list'}>
      {rows.map((row) => (
        <div
          className={anyAction && !row.action ? 'govuk-summary-list__row govuk-summary-list__row--no-actions' : 'govuk-summary-list__row'}
          key={row.key}
        >
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
          {row.action && (
            <dd className="govuk-summary-list__actions">
              <Link className="govuk-link" to={row.action.to}>
                {row.action.text}
                <span className="govuk-visually-hidden"> {row.action.visuallyHiddenText}</span>
              </Link>
            </dd>
          )}
        </div>
      ))}
    </dl>
  );
}
