import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { AgendaItemStatus, MeetingStatus } from '@mace/shared-domain';
import { CloseMeetingDocument, LiveMeetingDocument, readApiError, useMeetingEvents } from '@mace/web-data-access';
import { Loading, QueryFailed } from '@mace/web-children';
import { BackLink, Button, ErrorSummary, Panel, usePageTitle, WarningText } from '@mace/web-ui';
import { ChairOnly } from '../common/chair-only.component';
import { runningOrder } from './live-agenda';
import { livePath } from './live-paths';
import { MEETING_PLAN } from './live-refetch-plans';

/** `/meetings/:id/live/close`: confirm closing; items not reached are carried to the next meeting of the type. */
export function ClosePage() {
  const { id = '' } = useParams();
  const { data, error, refetch } = useQuery(LiveMeetingDocument, { variables: { id } });
  const [close, { loading: closing }] = useMutation(CloseMeetingDocument);
  const [refusal, setRefusal] = useState<string | null>(null);
  useMeetingEvents(id, undefined, { refetch: MEETING_PLAN, skip: !data?.meeting.canManage });
  const closed = data?.meeting.status === MeetingStatus.CLOSED;
  usePageTitle(closed ? 'Meeting closed' : 'Close the meeting', Boolean(refusal));
  if (error && !data) return <QueryFailed error={error} what="Meeting" />;
  if (!data) return <Loading />;
  const { meeting } = data;
  if (!meeting.canManage) return <ChairOnly meetingId={id} what="close the meeting" />;

  if (closed) {
    return (
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <Panel title="Meeting closed">{meeting.title}</Panel>
          <p className="govuk-body">The minutes have been drafted from what was recorded. Items not reached are on the next meeting’s agenda.</p>
          <p className="govuk-body">
            <Link to={`/meetings/${id}/minutes`} className="govuk-link">
              Edit and approve the minutes
            </Link>
          </p>
        </div>
      </div>
    );
  }

  const notReached = runningOrder(meeting.agenda).filter((item) => item.status === AgendaItemStatus.PENDING);
  const unreviewed = meeting.unreviewedActionCount;
  const reviewLink = { text: `Review the ${unreviewed === 1 ? 'action' : `${unreviewed} actions`} still to review first`, to: livePath(id, 'action-review') };

  async function closeMeeting() {
    setRefusal(null);
    try {
      await close({ variables: { meetingId: id } });
      await refetch();
    } catch (caught) {
      const { data: latest } = await refetch();
      const stillToReview = latest?.meeting.unreviewedActionCount ?? 0;
      setRefusal(
        stillToReview > 0
          ? `The meeting cannot close while ${stillToReview === 1 ? '1 earlier action is' : `${stillToReview} earlier actions are`} still to review`
          : (readApiError(caught).message ?? 'The meeting could not be closed. Try again.'),
      );
    }
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <BackLink to={livePath(id)}>Back to the meeting</BackLink>
        {refusal && <ErrorSummary errors={[{ text: refusal }, ...(unreviewed > 0 ? [reviewLink] : [])]} />}
        <span className="govuk-caption-l">{meeting.title}</span>
        <h1 className="govuk-heading-l">Close the meeting</h1>
        {unreviewed > 0 && (
          <WarningText>
            {unreviewed === 1 ? '1 earlier action is' : `${unreviewed} earlier actions are`} still to review. The meeting cannot close until{' '}
            {unreviewed === 1 ? 'it is' : 'they are'} reviewed.{' '}
            <Link to={livePath(id, 'action-review')} className="govuk-link">
              Review earlier actions
            </Link>
          </WarningText>
        )}
        {notReached.length === 0 ? (
          <p className="govuk-body">Every item was discussed.</p>
        ) : (
          <>
            <p className="govuk-body">
              {notReached.length === 1 ? 'This item was' : `These ${notReached.length} items were`} not reached and will be carried forward to
              the next meeting:
            </p>
            <ul className="govuk-list govuk-list--bullet">
              {notReached.map((item) => (
                <li key={item.id}>{item.title}</li>
              ))}
            </ul>
          </>
        )}
        <Button type="button" variant="warning" onClick={() => void closeMeeting()} disabled={closing}>
          Close the meeting
        </Button>
      </div>
    </div>
  );
}
