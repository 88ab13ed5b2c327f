import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SERVICE_NAME } from './service-name.const';
import './header.component.css';

export interface HeaderUser {
  name: string;
  agency: string;
  /** Already human-readable, for example "MACE chair". */
  roles: string;
}

export interface HeaderProps {
  user?: HeaderUser;
  signOutHref?: string;
  /** Rendered inside the banner landmark under the header bar, for example the phase banner. */
  children?: ReactNode;
}

/** MOJ Frontend header without the MOJ crest: the service belongs to a multi-agency partnership. */
export function Header({ user, signOutHref = '/sign-out', children }: HeaderProps) {
  return (
    <header className="govuk-template__header">
      <div className="moj-header">
        <div className="moj-header__container">
          <div className="moj-header__logo">
            <Link to="/" className="moj-header__link moj-header__link--service-name app-header__service-name">
              {SERVICE_NAME}
            </Link>
          </div>
          {user && (
            <div className="moj-header__content">
              <nav className="moj-header__navigation" aria-label="Your account">
                <ul className="moj-header__navigation-list">
                  <li className="moj-header__navigation-item app-header__user">
                    <span className="govuk-visually-hidden">Signed in as </span>
                    <span className="app-header__user-name">{user.name}</span>
                    <span className="app-header__user-detail">
                      {user.agency}
                      <span aria-hidden="true"> · </span>
                      <span className="govuk-visually-hidden">, </span>
                      {user.roles}
                    </span>
                  </li>
                  <li className="moj-header__navigation-item">
                    <Link to={signOutHref} className="moj-header__navigation-link">
                      Sign out
                    </Link>
                  </li>
                </ul>
              </nav>
            </div>
          )}
        </div>
      </div>
      {children}
    </header>
  );
}
