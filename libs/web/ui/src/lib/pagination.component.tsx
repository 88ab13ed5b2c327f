import { Link, type To } from 'react-router';

export interface PaginationLink {
  to: To;
  state?: unknown;
}

export interface PaginationProps {
  previous?: PaginationLink;
  next?: PaginationLink;
  /** What is paged, for the landmark's name, such as "Children pages". */
  label?: string;
}

/** GOV.UK pagination as "Previous" and "Next" links only: lists here are paged by cursor. */
export function Pagination({ previous, next, label = 'Pagination' }: PaginationProps) {
  if (!previous && !next) return null;
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {previous && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={previous.to} state={previous.state} rel="prev">
            <svg className="govuk-pagination__icon govuk-pagination__icon--prev" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m6.5938-0.0078125-6.7266 6.7266 6.7441 6.4062 1.377-1.449-4.1856-3.9768h12.896v-2h-12.984l4.2931-4.293-1.414-1.414z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Previous<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
      {next && (
        <div className="govuk-pagination__next">
          <Link className="govuk-link govuk-pagination__link" to={next.to} state={next.state} rel="next">
            <svg className="govuk-pagination__icon govuk-pagination__icon--next" xmlns="http://www.w3.org/2000/svg" height="13" width="15" aria-hidden="true" focusable="false" viewBox="0 0 15 13">
              <path d="m8.107-0.0078125-1.4136 1.414 4.2926 4.293h-12.986v2h12.896l-4.1855 3.9766 1.377 1.4492 6.7441-6.4062-6.7246-6.7266z" />
            </svg>
            <span className="govuk-pagination__link-title">
              Next<span className="govuk-visually-hidden"> page</span>
            </span>
          </Link>
        </div>
      )}
    </nav>
  );
}
