import type { ReactNode } from 'react';

export interface PhaseBannerProps {
  phase: string;
  children: ReactNode;
}

export function PhaseBanner({ phase, children }: PhaseBannerProps) {
  return (
    <div className="govuk-phase-banner govuk-width-container">
      <p className="govuk-phase-banner__content">
        <strong className="govuk-tag govuk-phase-banner__content__tag">{phase}</strong>
        <span className="govuk-phase-banner__text">{children}</span>
      </p>
    </div>
  );
}
