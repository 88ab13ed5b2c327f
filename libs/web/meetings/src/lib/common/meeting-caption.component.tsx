import { Link } from 'react-router';

/** The caption above a meetings sub-page's heading, leading back to the meeting. */
export function MeetingCaption({ meeting }: { meeting: { id: string; title: string } }) {
  return (
    <span className="govuk-caption-l">
      <Link to={`/meetings/${meeting.id}`} className="govuk-link govuk-link--no-visited-state">
        {meeting.title}
      </Link>
    </span>
  );
}
