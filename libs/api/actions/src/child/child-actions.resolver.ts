import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, RequestContext, requestIdOf } from '@mace/api-core';
import { ChildModel } from '@mace/api-children';
import { ActionLoaders } from '../action/action.loaders';
import { ActionModel, toActionModel } from '../action/action.model';
import { requestToday } from '../action/request-today';

/** A child's actions: visible whenever the child is, as they are about the child. */
@Resolver(() => ChildModel)
export class ChildActionsResolver {
  constructor(private readonly loaders: ActionLoaders) {}

  @ResolveField(() => [ActionModel], { description: 'Actions on this child you may see, due soonest first (overdue first)' })
  async actions(@Root() child: ChildModel, @Context() ctx: RequestContext): Promise<ActionModel[]> {
    const rows = await this.loaders.actionsOfChild(ctx.loaders, actorOf(ctx), requestIdOf(ctx), requestToday(ctx)).load(child.id);
    return rows.map(toActionModel);
  }
}
