export * from './graphql/notification.model';
export * from './inbox/notification-inbox.service';
export * from './mail/mail-outbox.service';
export * from './mail/notification-email';
export * from './notification.entity';
export * from './notification.service';
export * from './notifications.module';
