import { Link } from 'react-router';
import { usePageTitle } from '@mace/web-ui';

/** A chair's page opened by someone who may see the meeting but not run it. */
export function ChairOnly({ meetingId, what }: { meetingId: string; what: string }) {
  usePageTitle('You cannot use this page');
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You cannot use this page</h1>
        <p className="govuk-body">Only the chair of the meeting can {what}.</p>
        <p className="govuk-body">
          <Link to={`/meetings/${meetingId}/live`} className="govuk-link">
            Follow the meeting
          </Link>
        </p>
      </div>
    </div>
  );
}
