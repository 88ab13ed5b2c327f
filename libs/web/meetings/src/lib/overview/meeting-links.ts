import { MeetingStatus } from '@mace/shared-domain';
import { agendaPath, cancelMeetingPath, livePath, minutesPath } from '../common/meeting-paths';

export interface MeetingLink {
  text: string;
  to: string;
  /** The page's main call to action, shown as a button; the others as links. */
  primary: boolean;
}

interface LinkedMeeting {
  id: string;
  status: MeetingStatus;
  canManage: boolean;
}

/** What can be done with the meeting from its overview, by its status and the caller's part in it. */
export function meetingLinks(meeting: LinkedMeeting): MeetingLink[] {
  const { id, status, canManage } = meeting;
  switch (status) {
    case MeetingStatus.SCHEDULED:
      return canManage
        ? [
            { text: 'Edit the agenda', to: agendaPath(id), primary: true },
            { text: 'Cancel the meeting', to: cancelMeetingPath(id), primary: false },
          ]
        : [];
    case MeetingStatus.AGENDA_LOCKED:
      return canManage ? [{ text: 'Run the meeting', to: livePath(id), primary: true }] : [];
    case MeetingStatus.IN_PROGRESS:
      return [{ text: canManage ? 'Run the meeting' : 'Follow the meeting', to: livePath(id), primary: true }];
    case MeetingStatus.CLOSED:
      return [{ text: 'Minutes', to: minutesPath(id), primary: true }];
    default:
      return [];
  }
}

/** Pre-meeting updates are posted until the meeting starts. */
export function takesUpdates(status: MeetingStatus): boolean {
  return status === MeetingStatus.SCHEDULED || status === MeetingStatus.AGENDA_LOCKED;
}

export type UpdateState = 'posted' | 'post' | 'hidden' | 'closed';

/**
 * The "update from your agency" cell: posted already; may post; hidden (the caller cannot see the
 * item's details, so cannot write about it); or closed (the meeting started, or the caller cannot contribute).
 */
export function updateState(
  meeting: { status: MeetingStatus; canContribute: boolean },
  item: { visibility: string; updates: readonly { agency: { id: string } }[] },
  agencyId: string,
): UpdateState {
  if (item.visibility !== 'FULL') return 'hidden';
  if (item.updates.some((update) => update.agency.id === agencyId)) return 'posted';
  return meeting.canContribute && takesUpdates(meeting.status) ? 'post' : 'closed';
}
