import { useState } from 'react';
import { MeetingStatus } from '@mace/shared-domain';
import { useMeetingEvents, type LiveMeetingQuery } from '@mace/web-data-access';
import { usePageTitle } from '@mace/web-ui';
import { ConfidentialityNotice } from '../common/confidentiality-notice.component';
import { LiveRegion } from '../common/live-region.component';
import { MeetingStatusTag } from '../common/meeting-status-tag.component';
import { formatMeetingTime } from '../common/meeting-time';
import { announcementFor, itemNumber, runningOrder } from '../live/live-agenda';
import { MEETING_PLAN } from '../live/live-refetch-plans';
import { FollowItem } from './follow-item.component';

type LiveMeeting = LiveMeetingQuery['meeting'];

/**
 * What an attendee sees during the meeting: the item being discussed and each outcome and action as
 * the chair records them, without reloading. A polite live region says what changed.
 */
export function FollowView({ meeting }: { meeting: LiveMeeting }) {
  usePageTitle(`Follow the meeting: ${meeting.title}`);
  const [announcement, setAnnouncement] = useState('');
  const items = runningOrder(meeting.agenda);
  useMeetingEvents(
    meeting.id,
    (event) => {
      const text = announcementFor(event, items);
      if (text) setAnnouncement(text);
    },
    { refetch: MEETING_PLAN },
  );

  const current = items.find((item) => item.id === meeting.currentItem?.id);
  const currentNumber = itemNumber(items, current?.id);

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <span className="govuk-caption-l">{formatMeetingTime(meeting.startsAt)}</span>
        <h1 className="govuk-heading-l">{meeting.title}</h1>
        <p className="govuk-body">
          <MeetingStatusTag status={meeting.status} />
        </p>
        {!meeting.acceptedConfidentiality && <ConfidentialityNotice meetingId={meeting.id} />}
        <LiveRegion text={announcement} />

        <h2 className="govuk-heading-m">Now</h2>
        {meeting.status === MeetingStatus.IN_PROGRESS ? (
          current && currentNumber ? (
            <p className="govuk-body-l">
              Discussing item {currentNumber} of {items.length}: {current.title}
            </p>
          ) : (
            <p className="govuk-body">The meeting is open; no item is being discussed yet.</p>
          )
        ) : meeting.status === MeetingStatus.CLOSED ? (
          <p className="govuk-body">The meeting has closed. Outcomes are below; the minutes follow once the chair approves them.</p>
        ) : (
          <p className="govuk-body">The meeting has not started. This page follows it once it does, without reloading.</p>
        )}

        <h2 className="govuk-heading-m">Agenda and outcomes</h2>
        {items.length === 0 && <p className="govuk-body">There are no items on the agenda.</p>}
        {items.map((item, index) => (
          <FollowItem key={item.id} item={item} number={index + 1} current={item.id === current?.id} />
        ))}
      </div>
    </div>
  );
}
