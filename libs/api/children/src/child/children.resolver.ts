import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { ChildAccessService } from '../access/child-access.service';
import { ChildModel } from '../graphql/child.model';
import { ChildChangesService } from './child-changes.service';
import { ChildConnection } from './child-connection.model';
import {
  AddChildFlagInput,
  GrantChildAccessInput,
  RemoveChildFlagInput,
  SetChildRiskInput,
  SetChildStatusInput,
  UpdateChildInput,
} from './child.inputs';
import { ChildrenArgs } from './children.args';
import { ChildrenService } from './children.service';

@Resolver(() => ChildModel)
export class ChildrenResolver {
  constructor(
    private readonly reads: ChildrenService,
    private readonly changes: ChildChangesService,
    private readonly access: ChildAccessService,
  ) {}

  @RequirePermission(Permission.CHILD_READ)
  @Query(() => ChildModel, { description: 'A child record you may see (audited)' })
  child(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('id', { type: () => ID }) id: string): Promise<ChildModel> {
    return this.reads.get(actor, id, requestId);
  }

  @RequirePermission(Permission.CHILD_READ)
  @Query(() => ChildConnection, {
    description: 'Children of your districts (chair, SPOC) or your agency’s involvement; each page is audited',
    complexity: pageComplexity,
  })
  children(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: ChildrenArgs): Promise<ChildConnection> {
    return this.reads.list(this.access.listScope(actor), args, requestId);
  }

  @RequirePermission(Permission.CHILD_UPDATE)
  @Mutation(() => ChildModel, { description: 'Change a child’s details (chair of the district or lead agency)' })
  updateChild(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateChildInput): Promise<ChildModel> {
    return this.changes.update(actor, input, requestId);
  }

  @RequirePermission(Permission.CHILD_UPDATE)
  @Mutation(() => ChildModel, { description: 'Record a new risk level; sets the next review date' })
  setChildRisk(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: SetChildRiskInput): Promise<ChildModel> {
    return this.changes.setRisk(actor, input, requestId);
  }

  @RequirePermission(Permission.CHILD_UPDATE)
  @Mutation(() => ChildModel, { description: 'Change the status; stepping down and closing need a reason' })
  setChildStatus(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: SetChildStatusInput,
  ): Promise<ChildModel> {
    return this.changes.setStatus(actor, input, requestId);
  }

  @RequirePermission(Permission.CHILD_UPDATE)
  @Mutation(() => ChildModel, { description: 'Flag a child (agencies involved with the child)' })
  addChildFlag(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: AddChildFlagInput): Promise<ChildModel> {
    return this.changes.addFlag(actor, input, requestId);
  }

  @RequirePermission(Permission.CHILD_UPDATE)
  @Mutation(() => ChildModel, { description: 'Remove a flag, with a reason; it stays in the history' })
  removeChildFlag(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: RemoveChildFlagInput,
  ): Promise<ChildModel> {
    return this.changes.removeFlag(actor, input, requestId);
  }

  @RequirePermission(Permission.CHILD_MANAGE_DISTRICT)
  @Mutation(() => ChildModel, { description: 'Give an agency access to a child record (chair of the district)' })
  grantChildAccess(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args('input') input: GrantChildAccessInput,
  ): Promise<ChildModel> {
    return this.changes.grantAccess(actor, input, requestId);
  }
}
