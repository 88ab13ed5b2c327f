import { Args, Context, Query, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { Actor, CurrentActor, RequestContext, RequirePermission } from '@mace/api-core';
import { DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { Permission } from '@mace/shared-domain';
import { requestToday } from '../action/request-today';
import { ActionFiguresArgs } from './action-figures.args';
import { ActionFiguresModel } from './action-figures.model';
import { ActionFiguresService } from './action-figures.service';

@Resolver(() => ActionFiguresModel)
export class ActionFiguresResolver {
  constructor(
    private readonly figures: ActionFiguresService,
    private readonly directory: DirectoryLoaders,
  ) {}

  @RequirePermission(Permission.ACTION_MANAGE_DISTRICT)
  @Query(() => ActionFiguresModel, { description: 'Per-agency accountability figures for actions set in a period (your districts only)' })
  actionFigures(@CurrentActor() actor: Actor, @Context() ctx: RequestContext, @Args() args: ActionFiguresArgs): Promise<ActionFiguresModel> {
    return this.figures.figures(actor, args, requestToday(ctx));
  }

  @ResolveField(() => DistrictModel)
  async district(@Root() figures: ActionFiguresModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    const district = await this.directory.district(ctx.loaders).load(figures.districtId);
    if (!district) throw new Error(`district ${figures.districtId} not found for figures`);
    return district;
  }
}
