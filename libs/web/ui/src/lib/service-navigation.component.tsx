import type { ReactNode } from 'react';
import { Link, useLocation } from 'react-router';

export interface ServiceNavigationItem {
  to: string;
  /** Usually a word or two; may carry a count, such as unread notifications. */
  text: ReactNode;
}

export interface ServiceNavigationProps {
  items: ServiceNavigationItem[];
}

/** GOV.UK service navigation. The item whose path the page is under is marked current. */
export function ServiceNavigation({ items }: ServiceNavigationProps) {
  const { pathname } = useLocation();
  if (items.length === 0) return null;
  // The longest matching path wins, so /referrals/new is not also "My referrals".
  const current = items
    .filter((item) => (item.to === '/' ? pathname === '/' : pathname === item.to || pathname.startsWith(`${item.to}/`)))
    .sort((a, b) => b.to.length - a.to.length)[0];

  return (
    <div className="govuk-service-navigation" data-module="govuk-service-navigation">
      <div className="govuk-width-container">
        <div className="govuk-service-navigation__container">
          <nav aria-label="Menu" className="govuk-service-navigation__wrapper">
            <ul className="govuk-service-navigation__list" id="navigation">
              {items.map((item) => {
                const active = item === current;
                return (
                  <li
                    key={item.to}
                    className={active ? 'govuk-service-navigation__item govuk-service-navigation__item--active' : 'govuk-service-navigation__item'}
                  >
                    <Link className="govuk-service-navigation__link" to={item.to} aria-current={active ? 'page' : undefined}>
                      {active ? <strong className="govuk-service-navigation__active-fallback">{item.text}</strong> : item.text}
                    </Link>
                  </li>
                );
              })}
            </ul>
          </nav>
        </div>
      </div>
    </div>
  );
}
