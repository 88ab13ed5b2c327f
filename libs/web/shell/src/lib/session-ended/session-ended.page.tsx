import { ButtonLink, usePageTitle } from '@mace/web-ui';

export function SessionEndedPage() {
  usePageTitle('You have been signed out');

  return (
    <div className="govuk-grid-row">
      <div className="govuk-grid-column-two-thirds">
        <h1 className="govuk-heading-l">You have been signed out</h1>
        <p className="govuk-body">
          For your security, we signed you out. This happens when your session expires or is ended by an
          administrator.
        </p>
        <p className="govuk-body">Information you had not saved has not been kept.</p>
        <ButtonLink to="/sign-in">Sign in</ButtonLink>
      </div>
    </div>
  );
}
