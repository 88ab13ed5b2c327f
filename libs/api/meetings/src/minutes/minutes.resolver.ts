import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { Actor, actorOf, CurrentActor, RequestContext, requestIdOf, RequestId, RequirePermission } from '@mace/api-core';
import { MeetingStatus, Permission } from '@mace/shared-domain';
import { DataSource } from 'typeorm';
import { MeetingModel } from '../meeting/meeting.model';
import { MinutesChangesService } from './minutes-changes.service';
import { MinutesReadService } from './minutes-read.service';
import { AddMinutesAddendumInput, ApproveMinutesArgs, SaveMinutesInput } from './minutes.inputs';
import { MinutesModel } from './minutes.model';

@Resolver(() => MeetingModel)
export class MinutesResolver {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reading: MinutesReadService,
    private readonly changes: MinutesChangesService,
  ) {}

  @ResolveField(() => MinutesModel, {
    nullable: true,
    description: 'Null until the meeting is closed; the saved minutes, else a fresh draft (version 0). Items you have no need to know about are placeholders',
  })
  minutes(@Parent() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<MinutesModel | null> | null {
    if (meeting.status !== MeetingStatus.CLOSED) return null;
    const actor = actorOf(ctx);
    // A transaction of its own: the CONSULTATION of the children named commits with the read.
    return this.dataSource.transaction(async (manager) =>
      this.reading.read(actor, { actor, grant: meeting.grant }, await this.reading.current(meeting.id, manager), requestIdOf(ctx), manager),
    );
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MinutesModel, { description: 'The chair saves the draft minutes of a closed meeting (version 0: the fresh draft)' })
  saveMinutes(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SaveMinutesInput): Promise<MinutesModel> {
    return this.changes.save(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MinutesModel, { description: 'The chair approves the minutes; they are frozen from then on (corrections are addenda)' })
  approveMinutes(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: ApproveMinutesArgs): Promise<MinutesModel> {
    return this.changes.approve(actor, args, requestId);
  }

  @RequirePermission(Permission.MEETING_CONTRIBUTE)
  @Mutation(() => MinutesModel, { description: 'Add a correction to approved minutes, shown with its author, agency and time' })
  addMinutesAddendum(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: AddMinutesAddendumInput,
  ): Promise<MinutesModel> {
    return this.changes.addAddendum(actor, input, requestId);
  }
}
