import { Link } from 'react-router';
import type { MeetingsQuery, MeetingsView } from './meetings-query';

const VIEWS: { view: MeetingsView; text: string }[] = [
  { view: 'upcoming', text: 'Upcoming' },
  { view: 'past', text: 'Past' },
  { view: 'calendar', text: 'Calendar' },
];

/** MOJ sub-navigation between the views; each is its own address, keeping the filters. */
export function MeetingsSubNavigation({ query, searchFor }: { query: MeetingsQuery; searchFor: (query: MeetingsQuery) => string }) {
  return (
    <nav className="moj-sub-navigation" aria-label="Meetings views">
      <ul className="moj-sub-navigation__list">
        {VIEWS.map(({ view, text }) => (
          <li className="moj-sub-navigation__item" key={view}>
            <Link
              className="moj-sub-navigation__link"
              aria-current={query.view === view ? 'page' : undefined}
              to={{ search: searchFor({ ...query, view }) }}
            >
              {text}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
