import { useMutation } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { AttendanceStatus, MeetingStatus } from '@mace/shared-domain';
import { readApiError, StartMeetingDocument, useMeetingEvents, type LiveMeetingQuery } from '@mace/web-data-access';
import { Button, ErrorSummary, NotificationBanner, Tag, usePageTitle } from '@mace/web-ui';
import { ConfidentialityNotice } from '../common/confidentiality-notice.component';
import { AgendaItemStatusTag, MeetingStatusTag } from '../common/meeting-status-tag.component';
import { formatClockTime, formatMeetingTime } from '../common/meeting-time';
import { stillToReview } from './action-review';
import { adjacentItemId, runningOrder } from './live-agenda';
import { MEETING_PLAN } from './live-refetch-plans';
import { livePath } from './live-paths';
import { ShortcutHelp } from './shortcut-help.component';
import { useChairShortcuts } from './use-chair-shortcuts.hook';

type LiveMeeting = LiveMeetingQuery['meeting'];

/** Set by a step page that finished, so the step list says so once. */
export interface ChairOverviewState {
  done?: string;
}

/** The chair's step list: start, attendance, review of earlier actions, the items, close. */
export function ChairOverview({ meeting }: { meeting: LiveMeeting }) {
  const navigate = useNavigate();
  const done = (useLocation().state as ChairOverviewState | null)?.done;
  const [startError, setStartError] = useState<string | null>(null);
  const [start, { loading: starting }] = useMutation(StartMeetingDocument);
  const [helpShown, setHelpShown] = useState(false);
  usePageTitle(`Run the meeting: ${meeting.title}`, Boolean(startError));
  useMeetingEvents(meeting.id, undefined, { refetch: MEETING_PLAN });

  const running = meeting.status === MeetingStatus.IN_PROGRESS;
  const items = runningOrder(meeting.agenda);
  const recorded = meeting.members.filter((member) => member.attendance !== AttendanceStatus.NOT_RECORDED).length;
  const discussed = items.filter((item) => item.outcome?.recordedAt).length;
  const firstItem = adjacentItemId(items, null, 1);

  useChairShortcuts({
    enabled: running,
    onNext: () => firstItem && navigate(livePath(meeting.id, 'items', firstItem)),
    onToggleHelp: () => setHelpShown((shown) => !shown),
  });

  async function startMeeting() {
    setStartError(null);
    try {
      await start({ variables: { meetingId: meeting.id } });
      navigate(livePath(meeting.id, 'attendance'));
    } catch (caught) {
      setStartError(readApiError(caught).message ?? 'The meeting could not be started. Try again.');
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {startError && <ErrorSummary errors={[{ text: startError }]} />}
        {done && <NotificationBanner type="success" heading={done} />}
        <span className="govuk-caption-l">{formatMeetingTime(meeting.startsAt)}</span>
        <h1 className="govuk-heading-l">{meeting.title}</h1>
        <p className="govuk-body">
          <MeetingStatusTag status={meeting.status} />
        </p>
        {running && (
          <p className="govuk-body">
            Press <kbd>?</kbd> for keyboard shortcuts. Everyone following the meeting sees the item you open.
          </p>
        )}
        {!meeting.acceptedConfidentiality && <ConfidentialityNotice meetingId={meeting.id} />}
        {helpShown && <ShortcutHelp onClose={() => setHelpShown(false)} />}

        <ul className="govuk-task-list">
          <Step
            name="Start the meeting"
            hint={meeting.startedAt ? `Started at ${formatClockTime(meeting.startedAt)}` : undefined}
            status={
              meeting.status === MeetingStatus.SCHEDULED ? (
                <span className="govuk-task-list__status--cannot-start-yet">Lock the agenda first</span>
              ) : meeting.status === MeetingStatus.AGENDA_LOCKED ? (
                <Tag colour="blue">To do</Tag>
              ) : (
                'Started'
              )
            }
          >
            {meeting.status === MeetingStatus.AGENDA_LOCKED && (
              <Button type="button" onClick={startMeeting} disabled={starting}>
                Start the meeting
              </Button>
            )}
            {meeting.status === MeetingStatus.SCHEDULED && (
              <Link to={`/meetings/${meeting.id}`} className="govuk-link">
                Go to the agenda
              </Link>
            )}
          </Step>
          <Step
            name="Record attendance"
            to={running ? livePath(meeting.id, 'attendance') : undefined}
            status={`${recorded} of ${meeting.members.length} agencies recorded`}
          />
          <Step
            name="Review earlier actions"
            to={running ? livePath(meeting.id, 'action-review') : undefined}
            status={running ? stillToReview(meeting.unreviewedActionCount) : 'Reviewed once the meeting starts'}
          />
        </ul>

        <h2 className="govuk-heading-m">Items</h2>
        <p className="govuk-body">
          {discussed} of {items.length} items have an outcome recorded.
        </p>
        <ol className="govuk-task-list">
          {items.map((item, index) => (
            <Step
              key={item.id}
              name={`${index + 1}. ${item.title}`}
              hint={item.restrictedNote ?? undefined}
              to={running ? livePath(meeting.id, 'items', item.id) : undefined}
              status={<AgendaItemStatusTag status={item.status} current={meeting.currentItem?.id === item.id} />}
            />
          ))}
        </ol>

        <h2 className="govuk-heading-m">Close</h2>
        <ul className="govuk-task-list">
          <Step
            name="Close the meeting"
            to={running ? livePath(meeting.id, 'close') : undefined}
            status={meeting.status === MeetingStatus.CLOSED ? `Closed at ${formatClockTime(meeting.closedAt)}` : 'Items not reached are carried forward'}
          />
        </ul>
        {meeting.status === MeetingStatus.CLOSED && (
          <p className="govuk-body">
            <Link to={`/meetings/${meeting.id}/minutes`} className="govuk-link">
              Edit and approve the minutes
            </Link>
          </p>
        )}
      </div>
    </div>
  );
}

interface StepProps {
  name: string;
  hint?: string;
  /** A link to the step's page, while the step can be done. */
  to?: string;
  status: ReactNode;
  children?: ReactNode;
}

/** A GOV.UK task list row: the whole row is the link's target when the step can be done. */
function Step({ name, hint, to, status, children }: StepProps) {
  return (
    <li className={to ? 'govuk-task-list__item govuk-task-list__item--with-link' : 'govuk-task-list__item'}>
      <div className="govuk-task-list__name-and-hint">
        {to ? (
          <Link to={to} className="govuk-link govuk-task-list__link">
            {name}
          </Link>
        ) : (
          <div>{name}</div>
        )}
        {hint && <div className="govuk-task-list__hint">{hint}</div>}
        {children && <div className="govuk-!-margin-top-2">{children}</div>}
      </div>
      <div className="govuk-task-list__status">{status}</div>
    </li>
  );
}
