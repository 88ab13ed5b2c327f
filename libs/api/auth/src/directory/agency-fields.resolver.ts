import { Context, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { RequestContext } from '@mace/api-core';
import { AgencyModel } from '../models/agency.model';
import { DistrictModel } from '../models/district.model';
import { DirectoryLoaders } from './directory.loaders';

@Resolver(() => AgencyModel)
export class AgencyFieldsResolver {
  constructor(private readonly loaders: DirectoryLoaders) {}

  @ResolveField(() => DistrictModel, { nullable: true, description: 'None for agencies that cover every district' })
  district(@Root() agency: AgencyModel, @Context() ctx: RequestContext): Promise<DistrictModel | null> {
    return agency.districtId ? this.loaders.district(ctx.loaders).load(agency.districtId) : Promise.resolve(null);
  }
}
