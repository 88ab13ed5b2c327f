import { useId, type ReactNode } from 'react';

export interface NotificationBannerProps {
  /** A success banner is announced at once; an important one waits to be read. */
  type?: 'important' | 'success';
  heading: ReactNode;
  children?: ReactNode;
}

export function NotificationBanner({ type = 'important', heading, children }: NotificationBannerProps) {
  const titleId = useId();
  const success = type === 'success';

  return (
    <div
      className={success ? 'govuk-notification-banner govuk-notification-banner--success' : 'govuk-notification-banner'}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      data-module="govuk-notification-banner"
    >
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{heading}</p>
        {children}
      </div>
    </div>
  );
}
