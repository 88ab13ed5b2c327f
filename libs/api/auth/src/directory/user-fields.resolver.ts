import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { RequestContext } from '@mace/api-core';
import { permissionsForRoles } from '@mace/shared-domain';
import { AgencyModel } from '../models/agency.model';
import { DistrictModel } from '../models/district.model';
import { UserModel } from '../models/user.model';
import { DirectoryLoaders } from './directory.loaders';

/** Relations of a user. Only reachable through an operation that already checked access to the user. */
@Resolver(() => UserModel)
export class UserFieldsResolver {
  constructor(private readonly loaders: DirectoryLoaders) {}

  @ResolveField(() => AgencyModel)
  async agency(@Root() user: UserModel, @Context() ctx: RequestContext): Promise<AgencyModel> {
    const agency = await this.loaders.agency(ctx.loaders).load(user.agencyId);
    if (!agency) throw new Error(`user ${user.id} has no agency`);
    return agency;
  }

  @ResolveField(() => [DistrictModel])
  districts(@Root() user: UserModel, @Context() ctx: RequestContext): Promise<DistrictModel[]> {
    return this.loaders.districtsOfUser(ctx.loaders).load(user.id);
  }

  @ResolveField(() => [String], { description: 'What this user may do, from their roles' })
  permissions(@Root() user: UserModel): string[] {
    return [...permissionsForRoles(user.roles)].sort();
  }
}
