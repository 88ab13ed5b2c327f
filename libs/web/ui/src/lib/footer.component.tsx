import type { ReactNode } from 'react';

export interface FooterProps {
  children?: ReactNode;
}

/**
 * GOV.UK footer layout without the crown, licence and Crown copyright marks, which belong to
 * services published on GOV.UK; this one is run by a local safeguarding partnership.
 */
export function Footer({ children }: FooterProps) {
  return (
    <footer className="govuk-template__footer">
      <div className="govuk-footer">
        <div className="govuk-width-container">
          <div className="govuk-footer__meta">
            <div className="govuk-footer__meta-item govuk-footer__meta-item--grow">
              <div className="govuk-footer__meta-custom">{children}</div>
            </div>
          </div>
        </div>
      </div>
    </footer>
  );
}
