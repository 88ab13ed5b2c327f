import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { RequestContext } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders } from '@mace/api-auth';
import { ChildInvolvementModel } from './child-involvement.model';

@Resolver(() => ChildInvolvementModel)
export class ChildInvolvementFieldsResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel)
  async agency(@Root() involvement: ChildInvolvementModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    const agency = await this.directory.agency(ctx.loaders).load(involvement.agencyId);
    if (!agency) throw new Error(`involvement of missing agency ${involvement.agencyId}`);
    return agency;
  }
}
