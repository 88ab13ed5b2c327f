import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, Connection, CurrentActor, pageComplexity, RequestId, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import {
  CreateIdentifierInput,
  CreateLocationInput,
  CreateNetworkInput,
  CreatePersonInput,
  CreateVehicleInput,
  RecordIdArgs,
  RecordsArgs,
  UpdateLocationInput,
  UpdateNetworkInput,
  UpdatePersonInput,
} from './record.inputs';
import {
  LocationConnection,
  LocationModel,
  NetworkConnection,
  NetworkModel,
  OnlineIdentifierConnection,
  OnlineIdentifierModel,
  PersonConnection,
  PersonOfConcernModel,
  toIdentifierModel,
  toLocationModel,
  toNetworkModel,
  toPersonModel,
  toVehicleModel,
  VehicleConnection,
  VehicleModel,
} from './record.models';
import { RECORD_SPECS, RecordsService } from './records.service';

const mapConnection = <E, M>(connection: Connection<E>, map: (e: E) => M): Connection<M> => ({ ...connection, nodes: connection.nodes.map(map) });

/** Police records: read with LINKS_READ, written with LINKS_MANAGE; district records in the caller's districts only. */
@Resolver()
export class RecordsResolver {
  constructor(private readonly records: RecordsService) {}

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => PersonConnection, { complexity: pageComplexity, description: 'Persons of concern in your districts' })
  async persons(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: RecordsArgs): Promise<Connection<PersonOfConcernModel>> {
    return mapConnection(await this.records.list(actor, RECORD_SPECS.PERSON, args, requestId), toPersonModel);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => PersonOfConcernModel)
  async person(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() { id }: RecordIdArgs): Promise<PersonOfConcernModel> {
    return toPersonModel(await this.records.get(actor, RECORD_SPECS.PERSON, id, requestId));
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => LocationConnection, { complexity: pageComplexity, description: 'Locations in your districts' })
  async locations(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: RecordsArgs): Promise<Connection<LocationModel>> {
    return mapConnection(await this.records.list(actor, RECORD_SPECS.LOCATION, args, requestId), toLocationModel);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => LocationModel)
  async location(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() { id }: RecordIdArgs): Promise<LocationModel> {
    return toLocationModel(await this.records.get(actor, RECORD_SPECS.LOCATION, id, requestId));
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => VehicleConnection, { complexity: pageComplexity, description: 'Vehicles (force-wide); the search ignores spacing and case' })
  async vehicles(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: RecordsArgs): Promise<Connection<VehicleModel>> {
    return mapConnection(await this.records.list(actor, RECORD_SPECS.VEHICLE, args, requestId), toVehicleModel);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => VehicleModel)
  async vehicle(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() { id }: RecordIdArgs): Promise<VehicleModel> {
    return toVehicleModel(await this.records.get(actor, RECORD_SPECS.VEHICLE, id, requestId));
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => OnlineIdentifierConnection, { complexity: pageComplexity, description: 'Phones, e-mails and handles (force-wide)' })
  async identifiers(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: RecordsArgs): Promise<Connection<OnlineIdentifierModel>> {
    return mapConnection(await this.records.list(actor, RECORD_SPECS.IDENTIFIER, args, requestId), toIdentifierModel);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => NetworkConnection, { complexity: pageComplexity, description: 'Networks and groups in your districts' })
  async networks(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() args: RecordsArgs): Promise<Connection<NetworkModel>> {
    return mapConnection(await this.records.list(actor, RECORD_SPECS.NETWORK, args, requestId), toNetworkModel);
  }

  @RequirePermission(Permission.LINKS_READ)
  @Query(() => NetworkModel)
  async network(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args() { id }: RecordIdArgs): Promise<NetworkModel> {
    return toNetworkModel(await this.records.get(actor, RECORD_SPECS.NETWORK, id, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => PersonOfConcernModel, { description: 'Record a person of concern in one of your districts' })
  async createPerson(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreatePersonInput): Promise<PersonOfConcernModel> {
    return toPersonModel(await this.records.createPerson(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => PersonOfConcernModel)
  async updatePerson(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdatePersonInput): Promise<PersonOfConcernModel> {
    return toPersonModel(await this.records.updatePerson(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => LocationModel, { description: 'Record a place in one of your districts (Op Makesafe fields for hotels only)' })
  async createLocation(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateLocationInput): Promise<LocationModel> {
    return toLocationModel(await this.records.createLocation(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => LocationModel)
  async updateLocation(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateLocationInput): Promise<LocationModel> {
    return toLocationModel(await this.records.updateLocation(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => VehicleModel, { description: 'Find or record a vehicle by its registration, whatever the spacing and case' })
  async createVehicle(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateVehicleInput): Promise<VehicleModel> {
    return toVehicleModel(await this.records.createVehicle(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => OnlineIdentifierModel, { description: 'Find or record a phone, e-mail or handle by its normalised value' })
  async createIdentifier(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateIdentifierInput): Promise<OnlineIdentifierModel> {
    return toIdentifierModel(await this.records.createIdentifier(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => NetworkModel, { description: 'Record a network or group in one of your districts' })
  async createNetwork(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: CreateNetworkInput): Promise<NetworkModel> {
    return toNetworkModel(await this.records.createNetwork(actor, input, requestId));
  }

  @RequirePermission(Permission.LINKS_MANAGE)
  @Mutation(() => NetworkModel)
  async updateNetwork(@CurrentActor() actor: Actor, @RequestId() requestId: string, @Args('input') input: UpdateNetworkInput): Promise<NetworkModel> {
    return toNetworkModel(await this.records.updateNetwork(actor, input, requestId));
  }
}
