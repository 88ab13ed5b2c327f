import { Args, Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, RequestContext } from '@mace/api-core';
import { AgendaItemStatus } from '@mace/shared-domain';
import { MeetingModel } from '../meeting/meeting.model';
import { AgendaItemModel } from './agenda-item.model';
import { AgendaLoaders } from './agenda.loaders';

/** Meeting.agenda: the items in order, each as the caller may see it. */
@Resolver(() => MeetingModel)
export class MeetingAgendaResolver {
  constructor(private readonly loaders: AgendaLoaders) {}

  @ResolveField(() => [AgendaItemModel], { description: 'By position; removed items only when asked for' })
  async agenda(
    @Root() meeting: MeetingModel,
    @Context() ctx: RequestContext,
    @Args('includeRemoved', { type: () => Boolean, nullable: true, defaultValue: false }) includeRemoved: boolean,
  ): Promise<AgendaItemModel[]> {
    const items = await this.loaders.agenda(ctx.loaders, actorOf(ctx)).load(meeting.id);
    return includeRemoved ? items : items.filter((item) => item.status !== AgendaItemStatus.REMOVED);
  }
}
