import { Link, useLocation } from 'react-router';
import { BRIEFING_PATH, INTELLIGENCE_PATH, NETWORKS_PATH, RECORD_SEARCH_PATH, SHARED_CONTEXTS_PATH } from './intelligence-paths';

const ITEMS = [
  { to: INTELLIGENCE_PATH, text: 'Intelligence' },
  { to: RECORD_SEARCH_PATH, text: 'Search records' },
  { to: SHARED_CONTEXTS_PATH, text: 'Shared contexts' },
  { to: NETWORKS_PATH, text: 'Networks' },
  { to: BRIEFING_PATH, text: 'Briefing' },
];

/** MOJ sub-navigation between the police intelligence screens. */
export function PoliceSubNavigation() {
  const { pathname } = useLocation();
  return (
    <nav className="moj-sub-navigation app-intel-no-print" aria-label="Intelligence sections">
      <ul className="moj-sub-navigation__list">
        {ITEMS.map((item) => (
          <li className="moj-sub-navigation__item" key={item.to}>
            <Link className="moj-sub-navigation__link" to={item.to} aria-current={pathname === item.to ? 'page' : undefined}>
              {item.text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
