import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { ReferralModel } from './referral.model';

@ObjectType('ReferralConnection')
export class ReferralConnection extends ConnectionType(ReferralModel) {}
