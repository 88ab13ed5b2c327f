import { Link, Navigate, useLocation } from 'react-router';
import type { MeetingSummaryFragment } from '@mace/web-data-access';
import { Panel, usePageTitle } from '@mace/web-ui';
import { formatMeetingDateTime } from '../common/london-time';
import { countLabel } from '../common/meeting-labels';
import { agendaPath, MEETINGS_PATH, meetingPath, SCHEDULE_PATH } from '../common/meeting-paths';

/** Set by the scheduling form: the meetings the API created. */
export interface ScheduledPageState {
  meetings: MeetingSummaryFragment[];
}

/** Confirmation: what was scheduled, with the next step (build the first meeting's agenda). */
export function ScheduledPage() {
  const meetings = (useLocation().state as ScheduledPageState | null)?.meetings ?? [];
  const title = meetings.length === 1 ? 'Meeting scheduled' : `${countLabel(meetings.length, 'meeting', 'meetings')} scheduled`;
  usePageTitle(title);
  // Opened directly (or after a reload), there is nothing to confirm.
  if (meetings.length === 0) return <Navigate to={MEETINGS_PATH} replace />;
  const [first] = meetings;
  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <Panel title={title}>{first.type.name}</Panel>
        <h2 className="govuk-heading-m">{meetings.length === 1 ? 'The meeting' : 'The meetings'}</h2>
        <ul className="govuk-list govuk-list--bullet">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <Link to={meetingPath(meeting.id)} className="govuk-link">
                {formatMeetingDateTime(meeting.startsAt)}
              </Link>
              {meeting.place ? `, ${meeting.place}` : ''}
            </li>
          ))}
        </ul>
        <h2 className="govuk-heading-m">What happens next</h2>
        <p className="govuk-body">
          Build the agenda a few days before the meeting, so agencies have time to post their updates, then lock it.
        </p>
        <p className="govuk-body">
          <Link to={agendaPath(first.id)} className="govuk-link">
            Build the agenda of the first meeting
          </Link>
        </p>
        <p className="govuk-body">
          <Link to={SCHEDULE_PATH} className="govuk-link">
            Schedule another meeting
          </Link>
        </p>
        <p className="govuk-body">
          <Link to={MEETINGS_PATH} className="govuk-link">
            Back to meetings
          </Link>
        </p>
      </div>
    </div>
  );
}
