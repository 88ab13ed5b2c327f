import { MeetingStatus } from '@mace/shared-domain';
import type { MeetingOverviewFragment } from '@mace/web-data-access';
import { BackLink, ButtonLink, ErrorSummary, usePageTitle } from '@mace/web-ui';
import { formatMeetingDateTime } from '../common/london-time';
import { MeetingCaption } from '../common/meeting-caption.component';
import { MeetingLoader } from '../common/meeting-loader.component';
import { addItemPath, lockAgendaPath, meetingPath } from '../common/meeting-paths';
import { ConflictSummary } from '@mace/web-actions';
import { Confidentiality } from '../overview/confidentiality.component';
import { AgendaEditTable } from './agenda-edit-table.component';
import { BuildAgenda } from './build-agenda.component';
import { useAgendaMove } from './use-agenda-move.hook';
import { CONFLICT } from '@mace/web-data-access';

/** The chair's agenda: build by the rules, reorder, add, remove, presenters and times, share, lock. */
export function AgendaEditPage() {
  return <MeetingLoader>{(meeting) => (meeting.canManage ? <AgendaEditor meeting={meeting} /> : <NotEditable meeting={meeting} reason="Only the chair of the meeting’s district can change its agenda." />)}</MeetingLoader>;
}

function AgendaEditor({ meeting }: { meeting: MeetingOverviewFragment }) {
  const { move, moving, errors, announcement } = useAgendaMove(meeting);
  usePageTitle(`Agenda: ${meeting.title}`, Boolean(errors['form'] || errors[CONFLICT]));
  if (meeting.status !== MeetingStatus.SCHEDULED) {
    return <NotEditable meeting={meeting} reason="The agenda is locked: it can no longer change." />;
  }
  return (
    <>
      <BackLink to={meetingPath(meeting.id)}>Back to the meeting</BackLink>
      {errors[CONFLICT] && <ConflictSummary title="Someone else changed the agenda">It changed while you were reading it, and the item was not moved.</ConflictSummary>}
      {errors['form'] && <ErrorSummary errors={[{ text: errors['form'] }]} />}
      <MeetingCaption meeting={meeting} />
      <h1 className="govuk-heading-l">Edit the agenda</h1>
      <p className="govuk-body">{formatMeetingDateTime(meeting.startsAt)}</p>
      {/* The chair too accepts the statement before the agenda shows names. */}
      {!meeting.acceptedConfidentiality && <Confidentiality meeting={meeting} />}
      <BuildAgenda meeting={meeting} />
      <div className="govuk-button-group">
        <ButtonLink to={addItemPath(meeting.id)} variant="secondary">
          Add an item
        </ButtonLink>
        {meeting.agenda.length > 0 && (
          <ButtonLink to={lockAgendaPath(meeting.id)} variant="secondary">
            Lock the agenda
          </ButtonLink>
        )}
      </div>
      <div className="govuk-visually-hidden" aria-live="polite">
        {announcement}
      </div>
      {meeting.agenda.length > 0 ? <AgendaEditTable meeting={meeting} moving={moving} onMove={(id, direction) => void move(id, direction)} /> : <p className="govuk-body">The agenda has no items yet.</p>}
    </>
  );
}

function NotEditable({ meeting, reason }: { meeting: MeetingOverviewFragment; reason: string }) {
  usePageTitle(`Agenda: ${meeting.title}`);
  return (
    <>
      <BackLink to={meetingPath(meeting.id)}>Back to the meeting</BackLink>
      <MeetingCaption meeting={meeting} />
      <h1 className="govuk-heading-l">Edit the agenda</h1>
      <p className="govuk-body">{reason}</p>
    </>
  );
}
