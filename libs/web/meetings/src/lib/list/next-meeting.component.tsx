import type { MeetingSummaryFragment } from '@mace/web-data-access';
import { ButtonLink } from '@mace/web-ui';
import { formatMeetingDateTime } from '../common/london-time';
import { meetingPath } from '../common/meeting-paths';

/** The soonest meeting not yet closed, first thing on the page: most visits are to open it. */
export function NextMeeting({ meeting }: { meeting: MeetingSummaryFragment }) {
  return (
    <div className="govuk-inset-text">
      <h2 className="govuk-heading-m">Next meeting: {meeting.title}</h2>
      <p className="govuk-body">
        <time dateTime={meeting.startsAt}>{formatMeetingDateTime(meeting.startsAt)}</time>
        {meeting.place ? `, ${meeting.place}` : ''}
      </p>
      <ButtonLink to={meetingPath(meeting.id)} variant="secondary">
        Open the next meeting
      </ButtonLink>
    </div>
  );
}
