import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import {
  IdentifierKind,
  LocationType,
  MakesafeStatus,
  NetworkStatus,
  OffendingModel,
  PersonRiskMarker,
  Platform,
} from '@mace/shared-domain';
import '../graphql/intelligence-enums';
import { LocationEntity } from '../entities/location.entity';
import { NetworkEntity } from '../entities/network.entity';
import { OnlineIdentifierEntity } from '../entities/online-identifier.entity';
import { PersonOfConcernEntity } from '../entities/person-of-concern.entity';
import { VehicleEntity } from '../entities/vehicle.entity';

/** A suspect or associate (police only). District and linkCount are field resolvers. */
@ObjectType('PersonOfConcern')
export class PersonOfConcernModel {
  @Field(() => ID)
  id: string;

  districtId: string;

  @Field()
  givenName: string;

  @Field()
  familyName: string;

  @Field()
  fullName: string;

  @Field(() => [String])
  aliases: string[];

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd' })
  dateOfBirth: string | null;

  @Field(() => [PersonRiskMarker])
  riskMarkers: PersonRiskMarker[];

  @Field({ description: 'An organised crime group nominal' })
  ocgNominal: boolean;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('Location')
export class LocationModel {
  @Field(() => ID)
  id: string;

  districtId: string;

  @Field(() => LocationType)
  type: LocationType;

  @Field()
  name: string;

  @Field(() => String, { nullable: true })
  address: string | null;

  @Field(() => String, { nullable: true })
  postcode: string | null;

  @Field(() => MakesafeStatus, { nullable: true, description: 'Op Makesafe: hotels only' })
  makesafeStatus: MakesafeStatus | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd, hotels only' })
  makesafeCheckedOn: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('Vehicle')
export class VehicleModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'As entered' })
  registration: string;

  @Field({ description: 'Upper case, letters and digits only' })
  registrationNormalised: string;

  @Field(() => String, { nullable: true })
  make: string | null;

  @Field(() => String, { nullable: true })
  model: string | null;

  @Field(() => String, { nullable: true })
  colour: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('OnlineIdentifier')
export class OnlineIdentifierModel {
  @Field(() => ID)
  id: string;

  @Field(() => IdentifierKind)
  kind: IdentifierKind;

  @Field(() => Platform, { nullable: true, description: 'Handles only' })
  platform: Platform | null;

  @Field({ description: 'As entered' })
  value: string;

  @Field({ description: 'Phones +44…, e-mail and handles lower case without a leading @' })
  valueNormalised: string;

  @Field(() => Int)
  version: number;
}

@ObjectType('Network')
export class NetworkModel {
  @Field(() => ID)
  id: string;

  districtId: string;

  @Field()
  name: string;

  @Field(() => OffendingModel)
  model: OffendingModel;

  @Field(() => NetworkStatus)
  status: NetworkStatus;

  @Field({ description: 'Group-based child sexual exploitation, counted for the national inquiry' })
  groupBasedCse: boolean;

  @Field(() => String, { nullable: true })
  description: string | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('PersonConnection')
export class PersonConnection extends ConnectionType(PersonOfConcernModel) {}
@ObjectType('LocationConnection')
export class LocationConnection extends ConnectionType(LocationModel) {}
@ObjectType('VehicleConnection')
export class VehicleConnection extends ConnectionType(VehicleModel) {}
@ObjectType('OnlineIdentifierConnection')
export class OnlineIdentifierConnection extends ConnectionType(OnlineIdentifierModel) {}
@ObjectType('NetworkConnection')
export class NetworkConnection extends ConnectionType(NetworkModel) {}

export function toPersonModel(e: PersonOfConcernEntity): PersonOfConcernModel {
  return {
    id: e.id,
    districtId: e.districtId,
    givenName: e.givenName,
    familyName: e.familyName,
    fullName: `${e.givenName} ${e.familyName}`,
    aliases: e.aliases,
    dateOfBirth: e.dateOfBirth,
    riskMarkers: e.riskMarkers,
    ocgNominal: e.ocgNominal,
    description: e.description,
    version: e.version,
  };
}

export function toLocationModel(e: LocationEntity): LocationModel {
  return {
    id: e.id,
    districtId: e.districtId,
    type: e.type,
    name: e.name,
    address: e.address,
    postcode: e.postcode,
    makesafeStatus: e.makesafeStatus,
    makesafeCheckedOn: e.makesafeCheckedOn,
    version: e.version,
  };
}

export function toVehicleModel(e: VehicleEntity): VehicleModel {
  return {
    id: e.id,
    registration: e.registration,
    registrationNormalised: e.registrationNormalised,
    make: e.make,
    model: e.model,
    colour: e.colour,
    version: e.version,
  };
}

export function toIdentifierModel(e: OnlineIdentifierEntity): OnlineIdentifierModel {
  return { id: e.id, kind: e.kind, platform: e.platform, value: e.value, valueNormalised: e.valueNormalised, version: e.version };
}

export function toNetworkModel(e: NetworkEntity): NetworkModel {
  return {
    id: e.id,
    districtId: e.districtId,
    name: e.name,
    model: e.model,
    status: e.status,
    groupBasedCse: e.groupBasedCse,
    description: e.description,
    version: e.version,
  };
}
