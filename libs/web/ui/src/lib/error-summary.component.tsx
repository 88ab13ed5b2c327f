import { useEffect, useRef, type MouseEvent } from 'react';
import { Link } from 'react-router';

export interface ErrorSummaryItem {
  text: string;
  /** `#field-id` of the input the error is about; omit for errors about the whole form. */
  href?: string;
  /** An in-app path for an error about a field on another page (with `#field-id` to focus it there). */
  to?: string;
}

export interface ErrorSummaryProps {
  errors: ErrorSummaryItem[];
  title?: string;
}

/**
 * GOV.UK error summary. Takes focus whenever it is shown with a new list of errors, and its links
 * move focus to the field (scrolling its label into view), as govuk-frontend's script would.
 */
export function ErrorSummary({ errors, title = 'There is a problem' }: ErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);

  useEffect(() => {
    summary.current?.focus();
  }, [errors]);

  return (
    <div ref={summary} className="govuk-error-summary" data-module="govuk-error-summary" tabIndex={-1}>
      {/* role="alert" sits on a child so focusing the summary does not race the announcement */}
      <div role="alert">
        <h2 className="govuk-error-summary__title">{title}</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((error) => (
              <li key={`${error.to ?? error.href ?? ''}${error.text}`}>
                {error.to ? (
                  <Link to={error.to}>{error.text}</Link>
                ) : error.href ? (
                  <a href={error.href} onClick={focusField}>
                    {error.text}
                  </a>
                ) : (
                  error.text
                )}
              </li>
            ))}
          </ul>
        </div>
      </div>
    </div>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>) {
  const id = event.currentTarget.hash.slice(1);
  const field = id ? document.getElementById(id) : null;
  if (!field) return;
  event.preventDefault();
  const label = document.querySelector(`label[for="${CSS.escape(id)}"]`);
  (label ?? field).scrollIntoView();
  field.focus({ preventScroll: true });
}
