import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { actorOf, RequestContext, requestIdOf } from '@mace/api-core';
import { MeetingStatus } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { MeetingModel } from '../meeting/meeting.model';
import { MinutesReadService } from './minutes-read.service';
import { MinutesModel } from './minutes.model';

/**
 * Meeting.minutes: the saved minutes or a fresh draft, as the reader may see them.
 */
@Resolver(() => MeetingModel)
export class MeetingMinutesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reading: MinutesReadService,
  ) {}

  @ResolveField(() => MinutesModel, {
    nullable: true,
    description:
      'Null until the meeting is closed; the saved minutes, else a fresh draft (version 0). Items you have no need to know about are placeholders',
  })
  minutes(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<MinutesModel | null> {
    if (meeting.status !== MeetingStatus.CLOSED) return Promise.resolve(null);
    const actor = actorOf(ctx);
    // A transaction of its own: the CONSULTATION of the children named commits with the read.
    return this.dataSource.transaction(async (manager) =>
      this.reading.read(actor, { actor, grant: meeting.grant }, await this.reading.current(meeting.id, manager), requestIdOf(ctx), manager),
    );
  }
}
