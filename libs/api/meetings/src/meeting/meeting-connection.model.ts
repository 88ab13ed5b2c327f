import { ObjectType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { MeetingModel } from './meeting.model';

@ObjectType('MeetingConnection')
export class MeetingConnection extends ConnectionType(MeetingModel) {}
