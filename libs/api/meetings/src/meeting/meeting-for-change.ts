import { Actor, ForbiddenError, NotFoundError } from '@mace/api-core';
import { EntityManager } from 'typeorm';
import { MeetingAccessService, MeetingGrant } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';

/**
 * The meeting a chair is about to change, locked for the rest of the transaction so changes to one
 * meeting (its status, its agenda's positions) queue instead of interleaving. A meeting the caller
 * may not open is NOT_FOUND, exactly like a missing one; one they may open but not manage is FORBIDDEN.
 */
export async function meetingForChange(
  manager: EntityManager,
  access: MeetingAccessService,
  actor: Actor,
  meetingId: string,
  refusal: string,
  notFound = 'Meeting',
): Promise<{ meeting: MeetingEntity; grant: MeetingGrant }> {
  const grant = (await access.readable(actor, [meetingId], manager)).get(meetingId);
  if (!grant) throw new NotFoundError(notFound);
  if (!grant.manage) throw new ForbiddenError(refusal);
  const meeting = await manager
    .getRepository(MeetingEntity)
    .createQueryBuilder('m')
    .where('m.id = :id', { id: meetingId })
    .setLock('pessimistic_write')
    .getOneOrFail();
  return { meeting, grant };
}

export const CHAIR_ONLY = 'Only the chair of the meeting’s district can do this';
