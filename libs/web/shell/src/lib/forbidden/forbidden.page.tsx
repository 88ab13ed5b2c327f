import { Link } from 'react-router';
import { usePageTitle } from '@mace/web-ui';

export function ForbiddenPage() {
  usePageTitle('You cannot use this page');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot use this page</h1>
        <p className="govuk-body">Your role does not allow it. Ask your MACE coordinator if you think it should.</p>
        <p className="govuk-body">
          Go to{' '}
          <Link to="/" className="govuk-link">
            your MACE workspace
          </Link>
          .
        </p>
      </div>
    </div>
  );
}
