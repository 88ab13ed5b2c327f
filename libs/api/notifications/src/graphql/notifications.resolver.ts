import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Actor, CurrentActor, pageComplexity, RequirePermission } from '@mace/api-core';
import { Permission } from '@mace/shared-domain';
import { NotificationInboxService } from '../inbox/notification-inbox.service';
import { NotificationConnection, NotificationModel } from './notification.model';
import { MarkNotificationsReadArgs, NotificationsArgs } from './notifications.args';

/**
 * The caller's own notifications. self:read, like the caller's own account: everyone signed in has
 * an inbox. No consultation is audited here because notifications carry no personal data (see
 * NotificationInboxService).
 */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(private readonly inbox: NotificationInboxService) {}

  @RequirePermission(Permission.SELF_READ)
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first', complexity: pageComplexity })
  notifications(@CurrentActor() actor: Actor, @Args() args: NotificationsArgs): Promise<NotificationConnection> {
    return this.inbox.list(actor.userId, args);
  }

  @RequirePermission(Permission.SELF_READ)
  @Query(() => Int, { description: 'How many of your notifications are unread, for the header badge' })
  unreadNotificationCount(@CurrentActor() actor: Actor): Promise<number> {
    return this.inbox.unreadCount(actor.userId);
  }

  @RequirePermission(Permission.SELF_READ)
  @Mutation(() => Int, { description: 'Mark some or all of your notifications read; returns how many stay unread' })
  markNotificationsRead(@CurrentActor() actor: Actor, @Args() args: MarkNotificationsReadArgs): Promise<number> {
    return this.inbox.markRead(actor.userId, args);
  }
}
