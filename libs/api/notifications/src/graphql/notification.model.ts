import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '@mace/api-core';
import { NotificationKind } from '@mace/shared-domain';

registerEnumType(NotificationKind, { name: 'NotificationKind' });

@ObjectType('Notification', { description: 'Something the caller should know about; the link leads to the record' })
export class NotificationModel {
  @Field(() => ID)
  id: string;

  @Field(() => NotificationKind)
  kind: NotificationKind;

  @Field({ description: 'Plain words, never personal data' })
  message: string;

  @Field({ description: 'Path in the web client, e.g. /actions/<id> or /referrals' })
  link: string;

  @Field()
  createdAt: Date;

  @Field()
  read: boolean;
}

@ObjectType('NotificationConnection')
export class NotificationConnection extends ConnectionType(NotificationModel) {
  @Field(() => Int, { description: 'All of the caller’s unread notifications, whatever the page or filter' })
  unreadCount: number;
}
