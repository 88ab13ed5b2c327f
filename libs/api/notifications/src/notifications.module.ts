import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationsResolver } from './graphql/notifications.resolver';
import { NotificationInboxService } from './inbox/notification-inbox.service';
import { MailOutboxService } from './mail/mail-outbox.service';
import { NotificationEntity } from './notification.entity';
import { NotificationService } from './notification.service';

/** In-app notifications and their e-mail delivery. Global: any domain may notify. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationService, NotificationInboxService, NotificationsResolver, MailOutboxService],
  exports: [NotificationService, MailOutboxService],
})
export class NotificationsModule {}
