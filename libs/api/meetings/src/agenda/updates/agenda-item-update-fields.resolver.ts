import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { RequestContext } from '@mace/api-core';
import { AgencyModel, DirectoryLoaders } from '@mace/api-auth';
import { AgendaItemUpdateModel } from './agenda-item-update.model';

@Resolver(() => AgendaItemUpdateModel)
export class AgendaItemUpdateFieldsResolver {
  constructor(private readonly directory: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel)
  async agency(@Root() update: AgendaItemUpdateModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    const agency = await this.directory.agency(ctx.loaders).load(update.agencyId);
    if (!agency) throw new Error(`update ${update.id} has no agency`);
    return agency;
  }
}
