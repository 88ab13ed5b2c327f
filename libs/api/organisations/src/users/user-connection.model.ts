import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { UserModel } from '@mace/api-auth';

@ObjectType('UserConnection')
export class UserConnection extends ConnectionType(UserModel) {}
