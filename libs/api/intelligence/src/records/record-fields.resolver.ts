import { Context, Int, ResolveField, Resolver, Root } from '@nestjs/graphql';
import { RequestContext } from '@mace/api-core';
import { DirectoryLoaders, DistrictModel } from '@mace/api-auth';
import { RecordLoaders } from './record.loaders';
import { LocationModel, NetworkModel, OnlineIdentifierModel, PersonOfConcernModel, VehicleModel } from './record.models';

/** The district of a district record, batched. */
async function districtOf(directory: DirectoryLoaders, ctx: RequestContext, record: { id: string; districtId: string }): Promise<DistrictModel> {
  const district = await directory.district(ctx.loaders).load(record.districtId);
  if (!district) throw new Error(`record ${record.id} has no district`);
  return district;
}

@Resolver(() => PersonOfConcernModel)
export class PersonFieldsResolver {
  constructor(private readonly directory: DirectoryLoaders, private readonly loaders: RecordLoaders) {}

  @ResolveField(() => DistrictModel)
  district(@Root() person: PersonOfConcernModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    return districtOf(this.directory, ctx, person);
  }

  @ResolveField(() => Int, { description: 'Links with this person at either end' })
  linkCount(@Root() person: PersonOfConcernModel, @Context() ctx: RequestContext): Promise<number> {
    return this.loaders.linkCount(ctx.loaders).load(person.id);
  }
}

@Resolver(() => LocationModel)
export class LocationFieldsResolver {
  constructor(private readonly directory: DirectoryLoaders, private readonly loaders: RecordLoaders) {}

  @ResolveField(() => DistrictModel)
  district(@Root() location: LocationModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    return districtOf(this.directory, ctx, location);
  }

  @ResolveField(() => Int, { description: 'Links with this place at either end' })
  linkCount(@Root() location: LocationModel, @Context() ctx: RequestContext): Promise<number> {
    return this.loaders.linkCount(ctx.loaders).load(location.id);
  }
}

@Resolver(() => NetworkModel)
export class NetworkFieldsResolver {
  constructor(private readonly directory: DirectoryLoaders, private readonly loaders: RecordLoaders) {}

  @ResolveField(() => DistrictModel)
  district(@Root() network: NetworkModel, @Context() ctx: RequestContext): Promise<DistrictModel> {
    return districtOf(this.directory, ctx, network);
  }

  @ResolveField(() => Int, { description: 'Links with this network at either end' })
  linkCount(@Root() network: NetworkModel, @Context() ctx: RequestContext): Promise<number> {
    return this.loaders.linkCount(ctx.loaders).load(network.id);
  }
}

@Resolver(() => VehicleModel)
export class VehicleFieldsResolver {
  constructor(private readonly loaders: RecordLoaders) {}

  @ResolveField(() => Int, { description: 'Links with this vehicle at either end' })
  linkCount(@Root() vehicle: VehicleModel, @Context() ctx: RequestContext): Promise<number> {
    return this.loaders.linkCount(ctx.loaders).load(vehicle.id);
  }
}

@Resolver(() => OnlineIdentifierModel)
export class IdentifierFieldsResolver {
  constructor(private readonly loaders: RecordLoaders) {}

  @ResolveField(() => Int, { description: 'Links with this identifier at either end' })
  linkCount(@Root() identifier: OnlineIdentifierModel, @Context() ctx: RequestContext): Promise<number> {
    return this.loaders.linkCount(ctx.loaders).load(identifier.id);
  }
}
