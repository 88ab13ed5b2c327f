import { useQuery } from '@apollo/client/react';
import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { UnreadNotificationCountDocument } from '@mace/web-data-access';
import { ServiceNavigation, type ServiceNavigationItem } from '@mace/web-ui';

export const NOTIFICATIONS_PATH = '/notifications';
const POLL_MS = 60_000;

/**
 * The service navigation with the unread count on "Notifications": asked on every page change and
 * every minute, so what arrives while someone reads a page shows without a reload.
 */
export function NavigationWithNotifications({ items }: { items: ServiceNavigationItem[] }) {
  const { pathname } = useLocation();
  const hasNotifications = items.some((item) => item.to === NOTIFICATIONS_PATH);
  const { data, refetch } = useQuery(UnreadNotificationCountDocument, { skip: !hasNotifications, pollInterval: POLL_MS });

  useEffect(() => {
    // The first page is counted by the query itself; later pages ask again.
    if (hasNotifications) refetch().catch(() => undefined);
  }, [pathname, hasNotifications, refetch]);

  const unread = data?.unreadNotificationCount ?? 0;
  return (
    <ServiceNavigation
      items={items.map((item) =>
        item.to === NOTIFICATIONS_PATH && unread > 0
          ? {
              ...item,
              text: (
                <>
                  {item.text} ({unread}
                  <span className="govuk-visually-hidden"> unread</span>)
                </>
              ),
            }
          : item,
      )}
    />
  );
}
