import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { AgencyModel } from '@mace/api-auth';

@ObjectType('AgencyConnection')
export class AgencyConnection extends ConnectionType(AgencyModel) {}
