import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { ChildModel } from '../graphql/child.model';

@ObjectType('ChildConnection')
export class ChildConnection extends ConnectionType(ChildModel) {}
