import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { ActionModel } from './action.model';

@ObjectType('ActionConnection')
export class ActionConnection extends ConnectionType(ActionModel) {}
