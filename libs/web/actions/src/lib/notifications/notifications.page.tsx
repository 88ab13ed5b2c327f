import { useMutation, useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { NOTIFICATION_KIND_LABELS } from '@mace/shared-domain';
import { MarkNotificationsReadDocument, NotificationsDocument, UnreadNotificationCountDocument } from '@mace/web-data-access';
import { formatDateTime, Loading, QueryFailed, useCursorPaging } from '@mace/web-children';
import { Button, NotificationBanner, Pagination, Tag, usePageTitle } from '@mace/web-ui';

const PAGE_SIZE = 25;

/** The caller's notifications, newest first; opening one marks it read. */
export function NotificationsPage() {
  usePageTitle('Notifications');
  const paging = useCursorPaging();
  const [failed, setFailed] = useState(false);
  const { data, error, loading } = useQuery(NotificationsDocument, {
    variables: { first: PAGE_SIZE, after: paging.after },
    fetchPolicy: 'cache-and-network',
  });
  const [markRead, marking] = useMutation(MarkNotificationsReadDocument, {
    // The badge and the list show the change at once.
    refetchQueries: [UnreadNotificationCountDocument, NotificationsDocument],
  });

  if (error) return <QueryFailed error={error} what="Notifications" />;
  const connection = data?.notifications;

  function markAll() {
    setFailed(false);
    markRead({ variables: { all: true } }).catch(() => setFailed(true));
  }

  function open(id: string, read: boolean) {
    // Not awaited: the link goes on to what the notification is about while the mark is saved.
    if (!read) markRead({ variables: { ids: [id] } }).catch(() => undefined);
  }

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        {failed && <NotificationBanner heading="Your notifications could not be marked as read. Try again later." />}
        <h1 className="govuk-heading-l">Notifications</h1>
        {loading && !connection ? (
          <Loading />
        ) : !connection || connection.nodes.length === 0 ? (
          <p className="govuk-body">You have no notifications.</p>
        ) : (
          <>
            <p className="govuk-body" role="status">
              {connection.unreadCount === 0 ? 'All read.' : connection.unreadCount === 1 ? '1 unread.' : `${connection.unreadCount} unread.`}
            </p>
            {connection.unreadCount > 0 && (
              <Button variant="secondary" type="button" onClick={markAll} disabled={marking.loading}>
                Mark all as read
              </Button>
            )}
            <ul className="govuk-list">
              {connection.nodes.map((notification) => (
                <li key={notification.id} className="govuk-!-margin-bottom-5">
                  <p className="govuk-body-s govuk-!-margin-bottom-1">
                    {!notification.read && (
                      <>
                        <Tag colour="blue">New</Tag>{' '}
                      </>
                    )}
                    {NOTIFICATION_KIND_LABELS[notification.kind]}
                    <span aria-hidden="true"> · </span>
                    <span className="govuk-visually-hidden">, </span>
                    <time dateTime={notification.createdAt}>{formatDateTime(notification.createdAt)}</time>
                  </p>
                  <Link
                    to={notification.link}
                    className={notification.read ? 'govuk-link' : 'govuk-link govuk-!-font-weight-bold'}
                    onClick={() => open(notification.id, notification.read)}
                  >
                    {notification.message}
                  </Link>
                </li>
              ))}
            </ul>
            <Pagination label="Notifications pages" previous={paging.previous} next={paging.next(connection.pageInfo)} />
          </>
        )}
      </div>
    </div>
  );
}
