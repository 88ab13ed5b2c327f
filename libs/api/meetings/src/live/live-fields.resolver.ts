import { Context, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, RequestContext, requestIdOf } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders } from '@mace/api-auth';
import { ActionModel } from '@mace/api-actions';
import { ChronologyEntryModel } from '@mace/api-children';
import { ItemVisibility } from '../access/meeting-access.service';
import { AgendaItemModel } from '../agenda/agenda-item.model';
import { MeetingModel } from '../meeting/meeting.model';
import { LiveLoaders, ShownItem } from './live.loaders';
import { ActionReviewModel, AgendaItemOutcomeModel, MeetingMemberModel } from './live.models';

/** The live state of a meeting the caller may open. Case details need the accepted statement. */
@Resolver(() => MeetingModel)
export class LiveMeetingFieldsResolver {
  constructor(private readonly loaders: LiveLoaders) {}

  @ResolveField(() => [MeetingMemberModel], { description: 'Invited agencies with their attendance, core members first' })
  members(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<MeetingMemberModel[]> {
    return this.loaders.members(ctx.loaders).load(meeting.id);
  }

  @ResolveField(() => AgendaItemModel, { nullable: true, description: 'The item everyone follows; null on the overview' })
  async currentItem(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<AgendaItemModel | null> {
    if (!meeting.currentItemId) return null;
    return this.loaders.currentItem(ctx.loaders, actorOf(ctx)).load({ itemId: meeting.currentItemId, grant: meeting.grant });
  }

  @ResolveField(() => [ActionReviewModel], {
    description: 'Earlier meetings’ unfinished actions listed at the start, those you may read; empty until you accept the statement',
  })
  actionReviews(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<ActionReviewModel[]> | ActionReviewModel[] {
    if (!meeting.grant.acceptedConfidentiality) return [];
    return this.loaders.actionReviews(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(meeting.id);
  }

  @ResolveField(() => Int, { description: 'Listed actions still to review: the meeting cannot close until this is 0' })
  unreviewedActionCount(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<number> {
    return this.loaders.unreviewedCount(ctx.loaders).load(meeting.id);
  }

  @ResolveField(() => [ActionModel], { description: 'Actions set at this meeting that you may read; empty until you accept the statement' })
  actions(@Root() meeting: MeetingModel, @Context() ctx: RequestContext): Promise<ActionModel[]> | ActionModel[] {
    if (!meeting.grant.acceptedConfidentiality) return [];
    return this.loaders.meetingActions(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(meeting.id);
  }
}

/** What the meeting recorded for an item, and what changed since its subject was last discussed. */
@Resolver(() => AgendaItemModel)
export class LiveItemFieldsResolver {
  constructor(private readonly loaders: LiveLoaders) {}

  @ResolveField(() => AgendaItemOutcomeModel, { nullable: true, description: 'Shown in full only; null until a note or outcome is saved' })
  async outcome(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<AgendaItemOutcomeModel | null> {
    if (item.visibility !== ItemVisibility.FULL) return null;
    return this.loaders.outcome(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(shown(item));
  }

  @ResolveField(() => [ActionModel], { description: 'Actions set on this item that you may read (shown in full only)' })
  actions(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<ActionModel[]> | ActionModel[] {
    if (item.visibility !== ItemVisibility.FULL) return [];
    return this.loaders.itemActions(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(item.id);
  }

  @ResolveField(() => Date, { nullable: true, description: 'When this subject was last discussed at an earlier meeting of the type' })
  lastDiscussedAt(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<Date | null> {
    return this.loaders.lastDiscussedAt(ctx.loaders).load(item.id);
  }

  @ResolveField(() => [ChronologyEntryModel], {
    description: 'The child’s chronology since the subject was last discussed (all of it if never), newest first; shown in full only',
  })
  changesSinceLastDiscussion(@Root() item: AgendaItemModel, @Context() ctx: RequestContext): Promise<ChronologyEntryModel[]> | ChronologyEntryModel[] {
    if (item.visibility !== ItemVisibility.FULL || !item.childId) return [];
    return this.loaders.changesSinceLastDiscussion(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(shown(item));
  }
}

@Resolver(() => MeetingMemberModel)
export class MeetingMemberFieldsResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel)
  async agency(@Root() member: MeetingMemberModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    const agency = await this.directory.agency(ctx.loaders).load(member.agencyId);
    // The foreign key guarantees it; a missing one is a server fault, not the caller's.
    if (!agency) throw new Error(`meeting member ${member.agencyId} has no agency`);
    return agency;
  }
}

@Resolver(() => ActionReviewModel)
export class ActionReviewFieldsResolver {
  constructor(private readonly loaders: LiveLoaders) {}

  @ResolveField(() => String, { nullable: true, description: 'Display name of who reviewed it' })
  reviewedBy(@Root() review: ActionReviewModel, @Context() ctx: RequestContext): Promise<string | null> | null {
    return review.reviewedByUserId ? this.loaders.userName(ctx.loaders).load(review.reviewedByUserId) : null;
  }
}

function shown(item: AgendaItemModel): ShownItem {
  return { id: item.id, meetingId: item.meetingId, childId: item.childId };
}
