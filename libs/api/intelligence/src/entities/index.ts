import { IntelligenceChildEntity } from './intelligence-child.entity';
import { IntelligenceEntity } from './intelligence.entity';
import { LinkEntity } from './link.entity';
import { LocationEntity } from './location.entity';
import { NetworkEntity } from './network.entity';
import { OnlineIdentifierEntity } from './online-identifier.entity';
import { PersonOfConcernEntity } from './person-of-concern.entity';
import { VehicleEntity } from './vehicle.entity';

export {
  IntelligenceChildEntity,
  IntelligenceEntity,
  LinkEntity,
  LocationEntity,
  NetworkEntity,
  OnlineIdentifierEntity,
  PersonOfConcernEntity,
  VehicleEntity,
};

/** Every intelligence entity, for TypeOrmModule.forFeature. */
export const INTELLIGENCE_ENTITIES = [
  PersonOfConcernEntity,
  LocationEntity,
  VehicleEntity,
  OnlineIdentifierEntity,
  NetworkEntity,
  IntelligenceEntity,
  IntelligenceChildEntity,
  LinkEntity,
];
