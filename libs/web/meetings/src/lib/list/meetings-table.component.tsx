import { Link } from 'react-router';
import type { MeetingSummaryFragment } from '@mace/web-data-access';
import { formatMeetingDateTime } from '../common/london-time';
import { MeetingStatusTag } from '../common/meeting-status-tag.component';
import { meetingPath } from '../common/meeting-paths';

export function MeetingsTable({ meetings, caption }: { meetings: readonly MeetingSummaryFragment[]; caption: string }) {
  return (
    <table className="govuk-table">
      <caption className="govuk-table__caption govuk-table__caption--m">{caption}</caption>
      <thead className="govuk-table__head">
        <tr className="govuk-table__row">
          <th scope="col" className="govuk-table__header">
            Date and time
          </th>
          <th scope="col" className="govuk-table__header">
            Meeting
          </th>
          <th scope="col" className="govuk-table__header">
            District
          </th>
          <th scope="col" className="govuk-table__header">
            Status
          </th>
        </tr>
      </thead>
      <tbody className="govuk-table__body">
        {meetings.map((meeting) => (
          <tr className="govuk-table__row" key={meeting.id}>
            <td className="govuk-table__cell">
              <time dateTime={meeting.startsAt}>{formatMeetingDateTime(meeting.startsAt)}</time>
            </td>
            <td className="govuk-table__cell">
              <Link to={meetingPath(meeting.id)} className="govuk-link">
                {meeting.type.name}
              </Link>
              {meeting.place && <div className="govuk-hint govuk-!-font-size-16 govuk-!-margin-bottom-0">{meeting.place}</div>}
            </td>
            <td className="govuk-table__cell">{meeting.district.name}</td>
            <td className="govuk-table__cell">
              <MeetingStatusTag status={meeting.status} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
