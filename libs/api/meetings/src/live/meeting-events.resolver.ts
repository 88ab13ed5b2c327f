import { Args, Resolver, Subscription } from '@nestjs/graphql';
import { Actor, CurrentActor, NotFoundError, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingEventPayload } from '../events/meeting-event';
import { MeetingEventsService } from '../events/meeting-events.service';
import { MeetingEventModel } from './live.models';
import { MeetingIdArgs } from '../meeting/meeting-id.args';

/**
 * Live updates of one meeting over graphql-ws. The socket is signed in by the session cookie of
 * its upgrade request (the same session guard as HTTP); whether the caller may open the meeting is
 * checked when they subscribe. Events carry ids only: clients refetch what they show.
 */
@Resolver()
export class MeetingEventsResolver {
  constructor(
    private readonly access: MeetingAccessService,
    private readonly events: MeetingEventsService,
  ) {}

  @RequirePermission(Permission.MEETING_READ)
  @Subscription(() => MeetingEventModel, {
    description: 'What happens in a meeting you may open, as it happens',
    resolve: (payload: MeetingEventPayload): MeetingEventModel => ({ ...payload, at: new Date(payload.at) }),
  })
  async meetingEvents(@CurrentActor() actor: Actor, @Args() args: MeetingIdArgs): Promise<AsyncIterableIterator<MeetingEventPayload>> {
    if (!(await this.access.readable(actor, [args.meetingId])).has(args.meetingId)) throw new NotFoundError('Meeting');
    return this.events.iterator(args.meetingId);
  }
}
