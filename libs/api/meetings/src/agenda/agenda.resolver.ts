import { Args, Context, Mutation, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestContext, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { MeetingAccessService } from '../access/meeting-access.service';
import { MeetingEntity } from '../entities/meeting.entity';
import { MeetingIdArgs } from '../meeting/meeting-id.args';
import { MeetingLoaders } from '../meeting/meeting.loaders';
import { MeetingModel, toMeetingModel } from '../meeting/meeting.model';
import { AgendaBuilderService } from './agenda-builder.service';
import { AgendaEditsService } from './agenda-edits.service';
import { AddAgendaItemInput, AgendaItemIdArgs, MoveAgendaItemInput, RemoveAgendaItemInput, UpdateAgendaItemInput } from './agenda-item.inputs';
import { AgendaItemModel } from './agenda-item.model';
import { AgendaItemViews } from './agenda-item-views.service';
import { AgendaLockService } from './agenda-lock.service';
import { AgendaShareService } from './agenda-share.service';
import { AgendaItemUpdateModel } from './updates/agenda-item-update.model';
import { SaveAgendaItemUpdateInput } from './updates/agenda-item-update.inputs';
import { AgendaItemUpdatesService } from './updates/agenda-item-updates.service';

/** The chair's agenda operations and the agencies' pre-meeting updates. */
@Resolver(() => AgendaItemModel)
export class AgendaResolver {
  constructor(
    private readonly builder: AgendaBuilderService,
    private readonly edits: AgendaEditsService,
    private readonly locks: AgendaLockService,
    private readonly shares: AgendaShareService,
    private readonly updates: AgendaItemUpdatesService,
    private readonly views: AgendaItemViews,
    private readonly access: MeetingAccessService,
    private readonly meetings: MeetingLoaders,
  ) {}

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: '(Re)build the agenda from the type’s rules: adds what is new, keeps every chair edit; scheduled meetings only' })
  async buildAgenda(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Context() ctx: RequestContext, @Args() args: MeetingIdArgs): Promise<MeetingModel> {
    return this.meeting(actor, ctx, await this.builder.build(actor, args.meetingId, requestId));
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => AgendaItemModel, { description: 'Add a child or a theme to a scheduled meeting’s agenda, with a reason' })
  async addAgendaItem(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: AddAgendaItemInput): Promise<AgendaItemModel> {
    return this.views.one(actor, await this.edits.add(actor, input, requestId));
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => AgendaItemModel, { description: 'Take an item off the agenda, with a reason (a rebuild does not add it back)' })
  async removeAgendaItem(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: RemoveAgendaItemInput): Promise<AgendaItemModel> {
    await this.edits.remove(actor, input, requestId);
    return this.views.one(actor, input.itemId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: 'Move an item to a position; the others close up around it' })
  async moveAgendaItem(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Context() ctx: RequestContext,
    @Args('input') input: MoveAgendaItemInput,
  ): Promise<MeetingModel> {
    return this.meeting(actor, ctx, await this.edits.move(actor, input, requestId));
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => AgendaItemModel, { description: 'Set an item’s presenter (an invited agency, optionally one of its people) and timebox' })
  async updateAgendaItem(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateAgendaItemInput): Promise<AgendaItemModel> {
    await this.edits.update(actor, input, requestId);
    return this.views.one(actor, input.itemId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => MeetingModel, { description: 'Lock the agenda; agencies with items they may see are notified to post their updates' })
  async lockAgenda(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Context() ctx: RequestContext, @Args() args: MeetingIdArgs): Promise<MeetingModel> {
    return this.meeting(actor, ctx, await this.locks.lock(actor, args.meetingId, requestId));
  }

  @RequirePermission(Permission.MEETING_CONTRIBUTE)
  @Mutation(() => AgendaItemUpdateModel, { description: 'Post or change your agency’s update on an item you see in full, until the meeting starts' })
  saveAgendaItemUpdate(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SaveAgendaItemUpdateInput): Promise<AgendaItemUpdateModel> {
    return this.updates.save(actor, input, requestId);
  }

  @RequirePermission(Permission.MEETING_MANAGE_DISTRICT)
  @Mutation(() => AgendaItemModel, { description: 'Share a child’s item with every agency invited to this meeting, for this meeting (a disclosure)' })
  async shareAgendaItem(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: AgendaItemIdArgs): Promise<AgendaItemModel> {
    await this.shares.share(actor, args.itemId, requestId);
    return this.views.one(actor, args.itemId);
  }

  private async meeting(actor: Actor, ctx: RequestContext, meeting: MeetingEntity): Promise<MeetingModel> {
    const grant = (await this.access.readable(actor, [meeting.id])).get(meeting.id);
    if (!grant) throw new Error(`the chair who changed meeting ${meeting.id} cannot open it`);
    this.meetings.primeGrants(ctx.loaders, actor, [grant]);
    return toMeetingModel(meeting, grant);
  }
}
