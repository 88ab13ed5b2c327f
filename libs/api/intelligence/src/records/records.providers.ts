import { IdentifierFieldsResolver, LocationFieldsResolver, NetworkFieldsResolver, PersonFieldsResolver, VehicleFieldsResolver } from './record-fields.resolver';
import { RecordLoaders } from './record.loaders';
import { RecordsResolver } from './records.resolver';
import { RecordsService } from './records.service';

/** Persons, locations, vehicles, identifiers and networks. */
export const RECORDS_PROVIDERS = [
  RecordsService,
  RecordLoaders,
  RecordsResolver,
  PersonFieldsResolver,
  LocationFieldsResolver,
  NetworkFieldsResolver,
  VehicleFieldsResolver,
  IdentifierFieldsResolver,
];
