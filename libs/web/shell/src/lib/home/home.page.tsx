import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SummaryList, usePageTitle } from '@mace/web-ui';
import { navigationItemsFor } from '../navigation/navigation-items';
import { useCurrentUser } from '../session/current-user.context';
import { roleLabel } from '../session/role-labels';

export function HomePage() {
  const user = useCurrentUser();
  usePageTitle('Your MACE workspace');
  const links = navigationItemsFor(user.permissions).filter((item) => item.to !== '/');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your MACE workspace</h1>
        <p className="govuk-body-l">Hello, {user.displayName}.</p>

        {links.length > 0 && (
          <>
            <h2 className="govuk-heading-m">What you can do</h2>
            <ul className="govuk-list">
              {links.map((item) => (
                <li key={item.to} className="govuk-!-margin-bottom-4">
                  <Link to={item.to} className="govuk-link govuk-link--no-visited-state govuk-!-font-weight-bold">
                    {item.text}
                  </Link>
                  <p className="govuk-body govuk-!-margin-bottom-0">{item.description}</p>
                </li>
              ))}
            </ul>
          </>
        )}

        <h2 className="govuk-heading-m">Your account</h2>
        <SummaryList
          rows={[
            { key: 'Agency', value: user.agency.name },
            { key: 'Districts', value: listOrNone(user.districts.map((district) => district.name)) },
            { key: 'Roles', value: listOrNone(user.roles.map(roleLabel)) },
            { key: 'Email address', value: user.email },
          ]}
        />
      </div>
    </div>
  );
}

function listOrNone(items: string[]): ReactNode {
  if (items.length === 0) return 'None';
  if (items.length === 1) return items[0];
  return (
    <ul className="govuk-list">
      {items.map((item) => (
        <li key={item}>{item}</li>
      ))}
    </ul>
  );
}
