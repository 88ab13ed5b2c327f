import { NOTIFICATION_KIND_LABELS, NotificationKind } from '@mace/shared-domain';

export interface NotificationEmail {
  subject: string;
  text: string;
}

/**
 * A link that is a bare path of ids and words, e.g. /actions/<uuid>: no query string or fragment
 * that could carry a search term or a name into someone's mailbox.
 */
const PLAIN_PATH = /^\/[A-Za-z0-9\-/]*$/;

/**
 * The whole e-mail for a notification: the kind's label, the notification's fixed message and a
 * link. Nothing else from the record goes into it, so it carries no personal data (messages are
 * written without names by NotificationService's contract); the reader signs in to see more.
 */
export function composeNotificationEmail(
  notification: { kind: NotificationKind; message: string; link: string },
  publicBaseUrl: string,
): NotificationEmail {
  if (!PLAIN_PATH.test(notification.link)) {
    throw new Error('A notification link must be a plain path');
  }
  return {
    subject: `MACE case coordination: ${NOTIFICATION_KIND_LABELS[notification.kind]}`,
    text: `${notification.message}\n\n${publicBaseUrl.replace(/\/+$/, '')}${notification.link}`,
  };
}
