import { Link } from 'react-router';
import { InsetText } from '@mace/web-ui';

/** Shown until the caller accepts the meeting's confidentiality statement, on the meeting page. */
export function ConfidentialityNotice({ meetingId }: { meetingId: string }) {
  return (
    <InsetText>
      <p className="govuk-body">Case details are hidden until you accept the meeting’s confidentiality statement.</p>
      <p className="govuk-body">
        <Link to={`/meetings/${meetingId}`} className="govuk-link">
          Read and accept the confidentiality statement
        </Link>
      </p>
    </InsetText>
  );
}
