import { Link } from 'react-router';
import { MEETING_KIND_LABELS, MeetingStatus } from '@mace/shared-domain';
import type { MeetingOverviewFragment } from '@mace/web-data-access';
import { formatDateTime } from '@mace/web-children';
import { useCurrentUser } from '@mace/web-shell';
import { BackLink, ButtonLink, SummaryList, usePageTitle } from '@mace/web-ui';
import { formatMeetingDateTime } from '../common/london-time';
import { durationLabel } from '../common/meeting-labels';
import { MeetingLoader } from '../common/meeting-loader.component';
import { MEETINGS_PATH, meetingPath } from '../common/meeting-paths';
import { MeetingStatusTag } from '../common/meeting-status-tag.component';
import { AgendaTable } from './agenda-table.component';
import { Confidentiality } from './confidentiality.component';
import { meetingLinks } from './meeting-links';

export function MeetingOverviewPage() {
  return <MeetingLoader>{(meeting) => <MeetingOverview meeting={meeting} />}</MeetingLoader>;
}

function MeetingOverview({ meeting }: { meeting: MeetingOverviewFragment }) {
  usePageTitle(meeting.title);
  const user = useCurrentUser();
  const links = meetingLinks(meeting);
  return (
    <>
      <BackLink to={MEETINGS_PATH}>Back to meetings</BackLink>
      <span className="govuk-caption-l">{meeting.district.name}</span>
      <h1 className="govuk-heading-l">{meeting.title}</h1>
      <p className="govuk-body">
        <MeetingStatusTag status={meeting.status} />
      </p>
      <div className="govuk-grid-row">
        <div className="govuk-grid-column-two-thirds">
          <SummaryList rows={detailRows(meeting)} />
          {links.length > 0 && (
            <div className="govuk-button-group">
              {links.map((link) =>
                link.primary ? (
                  <ButtonLink key={link.to} to={link.to}>
                    {link.text}
                  </ButtonLink>
                ) : (
                  <Link key={link.to} to={link.to} className="govuk-link">
                    {link.text}
                  </Link>
                ),
              )}
            </div>
          )}
          {meeting.status !== MeetingStatus.CANCELLED && <Confidentiality meeting={meeting} />}
        </div>
      </div>
      {meeting.agenda.length > 0 ? (
        <AgendaTable meeting={meeting} agencyId={user.agency.id} />
      ) : (
        <>
          <h2 className="govuk-heading-m">Agenda</h2>
          <p className="govuk-body">{meeting.agendaBuiltAt ? 'The agenda has no items.' : 'The agenda has not been built yet.'}</p>
        </>
      )}
    </>
  );
}

function detailRows(meeting: MeetingOverviewFragment) {
  return [
    { key: 'Date and time', value: <time dateTime={meeting.startsAt}>{formatMeetingDateTime(meeting.startsAt)}</time> },
    { key: 'Duration', value: durationLabel(meeting.durationMinutes) },
    { key: 'Place', value: meeting.place ?? 'Not given' },
    // The kind's label has its own brackets ("MACE (multi-agency child exploitation)"): on a line of its own, not in more.
    {
      key: 'Meeting type',
      value: (
        <>
          {meeting.type.name}
          <div className="govuk-hint govuk-!-margin-bottom-0">{MEETING_KIND_LABELS[meeting.type.kind]}</div>
        </>
      ),
    },
    ...(meeting.cancelledReason ? [{ key: 'Why it was cancelled', value: <span className="app-pre-line">{meeting.cancelledReason}</span> }] : []),
    ...(meeting.agendaLockedAt ? [{ key: 'Agenda locked', value: formatDateTime(meeting.agendaLockedAt) }] : []),
    {
      key: 'Previous meeting',
      value: meeting.previousMeeting ? (
        <Link to={meetingPath(meeting.previousMeeting.id)} className="govuk-link">
          {meeting.previousMeeting.title}
        </Link>
      ) : (
        'None'
      ),
    },
  ];
}
