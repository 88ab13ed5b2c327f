import { Context, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { actorOf, NotFoundError, RequestContext, requestIdOf } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders } from '@mace/api-auth';
import { ChildModel } from '@mace/api-children';
import { mayUpdateAction } from '../access/action-access.service';
import { daysOverdue, isOverdue } from '../overdue/overdue';
import { ActionLoaders } from './action.loaders';
import { ActionModel, ActionUpdateModel } from './action.model';
import { isFinal } from './status-rules';
import { requestToday } from './request-today';

/** Relations and derived values of an action the caller was already allowed to read. */
@Resolver(() => ActionModel)
export class ActionFieldsResolver {
  constructor(
    private readonly loaders: ActionLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @ResolveField(() => ChildModel, { description: 'The subject of the action' })
  async child(@Root() action: ActionModel, @Context() ctx: RequestContext): Promise<ChildModel> {
    const child = await this.loaders.child(ctx.loaders, actorOf(ctx), requestIdOf(ctx)).load(action.childId);
    if (!child) throw new NotFoundError('Child');
    return child;
  }

  @ResolveField(() => AgencyModel)
  async ownerAgency(@Root() action: ActionModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    return required(await this.directory.agency(ctx.loaders).load(action.ownerAgencyId), 'owner agency', action);
  }

  @ResolveField(() => String, { nullable: true, description: 'The owner person’s display name, if one is set' })
  async ownerName(@Root() action: ActionModel, @Context() ctx: RequestContext): Promise<string | null> {
    return action.ownerUserId ? this.loaders.userName(ctx.loaders).load(action.ownerUserId) : null;
  }

  @ResolveField(() => String, { description: 'Display name of who set the action' })
  async raisedBy(@Root() action: ActionModel, @Context() ctx: RequestContext): Promise<string> {
    return required(await this.loaders.userName(ctx.loaders).load(action.raisedByUserId), 'raiser', action);
  }

  @ResolveField(() => String)
  async raisedByAgencyName(@Root() action: ActionModel, @Context() ctx: RequestContext): Promise<string> {
    return required(await this.directory.agency(ctx.loaders).load(action.raisedByAgencyId), 'raising agency', action).name;
  }

  @ResolveField(() => Boolean, { description: 'Unfinished and due before today (Europe/London); derived, never stored' })
  overdue(@Root() action: ActionModel, @Context() ctx: RequestContext): boolean {
    return isOverdue(action.dueOn, action.status, requestToday(ctx));
  }

  @ResolveField(() => Int, { description: 'Whole days since the due date; 0 unless overdue' })
  daysOverdue(@Root() action: ActionModel, @Context() ctx: RequestContext): number {
    return daysOverdue(action.dueOn, action.status, requestToday(ctx));
  }

  @ResolveField(() => Boolean, { description: 'You may log progress or change the status (never on a finished action)' })
  canUpdate(@Root() action: ActionModel, @Context() ctx: RequestContext): boolean {
    return !isFinal(action.status) && mayUpdateAction(actorOf(ctx), action, 'progress');
  }

  @ResolveField(() => Boolean, { description: 'You are the chair of the district and the action is unfinished: you may cancel it or move its due date' })
  canCancel(@Root() action: ActionModel, @Context() ctx: RequestContext): boolean {
    return !isFinal(action.status) && mayUpdateAction(actorOf(ctx), action, 'cancel');
  }

  @ResolveField(() => [ActionUpdateModel], { description: 'The update log, oldest first' })
  updates(@Root() action: ActionModel, @Context() ctx: RequestContext): Promise<ActionUpdateModel[]> {
    return this.loaders.updates(ctx.loaders).load(action.id);
  }
}

/** Foreign keys guarantee these rows; a missing one is a server fault, not the caller's. */
function required<T>(value: T | null, what: string, action: Pick<ActionModel, 'id'>): T {
  if (value === null) throw new Error(`action ${action.id} has no ${what}`);
  return value;
}
