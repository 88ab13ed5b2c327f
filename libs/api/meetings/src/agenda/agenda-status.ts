import { BadUserInputError } from '@mace/api-core';
import { MeetingStatus } from '@mace/shared-domain';
import { MeetingEntity } from '../entities/meeting.entity';

/** The agenda changes only while the meeting is scheduled; locked, started, closed or cancelled, it is refused. */
export function assertAgendaOpen(meeting: Pick<MeetingEntity, 'status'>, field: string): void {
  if (meeting.status === MeetingStatus.SCHEDULED) return;
  const message = meeting.status === MeetingStatus.CANCELLED ? 'The meeting is cancelled' : 'The agenda is locked';
  throw new BadUserInputError({ [field]: message }, message);
}
