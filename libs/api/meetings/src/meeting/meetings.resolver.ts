import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, pageComplexity, RequestContext, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingConnection } from './meeting-connection.model';
import { MeetingScheduleService } from './meeting-schedule.service';
import { CancelMeetingInput, ScheduleMeetingInput } from './meeting.inputs';
import { MeetingLoaders } from './meeting.loaders';
import { MeetingModel, toMeetingModel } from './meeting.model';
import { MeetingsArgs } from './meetings.args';
import { MeetingsService } from './meetings.service';

@Resolver(() => MeetingModel)
export class MeetingsResolver {
  constructor(
    private readonly reading: MeetingsService,
    private readonly schedule: MeetingScheduleService,
    private readonly access: MeetingAccessService,
    private readonly loaders: MeetingLoaders,
  ) {}

  @RequirePermission(Permission.MEETING_READ)
  @Query(() => MeetingConnection, {
    description: 'Meetings of your districts (chairs, SPOCs) and those your agency is invited to',
    complexity: pageComplexity,
  })
  async meetings(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args() args: MeetingsArgs): Promise<Connection<MeetingModel>> {
    const { page, grants } = await this.reading.list(this.access.listScope(actor), args);
    this.loaders.primeGrants(ctx.loaders, actor, grants.values());
    return { ...page, nodes: page.nodes.map((meeting) => toMeetingModel(meeting, grants.get(meeting.id)!)) };
  }

  @RequirePermission(Permission.MEETING_READ)
  @Query(() => MeetingModel, { description: 'A meeting you may open' })
  async meeting(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args('id', { type: () => ID }) id: string): Promise<MeetingModel> {
    const { meeting, grant } = await this.reading.get(actor, id);
    this.loaders.primeGrants(ctx.loaders, actor, [grant]);
    return toMeetingModel(meeting, grant);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => [MeetingModel], { description: 'Schedule one meeting, or a series (repeatCount > 1); returns every meeting created' })
  async scheduleMeeting(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Context() ctx: RequestContext,
    @Args('input') input: ScheduleMeetingInput,
  ): Promise<MeetingModel[]> {
    return this.withGrants(actor, ctx, await this.schedule.schedule(actor, input, requestId));
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: 'Cancel a meeting that has not started' })
  async cancelMeeting(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Context() ctx: RequestContext,
    @Args('input') input: CancelMeetingInput,
  ): Promise<MeetingModel> {
    const [meeting] = await this.withGrants(actor, ctx, [await this.schedule.cancel(actor, input, requestId)]);
    return meeting;
  }

  private async withGrants(actor: Actor, ctx: RequestContext, meetings: MeetingEntity[]): Promise<MeetingModel[]> {
    const grants = await this.access.readable(actor, meetings.map((meeting) => meeting.id));
    this.loaders.primeGrants(ctx.loaders, actor, grants.values());
    return meetings.map((meeting) => {
      const grant = grants.get(meeting.id);
      if (!grant) throw new Error(`the chair who changed meeting ${meeting.id} cannot open it`);
      return toMeetingModel(meeting, grant);
    });
  }
}
