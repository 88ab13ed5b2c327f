import { useEffect, useRef } from 'react';

export interface ConflictSummaryProps {
  title: string;
  children: string;
}

/**
 * Someone else changed what the user was editing (a stale version: CONFLICT). Nothing was saved.
 * The reload is a full page load, not a client navigation, so the page reads everything afresh.
 */
export function ConflictSummary({ title, children }: ConflictSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  useEffect(() => summary.current?.focus(), []);
  return (
    <div ref={summary} className="govuk-error-summary" tabIndex={-1}>
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <p className="govuk-body">
            {children}{' '}
            <a href={`${window.location.pathname}${window.location.search}`} className="govuk-link">
              Reload the page
            </a>{' '}
            to see the latest.
          </p>
        </div>
      </div>
    </div>
  );
}
