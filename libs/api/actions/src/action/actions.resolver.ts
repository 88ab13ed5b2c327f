import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, pageComplexity, RequestContext, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { ActionAccessService } from '../access/action-access.service';
import { ActionChangesService } from './action-changes.service';
import { ActionConnection } from './action-connection.model';
import { CreateActionInput, UpdateActionInput, UpdateActionsInput } from './action.inputs';
import { ActionModel, toActionModel } from './action.model';
import { ActionsArgs } from './actions.args';
import { ActionsService } from './actions.service';
import { requestToday } from './request-today';

@Resolver(() => ActionModel)
export class ActionsResolver {
  constructor(
    private readonly reading: ActionsService,
    private readonly changes: ActionChangesService,
    private readonly access: ActionAccessService,
  ) {}

  @RequirePermission(Permission.ACTION_READ)
  @Query(() => ActionModel, { description: 'An action on a child you may see (audited)' })
  async action(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('id', { type: () => ID }) id: string): Promise<ActionModel> {
    return toActionModel(await this.reading.get(actor, id, requestId));
  }

  @RequirePermission(Permission.ACTION_READ)
  @Query(() => ActionConnection, {
    description: 'Actions on children you may see; each page is audited',
    complexity: pageComplexity,
  })
  async actions(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Context() ctx: RequestContext,
    @Args() args: ActionsArgs,
  ): Promise<Connection<ActionModel>> {
    const page = await this.reading.list(this.access.listScope(actor), args, requestToday(ctx), requestId);
    return { ...page, nodes: page.nodes.map(toActionModel) };
  }

  @RequirePermission(Permission.ACTION_CREATE)
  @Mutation(() => ActionModel, { description: 'Set an action outside a meeting (the chair of the district or the child’s lead agency)' })
  async createAction(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateActionInput): Promise<ActionModel> {
    return toActionModel(await this.changes.create(actor, input, requestId));
  }

  @RequirePermission(Permission.ACTION_UPDATE)
  @Mutation(() => ActionModel, { description: 'Log progress or change the status (the owner agency or the chair of the district)' })
  async updateAction(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateActionInput): Promise<ActionModel> {
    return toActionModel(await this.changes.update(actor, input, requestId));
  }

  @RequirePermission(Permission.ACTION_UPDATE)
  @Mutation(() => [ActionModel], { description: 'Give several actions one status (and note): all of them change, or none' })
  async updateActions(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: UpdateActionsInput,
  ): Promise<ActionModel[]> {
    return (await this.changes.updateMany(actor, input, requestId)).map(toActionModel);
  }
}
