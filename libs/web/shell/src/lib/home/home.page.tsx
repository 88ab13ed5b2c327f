import type { ReactNode } from 'react';
import { SummaryList, usePageTitle } from '@mace/web-ui';
import { useCurrentUser } from '../session/current-user.context';
import { roleLabel } from '../session/role-labels';

export function HomePage() {
  const user = useCurrentUser();
  usePageTitle('Your MACE workspace');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">Your MACE workspace</h1>
        <p className="govuk-body-l">Hello, {user.displayName}.</p>

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
