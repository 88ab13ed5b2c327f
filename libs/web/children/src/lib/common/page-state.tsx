import { ErrorCode } from '@mace/shared-domain';
import { readApiError } from '@mace/web-data-access';
import { usePageTitle } from '@mace/web-ui';
import { Link } from 'react-router';

/** What a page shows while its query runs. */
export function Loading() {
  return <p className="govuk-body">Loading…</p>;
}

/**
 * A failed query: a record the caller may not see is answered like a missing one by the API,
 * and so is shown here as "not found" either way.
 */
export function QueryFailed({ error, what }: { error: unknown; what: string }) {
  const notFound = readApiError(error).code === ErrorCode.NOT_FOUND;
  const title = notFound ? `${what} not found` : 'Sorry, there is a problem with the service';
  usePageTitle(title);
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">{title}</h1>
        {notFound ? (
          <p className="govuk-body">
            It does not exist, or you are not allowed to see it. Go to{' '}
            <Link to="/search" className="govuk-link">
              find a child
            </Link>
            .
          </p>
        ) : (
          <p className="govuk-body">Try again later.</p>
        )}
      </div>
    </div>
  );
}
