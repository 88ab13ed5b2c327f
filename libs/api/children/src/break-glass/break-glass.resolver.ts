import { Args, Context, Mutation, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, RequestContext, RequestId, RequirePermission } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders, UserModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { ChildLoaders } from '../child/child.loaders';
import { ChildModel } from '../graphql/child.model';
import { BreakGlassAccessConnection, BreakGlassAccessModel } from './break-glass-access.model';
import { BreakGlassAccessesArgs, BreakGlassInput } from './break-glass.inputs';
import { BreakGlassService } from './break-glass.service';

@Resolver(() => BreakGlassAccessModel)
export class BreakGlassResolver {
  constructor(
    private readonly openings: BreakGlassService,
    private readonly loaders: ChildLoaders,
    private readonly directory: DirectoryLoaders,
  ) {}

  @RequirePermission(Permission.CHILD_BREAK_GLASS)
  @Mutation(() => ChildModel, {
    description: `Open a record you are not involved with, for a limited time, with a written reason. Audited and listed for auditors.`,
  })
  breakGlass(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: BreakGlassInput): Promise<ChildModel> {
    return this.openings.open(actor, input, requestId);
  }

  @RequirePermission(Permission.AUDIT_READ)
  @Query(() => BreakGlassAccessConnection, { description: 'Break-glass openings, newest first. Auditors only.', complexity: pageComplexity })
  breakGlassAccesses(
    @CurrentActor() actor: Actor,
    @RequestId() requestId: string,
    @Args() args: BreakGlassAccessesArgs,
  ): Promise<BreakGlassAccessConnection> {
    return this.openings.list(actor, args, requestId);
  }

  @ResolveField(() => UserModel)
  async user(@Root() access: BreakGlassAccessModel, @Context() ctx: RequestContext): Promise<UserModel> {
    const user = await this.loaders.user(ctx.loaders).load(access.userId);
    if (!user) throw new Error(`break-glass ${access.id} by a missing user`);
    return user;
  }

  @ResolveField(() => AgencyModel)
  async agency(@Root() access: BreakGlassAccessModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    const agency = await this.directory.agency(ctx.loaders).load(access.agencyId);
    if (!agency) throw new Error(`break-glass ${access.id} by a missing agency`);
    return agency;
  }
}
