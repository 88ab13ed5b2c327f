export { ActionPage } from './lib/action/action.page';
export { DashboardPage } from './lib/dashboard/dashboard.page';
export { InboxPage } from './lib/inbox/inbox.page';
export { NewActionPage } from './lib/new-action/new-action.page';
export { NavigationWithNotifications, NOTIFICATIONS_PATH } from './lib/notifications/navigation-with-notifications.component';
export { NotificationsPage } from './lib/notifications/notifications.page';
export { ConflictSummary } from './lib/common/conflict-summary.component';
